package dev.amends.spring.boot;

import dev.amends.api.PlaybookListener;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.calendar.BusinessCalendar;
import dev.amends.calendar.CalendarFile;
import dev.amends.calendar.InvalidCalendarException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Builds the advisor the {@code amends.*} properties describe, each property checked with a message naming it. */
final class AdvisorFromProperties {

    private AdvisorFromProperties() {
    }

    /**
     * @throws InvalidAmendsPropertyException naming the first property at fault
     * @throws dev.amends.api.PlaybookCompilationException if the rules have problems
     */
    static RecoveryAdvisor build(AmendsProperties properties, PlaybookListener listener) {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder().listener(listener);
        AmendsProperties.Rules rules = properties.getRules();
        Path folder = rules.getFolder();
        if (folder == null) {
            if (rules.isExtend()) {
                throw new InvalidAmendsPropertyException("amends.rules.extend", true,
                        "needs amends.rules.folder, the folder whose rules extend the default playbook", null);
            }
            if (rules.isWatch()) {
                throw new InvalidAmendsPropertyException("amends.rules.watch", true,
                        "needs amends.rules.folder, the folder to watch (the default playbook alone never changes)", null);
            }
            builder.defaultPlaybook();
        } else {
            if (!Files.exists(folder)) {
                throw new InvalidAmendsPropertyException("amends.rules.folder", folder,
                        "no such folder (relative paths start from " + Path.of("").toAbsolutePath() + ")", null);
            }
            if (!Files.isDirectory(folder)) {
                throw new InvalidAmendsPropertyException("amends.rules.folder", folder,
                        "is a file; give the folder that holds the .drl files", null);
            }
            if (rules.isExtend()) {
                builder.defaultPlaybook();
            }
            builder.rulesFrom(folder);
            if (rules.isWatch()) {
                builder.watchFolders();
            }
        }
        Path calendar = properties.getCalendar();
        if (calendar != null) {
            builder.calendar(calendar(calendar));
        }
        set("amends.firing-limit", properties.getFiringLimit(), builder::firingLimit);
        set("amends.evaluation-time-limit", properties.getEvaluationTimeLimit(), builder::evaluationTimeLimit);
        set("amends.rules.settle-time", rules.getSettleTime(), builder::settleTime);
        return builder.build();
    }

    /** The business calendar in a file, or a refusal naming the property, the file's line and what to write. */
    private static BusinessCalendar calendar(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidAmendsPropertyException("amends.calendar", file, Files.isDirectory(file)
                    ? "is a folder; give the calendar's YAML file" : "no such file (relative paths start from "
                    + Path.of("").toAbsolutePath() + ")", null);
        }
        try {
            return CalendarFile.read(file);
        } catch (InvalidCalendarException e) {
            throw new InvalidAmendsPropertyException("amends.calendar", file, e.getMessage(), null);
        }
    }

    /** Gives the builder a value that was set, turning its refusal into one that names the property. */
    private static <T> void set(String property, T value, Consumer<T> option) {
        if (value == null) {
            return;
        }
        try {
            option.accept(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidAmendsPropertyException(property, value, e.getMessage(), null);
        }
    }
}
