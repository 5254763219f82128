package dev.amends.cli;

import dev.amends.engine.RecoveryAdvisor;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --rules DIR} option of every command that evaluates rules: a folder of rule files instead of the default playbook. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the .drl rule files in DIR instead of the default playbook.")
    Path folder;

    /** The advisor the option asks for. */
    RecoveryAdvisor advisor() {
        return folder == null ? Playbooks.defaultPlaybook() : Playbooks.fromFolder(folder, "--rules");
    }
}
