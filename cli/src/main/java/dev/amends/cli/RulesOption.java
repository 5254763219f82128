package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.calendar.BusinessCalendar;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The {@code --rules DIR} and {@code --extend} options of every command that evaluates rules:
 * a folder of rule files instead of the default playbook, or on top of it.
 */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", converter = FileName.class,
            description = "Use the .drl rule files in DIR instead of the default playbook.")
    Path folder;

    @Option(names = "--extend",
            description = "With --rules: keep the default playbook and add DIR's rules to it; "
                    + "a rule in DIR replaces the default rule of the same name.")
    boolean extend;

    /** Whether a folder is layered on the default playbook rather than used alone. */
    boolean layered() {
        return folder != null && extend;
    }

    /** The advisor the options ask for. */
    RecoveryAdvisor advisor() {
        return advisor(Playbooks::defaultPlaybook);
    }

    /** The advisor the options ask for, the default playbook taken from {@code defaultPlaybook}. */
    RecoveryAdvisor advisor(Supplier<RecoveryAdvisor> defaultPlaybook) {
        if (folder == null) {
            if (extend) {
                throw new BadInputException("--extend", "needs --rules DIR, the folder whose rules extend the default playbook");
            }
            return defaultPlaybook.get();
        }
        return Playbooks.fromFolder(folder, "--rules", extend);
    }

    /** The advisor the options ask for, with {@code settings} applied to its builder. */
    RecoveryAdvisor advisor(UnaryOperator<RecoveryAdvisor.Builder> settings) {
        if (folder == null) {
            if (extend) {
                return advisor();   // refused, as --extend needs --rules
            }
            return settings.apply(RecoveryAdvisor.builder().defaultPlaybook()).build();
        }
        return settings.apply(Playbooks.builder(folder, "--rules", extend)).build();
    }

    /** The advisor the options ask for, counting due dates on {@code calendar} and taking the time from {@code clock}. */
    RecoveryAdvisor advisor(BusinessCalendar calendar, Clock clock) {
        return advisor(builder -> builder.calendar(calendar).clock(clock));
    }
}
