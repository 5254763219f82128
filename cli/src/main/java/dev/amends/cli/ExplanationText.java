package dev.amends.cli;

import dev.amends.api.DroppedStep;
import dev.amends.api.Explanation;
import dev.amends.api.PlaybookRule;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.model.Event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders how a plan was made, for someone reviewing a playbook: each step with the rule behind
 * it, where that rule is written, its conditions and the facts they matched; the rules that fired
 * without adding a step; and the steps that were proposed and then dropped. One fact a line,
 * unwrapped, so that each can be found with grep.
 */
final class ExplanationText {

    private static final String DETAIL = "     ";

    private ExplanationText() {
    }

    static String render(Explanation explanation) {
        RecoveryPlan plan = explanation.plan();
        StringBuilder out = new StringBuilder();
        PlanText.headline(plan, out);
        if (plan.playbook().number() > 0) {
            out.append("Made by playbook ").append(plan.playbook()).append(".\n");
        }
        out.append("\nSteps, and the rule behind each:\n");
        if (plan.steps().isEmpty()) {
            out.append("  (none)\n");
        }
        for (Step step : plan.steps()) {
            out.append(String.format("%3d. %s (%s)\n", step.order(), step.action(), step.phase()));
            line(out, DETAIL, "stage: " + step.stage() + " (" + (step.action().inHouse() ? "in-house" : "with the customer")
                    + ", due " + step.timing() + ")");
            line(out, DETAIL, "why: " + (step.why().isBlank() ? "(none given)" : Amounts.oneLine(step.why())));
            Optional<Explanation.Firing> firing = explanation.firingBehind(step);
            line(out, DETAIL, "added by " + firing.map(f -> name(f.rule())).orElse(quote(step.rule())));
            firing.ifPresent(f -> reactedTo(plan, f, out));
            firing.ifPresent(f -> conditionsAndMatches(f, out));
        }
        out.append("\nOther rules that fired:\n");
        List<Explanation.Firing> others = otherFirings(explanation);
        if (others.isEmpty()) {
            out.append("  (none)\n");
        }
        for (Explanation.Firing firing : others) {
            String times = firing.times() == 1 ? "" : ", fired " + firing.times() + " times";
            line(out, "  ", name(firing.rule()) + times);
            reactedTo(plan, firing, out);
            conditionsAndMatches(firing, out);
            List<String> avoids = plan.avoid().stream().filter(a -> a.rule().equals(firing.rule().name()))
                    .map(a -> a.what().name()).toList();
            if (!avoids.isEmpty()) {
                line(out, DETAIL, "avoid: " + String.join(", ", avoids));
            }
        }
        out.append("\nDropped:\n");
        if (explanation.dropped().isEmpty()) {
            out.append("  (none)\n");
        }
        for (DroppedStep dropped : explanation.dropped()) {
            line(out, "  ", dropped.action() + " proposed by " + name(explanation, dropped.proposedBy())
                    + ", dropped by " + name(explanation, dropped.droppedBy()) + ": " + Amounts.oneLine(dropped.why()));
            explanation.firing(dropped.droppedBy()).ifPresent(f -> reactedTo(plan, f, out));
        }
        return out.toString();
    }

    /** The rules that fired without putting a step into the plan, in name order. */
    static List<Explanation.Firing> otherFirings(Explanation explanation) {
        Set<String> behindSteps = explanation.plan().steps().stream().map(Step::rule).collect(Collectors.toSet());
        return explanation.firings().stream().filter(f -> !behindSteps.contains(f.rule().name())).toList();
    }

    /** Where the rule of this name is written, from its firing; empty when it did not fire. */
    static String location(Explanation explanation, String rule) {
        return explanation.firing(rule).map(f -> f.rule().location()).orElse("");
    }

    /** "reacted to events[1]: STEP_DONE OFFER_REMEDY DECLINED at 2026-11-24T15:00:00+01:00", one line an event the rule matched. */
    private static void reactedTo(RecoveryPlan plan, Explanation.Firing firing, StringBuilder out) {
        for (Event event : firing.events()) {
            line(out, DETAIL, "reacted to " + EventJson.name(plan.incident().events(), event) + ": " + EventJson.oneLine(event));
        }
    }

    private static void conditionsAndMatches(Explanation.Firing firing, StringBuilder out) {
        PlaybookRule rule = firing.rule();
        if (!rule.guidance().isEmpty()) {
            line(out, DETAIL, "guidance: " + Amounts.oneLine(rule.guidance())
                    + (rule.source().isEmpty() ? "" : " (" + Amounts.oneLine(rule.source()) + ")"));
        } else if (!rule.source().isEmpty()) {
            line(out, DETAIL, "source: " + Amounts.oneLine(rule.source()));
        }
        String conditions = rule.conditions().isBlank() ? "(no conditions)" : rule.conditions();
        line(out, DETAIL, "when: " + conditions);
        String matched = firing.matched().isEmpty() ? "(no facts)" : String.join("; ", firing.matched());
        line(out, DETAIL, "matched: " + matched);
    }

    private static void line(StringBuilder out, String indent, String text) {
        out.append(indent).append(TerminalText.name(text)).append('\n');
    }

    private static String name(PlaybookRule rule) {
        return quote(rule.name()) + (rule.location().isEmpty() ? "" : " (" + rule.location() + ")");
    }

    private static String name(Explanation explanation, String rule) {
        String location = location(explanation, rule);
        return quote(rule) + (location.isEmpty() ? "" : " (" + location + ")");
    }

    private static String quote(String rule) {
        return "\"" + rule + "\"";
    }
}
