package dev.amends.cli;

import dev.amends.model.Avoidance;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Step;

import java.util.List;

/**
 * Renders a recovery plan for a rep in a hurry: a headline with the incident and how soon and how
 * to respond, the numbered steps with who acts and when, the words to use, and what to avoid.
 * The rule behind each step stays visible on a quiet {@code why:} line. Lines wrap at 80 columns.
 */
final class PlanText {

    static final int WIDTH = 80;

    private PlanText() {
    }

    static String render(RecoveryPlan plan) {
        StringBuilder out = new StringBuilder();
        headline(plan, out);
        steps(plan.steps(), out);
        avoid(plan.avoid(), out);
        return out.toString();
    }

    /** The incident, the facts that shape the plan, and how soon and how to respond. */
    static void headline(RecoveryPlan plan, StringBuilder out) {
        lines(out, Words.incident(plan.incident()), "", "  ");
        lines(out, Words.facts(plan.incident()), "", "");
        out.append("Respond ").append(plan.respondWithin().text()).append(", ")
                .append(Words.channel(plan.channel())).append(".\n");
    }

    private static void steps(List<Step> steps, StringBuilder out) {
        if (steps.isEmpty()) {
            out.append("\nThe rules recommended no steps for this incident.\n");
            return;
        }
        int numberWidth = String.valueOf(steps.size()).length();
        String indent = " ".repeat(numberWidth + 3);
        for (Step step : steps) {
            out.append('\n');
            String number = " ".repeat(numberWidth - String.valueOf(step.order()).length()) + " " + step.order() + ". ";
            String action = number + Words.action(step.action());
            String phase = step.phase().name();
            int gap = WIDTH - action.length() - phase.length();
            out.append(action).append(gap >= 2 ? " ".repeat(gap) + phase : "  " + phase).append('\n');
            out.append(indent).append(Words.owner(step.owner())).append(", ").append(step.timing().text()).append(".\n");
            if (!step.wording().isBlank()) {
                lines(out, step.wording(), indent, indent);
            }
            String rule = "(rule \"" + step.rule() + "\")";
            String why = step.why().isBlank() ? "rule \"" + step.rule() + "\"" : step.why().strip() + " " + rule;
            lines(out, "why: " + why, indent, indent + "     ");
        }
    }

    private static void avoid(List<Avoidance> avoid, StringBuilder out) {
        if (avoid.isEmpty()) {
            return;
        }
        out.append("\nAvoid:\n");
        for (Avoidance a : avoid) {
            String reason = a.why().isBlank() ? "" : ": " + a.why().strip();
            lines(out, "- " + Words.avoid(a.what()) + reason, "  ", "    ");
        }
    }

    private static void lines(StringBuilder out, String text, String firstIndent, String restIndent) {
        for (String line : TextWrap.wrap(text, WIDTH, firstIndent, restIndent)) {
            out.append(line).append('\n');
        }
    }
}
