package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Builds the advisors the commands run: the default playbook, the {@code .drl} files of a folder
 * named on the command line, or the default playbook extended by such a folder. A folder that
 * is missing, or a file, is the user's input at fault; rules that do not compile raise
 * {@link dev.amends.api.PlaybookCompilationException}.
 */
final class Playbooks {

    /** The word that stands for the default playbook where a command takes either it or a folder. */
    static final String DEFAULT = "default";

    private Playbooks() {
    }

    static RecoveryAdvisor defaultPlaybook() {
        return RecoveryAdvisor.withDefaultPlaybook();
    }

    /**
     * An advisor running the rule files in {@code folder}: alone, or, when {@code extend} is set,
     * added to the default playbook, each replacing the default rule of the same name.
     *
     * @param subject how a message names the argument, such as {@code --rules} or {@code AFTER}
     * @throws BadInputException if the folder is missing or is a file
     */
    static RecoveryAdvisor fromFolder(Path folder, String subject, boolean extend) {
        return builder(folder, subject, extend).build();
    }

    /** A builder set up as {@link #fromFolder} describes, for a command that adds more options. */
    static RecoveryAdvisor.Builder builder(Path folder, String subject, boolean extend) {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder();
        if (extend) {
            builder.defaultPlaybook();
        }
        return builder.rulesFrom(existingFolder(folder, subject));
    }

    /** The default playbook for the word {@value #DEFAULT}, else the rule files of the folder so named. */
    static RecoveryAdvisor fromArgument(String argument, String subject, boolean extend, UnaryOperator<RecoveryAdvisor.Builder> settings) {
        return settings.apply(DEFAULT.equals(argument) ? RecoveryAdvisor.builder().defaultPlaybook()
                : builder(path(argument, subject), subject, extend)).build();
    }

    /**
     * How long the rules may run for one plan in a command that evaluates the whole space ({@code check},
     * {@code diff}). They evaluate every class back to back, and a busy machine (a collector's pause,
     * another job on the cores) can hold one plan past the two seconds a service allows, which would
     * stop the run on a rule that did nothing wrong; a rule that loops without end still stops it, at
     * the firing limit or after this.
     */
    static final Duration WHOLE_SPACE_TIME_LIMIT_PER_PLAN = Duration.ofSeconds(30);

    /** The settings of an advisor that evaluates the whole space. */
    static RecoveryAdvisor.Builder forWholeSpace(RecoveryAdvisor.Builder builder) {
        return builder.evaluationTimeLimit(WHOLE_SPACE_TIME_LIMIT_PER_PLAN);
    }

    /** The folder an argument names, or bad input naming the argument when it cannot be a folder's name. */
    static Path path(String argument, String subject) {
        return FileName.path(argument, problem -> new BadInputException(subject, problem));
    }

    /** The folder, checked to exist and to be a folder. */
    static Path existingFolder(Path folder, String subject) {
        if (!Files.exists(folder)) {
            throw new BadInputException(subject, "no such folder: " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(subject, folder + " is a file; give the folder that holds the .drl files");
        }
        return folder;
    }
}
