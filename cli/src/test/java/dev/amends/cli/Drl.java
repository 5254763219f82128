package dev.amends.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small playbooks written inline: rule text with the package, imports and {@code plan} global every rule file needs. */
final class Drl {

    /** What every rule file starts with. */
    static final String HEADER = """
            package test.rules;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;
            """;

    /** A rule that always recommends taking ownership. */
    static final String OWN_IT = """
            rule "Own it"
            when Incident()
            then plan.step(Action.TAKE_OWNERSHIP, "This one is mine, {contact}.").because("Ownership first.");
            end
            """;

    private Drl() {
    }

    /** A new folder {@code name} under {@code parent} holding one rule file with these rules. */
    static Path playbook(Path parent, String name, String... rules) {
        try {
            Path folder = Files.createDirectories(parent.resolve(name));
            Cli.write(folder, "rules.drl", HEADER + String.join("\n", rules));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
