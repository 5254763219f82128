package dev.amends.cli;

import dev.amends.api.RecoveryAdvisor;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The default playbook for a command that will most likely run it ({@code recommend} or
 * {@code explain} with no option that may choose other rules), loaded on a thread of its own from
 * the start: loading it is most of such a command's start, and the reading of the command line
 * and of the incident go on meanwhile. The options, once read, still decide: the playbook loaded
 * early is used only where they ask for the default playbook.
 */
final class EarlyPlaybook {

    private static final Set<String> COMMANDS = Set.of("recommend", "explain");

    private EarlyPlaybook() {
    }

    /** Where the command takes the default playbook from: loading since now, or loaded when asked for. */
    static Supplier<RecoveryAdvisor> startFor(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || Arrays.stream(args).anyMatch(EarlyPlaybook::mayChangeTheRules)) {
            return Playbooks::defaultPlaybook;
        }
        Background<RecoveryAdvisor> loading = Background.start("amends-default-playbook", Playbooks::defaultPlaybook);
        return loading::join;
    }

    /** An option that may choose other rules, a calendar or a clock, or none (help), or an argument that picocli reads as more arguments or as no option. */
    private static boolean mayChangeTheRules(String arg) {
        return arg.startsWith("--rules") || arg.startsWith("--extend") || arg.startsWith("--calendar") || arg.startsWith("--now")
                || arg.startsWith("@") || arg.equals("--")
                || arg.equals("-h") || arg.equals("--help");
    }
}
