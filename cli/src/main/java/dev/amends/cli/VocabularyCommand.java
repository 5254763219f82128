package dev.amends.cli;

import dev.amends.vocabulary.DeclaredFact;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.model.ActionKind;
import dev.amends.model.AvoidKind;
import dev.amends.model.OwnerKind;
import dev.amends.model.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code amends vocabulary}: the names a playbook's rules may use, built-in and declared, written
 * in the form of a {@code vocabulary.yaml}, so that an analyst reads the default playbook's
 * vocabulary the way they declare their own.
 */
@Command(name = "vocabulary",
        sortOptions = false,
        description = {
                "Lists the names rules may use, in the form of a vocabulary.yaml.",
                "",
                "The incident's built-in facts (read with Incident(...)), the facts a folder",
                "declares (read with Facts(...)), and every owner, action and thing to avoid,",
                "built-in ones first. With --rules DIR, DIR's vocabulary.yaml is included."},
        footer = {"",
                "Examples:",
                "  amends vocabulary",
                "  amends vocabulary --rules examples/halden-medical/playbook --extend",
                "",
                "Exit status: 0 listed; 1 the rules have problems; 2 bad usage."})
final class VocabularyCommand extends Subcommand {

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        PlaybookVocabulary vocabulary = rules.advisor().vocabulary();
        PrintWriter out = out();
        out.print(render(vocabulary));
        out.flush();
        return Main.OK;
    }

    static String render(PlaybookVocabulary vocabulary) {
        StringBuilder out = new StringBuilder();
        out.append("# Built in: every incident has these facts, and rules read them with Incident(...).\n");
        out.append("incident:\n");
        for (Map.Entry<String, Class<? extends Enum<?>>> field : Vocabulary.INCIDENT_ENUM_FIELDS.entrySet()) {
            out.append("  ").append(field.getKey()).append(":\n    values: ").append(list(Vocabulary.names(field.getValue()))).append('\n');
        }
        out.append("  priorOccurrences:\n    type: whole number\n");
        for (String flag : List.of("patientImpact", "spreadBeyondContact", "publicComplaint", "referralsLost",
                "installedEquipment", "saidAloud")) {
            out.append("  ").append(flag).append(":\n    type: yes/no\n");
        }
        if (!vocabulary.facts().isEmpty()) {
            out.append("\n# Declared: rules read these with Facts(...); an incident gives them under \"facts\".\n");
            out.append("facts:\n");
            for (DeclaredFact fact : vocabulary.facts()) {
                out.append("  ").append(fact.name()).append(":   # ").append(TerminalText.name(fact.declaredAt())).append('\n');
                if (!fact.about().isEmpty()) {
                    out.append("    about: ").append(quoted(fact.about())).append('\n');
                }
                switch (fact.kind()) {
                    case VALUES -> out.append("    values: ").append(list(fact.values())).append('\n');
                    case YES_NO -> out.append("    type: yes/no\n");
                    case WHOLE_NUMBER -> out.append("    type: whole number\n    bands: ")
                            .append(list(fact.bands().subList(1, fact.bands().size()).stream().map(String::valueOf).toList()))
                            .append("   # ").append(fact.bandsInWords()).append('\n');
                }
                fact.defaultValue().ifPresent(value -> out.append("    default: ").append(value instanceof Boolean yes
                        ? (yes ? "yes" : "no") : String.valueOf(value)).append('\n'));
            }
        }
        out.append("\nowners:\n");
        for (OwnerKind owner : vocabulary.owners()) {
            out.append("  ").append(owner.name()).append(": ").append(quoted(owner.title())).append('\n');
        }
        out.append("\nactions:\n");
        for (ActionKind action : vocabulary.actions()) {
            out.append("  ").append(action.name()).append(":\n")
                    .append("    title: ").append(quoted(action.title())).append('\n')
                    .append("    phase: ").append(action.phase().name()).append('\n')
                    .append("    owner: ").append(action.defaultOwner().name()).append('\n')
                    .append("    in-house: ").append(action.inHouse() ? "yes" : "no").append('\n');
        }
        out.append("\navoid:\n");
        for (AvoidKind item : vocabulary.avoidItems()) {
            out.append("  ").append(item.name()).append(": ").append(quoted(item.title())).append('\n');
        }
        return out.toString();
    }

    private static String list(List<String> names) {
        return "[" + String.join(", ", names) + "]";
    }

    /** A title as a YAML double-quoted string, safe for a terminal. */
    private static String quoted(String text) {
        return "\"" + TerminalText.name(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
