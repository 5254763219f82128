package dev.amends.cli;

import dev.amends.api.Avoidance;
import dev.amends.model.Owner;
import dev.amends.model.OwnerKind;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Stage;
import dev.amends.api.Step;
import dev.amends.model.Timing;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a recovery plan for a rep in a hurry. On top, what to do in the next hour; then the plan
 * in the shape of the recovery: the in-house steps before the customer is spoken to, the first
 * conversation in the order it is spoken, and what follows, each step with who acts and when and
 * the words to use; last, what to avoid. Each step keeps its number from the plan. Why each step is
 * there, and the rule behind it, is shown only when asked for. Lines wrap at 80 columns.
 */
final class PlanText {

    static final int WIDTH = 80;

    private PlanText() {
    }

    /** The plan, short: no reasons and no rule names. */
    static String render(RecoveryPlan plan) {
        return render(plan, false);
    }

    /**
     * The plan.
     *
     * @param why whether to show, for each step, why it is there and the rule behind it, and why to
     *            avoid each thing
     */
    static String render(RecoveryPlan plan, boolean why) {
        StringBuilder out = new StringBuilder();
        incident(plan, out);
        boolean revised = !plan.incident().events().isEmpty();
        if (revised) {
            RevisionText.since(plan, out);
        }
        if (plan.steps().isEmpty()) {
            out.append("\nThe rules recommended no steps for this incident.\n");
        } else {
            if (revised) {
                RevisionText.next(plan, out);
            } else {
                nextHour(plan, out);
            }
            int width = String.valueOf(plan.steps().size()).length();   // the numbers are right-aligned to the widest
            for (Stage stage : Stage.values()) {
                stage(plan, stage, width, why, revised, out);
            }
        }
        if (revised) {
            RevisionText.dropped(plan, out);
        }
        avoid(plan.avoid(), why, out);
        return out.toString();
    }

    /** The incident, the facts that shape the plan, and how soon and how to respond. */
    static void headline(RecoveryPlan plan, StringBuilder out) {
        incident(plan, out);
        out.append("Respond ").append(plan.respondWithin().text()).append(", ")
                .append(Words.channel(plan.channel())).append(".\n");
    }

    private static void incident(RecoveryPlan plan, StringBuilder out) {
        lines(out, Words.incident(plan.incident()), "", "  ");
        lines(out, Words.facts(plan.incident()), "", "");
        plan.incident().reportedInAccountZone().ifPresent(at -> lines(out, "Reported " + DueText.readable(at)
                + plan.incident().timeZone().map(zone -> " (" + zone.getId() + ")").orElse("") + ".", "", ""));
    }

    /**
     * The steps due within the hour, except the lines of the first conversation, which is one item
     * when it is due within the hour too, and otherwise one line saying when it is due.
     */
    private static void nextHour(RecoveryPlan plan, StringBuilder out) {
        out.append("\nIn the next hour\n");
        boolean callNow = withinTheHour(plan.respondWithin());
        String call = firstContact(plan);
        List<String> items = new ArrayList<>();
        boolean callListed = false;
        for (Step step : plan.steps()) {
            if (callNow && !callListed && step.stage() == Stage.FOLLOW_THROUGH) {
                items.add(capitalized(call));
                callListed = true;
            }
            if (step.stage() != Stage.FIRST_CONTACT && withinTheHour(step.timing())) {
                items.add(Words.action(step.action()) + " (step " + step.order() + "): "
                        + ownerInSentence(step.owner()) + ", " + step.timing().text() + ".");
            }
        }
        if (callNow && !callListed) {
            items.add(capitalized(call));
        }
        if (items.isEmpty()) {
            out.append("  Nothing is due in the next hour.\n");
        }
        items.forEach(item -> lines(out, "- " + item, "  ", "    "));
        if (!callNow) {
            lines(out, "Later: " + call, "  ", "    ");
        }
    }

    /** "call Dr. Amara Osei within the hour: the first conversation, steps 3-5." */
    private static String firstContact(RecoveryPlan plan) {
        List<Step> conversation = plan.steps(Stage.FIRST_CONTACT);
        String steps = switch (conversation.size()) {
            case 0 -> "";
            case 1 -> ": the first conversation, step " + conversation.get(0).order();
            default -> ": the first conversation, steps " + conversation.get(0).order()
                    + "-" + conversation.get(conversation.size() - 1).order();
        };
        return contact(plan) + " " + plan.respondWithin().text() + steps + ".";
    }

