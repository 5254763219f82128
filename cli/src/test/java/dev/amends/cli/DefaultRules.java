package dev.amends.cli;

import dev.amends.api.PlaybookRule;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.Action;
import dev.amends.model.Incident;
import dev.amends.api.Step;

import java.nio.charset.StandardCharsets;

/**
 * Replacements for one of the default playbook's rules, written from what the playbook says of
 * itself (the rule behind a step, its conditions, the step's timing and owner), so that tests of
 * {@code --extend} hold while the default rules are renamed and reworded.
 */
final class DefaultRules {

    private static final RecoveryAdvisor DEFAULT = RecoveryAdvisor.withDefaultPlaybook();

    private DefaultRules() {
    }

    /** The step the default playbook gives {@code action} in the plan for the incident written as JSON. */
    static Step step(String incidentJson, Action action) {
        Incident incident = IncidentJson.read(incidentJson.getBytes(StandardCharsets.UTF_8), "incident");
        return DEFAULT.recommend(incident).step(action)
                .orElseThrow(() -> new AssertionError("the default playbook has no " + action + " step for " + incident));
    }

    /**
     * A rule with the name and the conditions of the default rule behind {@code step}, which gives
     * the same step, due at the same time and done by the same owner, in other words. It imports
     * the default playbook's package, whose declared facts (such as the situations) the conditions
     * may name; it goes after {@link Drl#HEADER}.
     */
    static String reworded(Step step, String wording, String why) {
        PlaybookRule rule = DEFAULT.rules().stream().filter(r -> r.name().equals(step.rule())).findFirst()
                .orElseThrow(() -> new AssertionError("no default rule named " + step.rule()));
        return "import dev.amends.playbook.*;\n"
                + "rule \"" + rule.name() + "\"\n"
                + "when " + rule.conditions() + "\n"
                + "then plan.step(Action." + step.action() + ", \"" + wording + "\")"
                + ".within(Timing." + step.timing() + ").by(Owner." + step.owner() + ").because(\"" + why + "\");\n"
                + "end\n";
    }
}
