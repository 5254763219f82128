package dev.amends.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code amends.*} properties that choose the playbook and limits of the application's
 * {@link dev.amends.api.RecoveryAdvisor}. With none set, the advisor runs the default playbook.
 */
@ConfigurationProperties("amends")
public class AmendsProperties {

    private final Rules rules = new Rules();

    /**
     * The most rule firings one plan may take before it is stopped as a runaway rule; at least 1.
     * Unset: the advisor's own default, 10,000.
     */
    private Integer firingLimit;

    /**
     * How long one plan's rules may run before the request fails, naming the rule that was
     * running; between 1 ms and 1 hour. Unset: the advisor's own default, 2 seconds.
     */
    private Duration evaluationTimeLimit;

    /**
     * A business calendar file (YAML: workingDays, workingHours, holidays) on which the steps of an
     * incident that says when it was reported fall due. Unset: the standard calendar, Monday to
     * Friday, 09:00 to 17:00, no holidays.
     */
    private Path calendar;

    /** Properties with nothing set: the default playbook and the advisor's own limits. */
    public AmendsProperties() {
    }

    /** The rules folder and how it is used. */
    public Rules getRules() {
        return rules;
    }

    /** The business calendar file, or null for the standard calendar. */
    public Path getCalendar() {
        return calendar;
    }

    /** Sets the business calendar file; it is read and checked when the advisor is built. */
    public void setCalendar(Path calendar) {
        this.calendar = calendar;
    }

    /** The firing limit, or null for the advisor's default. */
    public Integer getFiringLimit() {
        return firingLimit;
    }

    /** Sets the firing limit; checked when the advisor is built. */
    public void setFiringLimit(Integer firingLimit) {
        this.firingLimit = firingLimit;
    }

    /** The evaluation time limit, or null for the advisor's default. */
    public Duration getEvaluationTimeLimit() {
        return evaluationTimeLimit;
    }

    /** Sets the evaluation time limit; checked when the advisor is built. */
    public void setEvaluationTimeLimit(Duration evaluationTimeLimit) {
        this.evaluationTimeLimit = evaluationTimeLimit;
    }

    /** A folder of {@code .drl} rule files: alone, or layered on the default playbook. */
    public static class Rules {

        /**
         * A folder of .drl rule files the advisor runs instead of the default playbook (or on top
         * of it, with amends.rules.extend). Unset: the default playbook alone.
         */
        private Path folder;

        /**
         * Whether the folder's rules are added to the default playbook, each replacing the default
         * rule of the same name, instead of replacing the whole playbook.
         */
        private boolean extend;

        /**
         * Whether the folder is watched: a change that compiles cleanly replaces the playbook in
         * force, whole; one with problems is rejected and reported by the health indicator.
         */
        private boolean watch;

        /**
         * How long the folder must be quiet before a watched change is read, so that files saved
         * one after another form one version; between 0 and 10 minutes. Unset: 1.5 seconds.
         */
        private Duration settleTime;

        /** No folder: the default playbook alone. */
        public Rules() {
        }

        /** The rules folder, or null for the default playbook alone. */
        public Path getFolder() {
            return folder;
        }

        /** Sets the rules folder; it must exist when the advisor is built. */
        public void setFolder(Path folder) {
            this.folder = folder;
        }

        /** Whether the folder extends the default playbook. */
        public boolean isExtend() {
            return extend;
        }

        /** Sets whether the folder extends the default playbook. */
        public void setExtend(boolean extend) {
            this.extend = extend;
        }

        /** Whether the folder is watched for changes. */
        public boolean isWatch() {
            return watch;
        }

        /** Sets whether the folder is watched for changes. */
        public void setWatch(boolean watch) {
            this.watch = watch;
        }

        /** The settle time of a watched folder, or null for the advisor's default. */
        public Duration getSettleTime() {
            return settleTime;
        }

        /** Sets the settle time of a watched folder; checked when the advisor is built. */
        public void setSettleTime(Duration settleTime) {
            this.settleTime = settleTime;
        }
    }
}