    /** How the rep reaches the customer: "call Dr. Amara Osei", "write to the customer". */
    private static String contact(RecoveryPlan plan) {
        String whom = plan.incident().contact().orElse("the customer");
        return switch (plan.channel()) {
            case PHONE -> "call " + whom;
            case EMAIL -> "write to " + whom;
            case IN_PERSON -> "meet " + whom + " in person";
        };
    }

    private static void stage(RecoveryPlan plan, Stage stage, int width, boolean why, boolean revised, StringBuilder out) {
        List<Step> steps = plan.steps(stage);
        if (steps.isEmpty()) {
            return;
        }
        out.append('\n');
        if (stage == Stage.FIRST_CONTACT) {
            String by = steps.get(0).due().map(due -> ", by " + DueText.readable(due)).orElse("");
            String overdue = revised && steps.stream().anyMatch(Step::overdue) ? " (overdue)" : "";
            lines(out, stage.title() + ": " + contact(plan) + " " + plan.respondWithin().text() + by + overdue, "", "  ");
        } else {
            out.append(stage.title()).append('\n');
        }
        for (Step step : steps) {
            String order = String.valueOf(step.order());
            String title = "  " + " ".repeat(Math.max(0, width - order.length())) + order + ". " + Words.action(step.action());
            String indent = " ".repeat(title.length() - Words.action(step.action()).length());
            String who = stage != Stage.FIRST_CONTACT
                    ? Words.owner(step.owner()) + ", " + step.timing().text()
                    : step.owner() == Owner.REP ? "" : Words.owner(step.owner());
            titleLine(out, title, who, indent);
            if (revised && (step.done().isPresent() || step.unanswered().isPresent() || step.overdue() && stage != Stage.FIRST_CONTACT)) {
                lines(out, RevisionText.status(plan, step), indent, indent);
            } else if (stage != Stage.FIRST_CONTACT) {
                step.due().ifPresent(due -> lines(out, "Due " + DueText.readable(due) + ".", indent, indent));
            }
            if (!step.wording().isBlank() && step.done().isEmpty() && step.unanswered().isEmpty()) {
                lines(out, step.wording(), indent, indent);
            }
            if (why) {
                String rule = "(rule \"" + step.rule() + "\")";
                String reason = step.why().isBlank() ? "rule \"" + step.rule() + "\"" : step.why().strip() + " " + rule;
                lines(out, "why: " + reason, indent, indent + "     ");
            }
        }
    }

    /** The step's title, with who acts and when at the right margin, or below the title when it does not fit. */
    private static void titleLine(StringBuilder out, String title, String who, String indent) {
        if (who.isEmpty()) {
            out.append(title).append('\n');
            return;
        }
        int gap = WIDTH - title.length() - who.length();
        if (gap >= 2) {
            out.append(title).append(" ".repeat(gap)).append(who).append('\n');
        } else {
            out.append(title).append('\n');
            lines(out, who + ".", indent, indent);
        }
    }

    private static void avoid(List<Avoidance> avoid, boolean why, StringBuilder out) {
        if (avoid.isEmpty()) {
            return;
        }
        if (!why) {
            List<String> what = avoid.stream().map(a -> lowerCased(Words.avoid(a.what()))).toList();
            out.append('\n');
            lines(out, "Avoid: " + String.join("; ", what) + ".", "", "  ");
            return;
        }
        out.append("\nAvoid:\n");
        for (Avoidance a : avoid) {
            String reason = a.why().isBlank() ? "" : ": " + a.why().strip();
            lines(out, "- " + Words.avoid(a.what()) + reason, "  ", "    ");
        }
    }

    private static boolean withinTheHour(Timing timing) {
        return timing == Timing.IMMEDIATELY || timing == Timing.WITHIN_AN_HOUR;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Who does a step, inside a sentence: a built-in title lower-cased ("you"), a declared one as written ("Halden's ..."). */
    static String ownerInSentence(OwnerKind owner) {
        return owner instanceof Owner ? lowerCased(Words.owner(owner)) : Words.owner(owner);
    }

    private static String lowerCased(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static void lines(StringBuilder out, String text, String firstIndent, String restIndent) {
        for (String line : TextWrap.wrap(text, WIDTH, firstIndent, restIndent)) {
            out.append(line).append('\n');
        }
    }
}
