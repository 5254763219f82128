package dev.amends.testing.scenario;

import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.model.ActionKind;
import dev.amends.model.AvoidKind;
import dev.amends.model.Channel;
import dev.amends.model.OwnerKind;
import dev.amends.model.Phase;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;
import dev.amends.api.StepStatus;
import dev.amends.model.Timing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text of an {@code expect:} line into a check. */
final class Expectations {

    static final String FORMS = "has A, B | no A, B | exactly A, B | A before B [before C] | first A | "
            + "A phase P | A timing T | A owner O | A due TIME | A rule \"name\" | A says \"text\" | A does not say \"text\" | "
            + "avoids X, Y | does not avoid X | respond within T | channel C | A done | A open | A unanswered | A dropped | "
            + "A open once | A overdue at TIME | next A";

    private static final Pattern QUOTED = Pattern.compile("^(\\w+)\\s+(rule|says|does not say)\\s+\"(.*)\"$");
    private static final Pattern STEP_PROPERTY = Pattern.compile("^(\\w+)\\s+(phase|timing|owner)\\s+(\\w+)$");
    private static final Pattern DUE = Pattern.compile("^(\\w+)\\s+due\\s+(\\S+)$");
    private static final Pattern STATUS = Pattern.compile("^(\\w+)\\s+(done|open|unanswered|dropped)$");
    private static final Pattern OPEN_ONCE = Pattern.compile("^(\\w+)\\s+open\\s+once$");
    private static final Pattern OVERDUE = Pattern.compile("^(\\w+)\\s+overdue\\s+at\\s+(\\S+)$");

    private Expectations() {
    }

    private record Check(String text, int line, int afterEvents, Function<RecoveryPlan, Optional<String>> rule)
            implements Expectation {
        @Override
        public Optional<String> violation(RecoveryPlan plan) {
            return rule.apply(plan);
        }
    }

    static Expectation parse(String text, int line, PlaybookVocabulary vocabulary) {
        return parse(text, line, vocabulary, 0);
    }

    /** An expectation on the plan revised by the scenario's first {@code afterEvents} events. */
    static Expectation parse(String text, int line, PlaybookVocabulary vocabulary, int afterEvents) {
        String t = text.strip();
        Function<RecoveryPlan, Optional<String>> check = checkFor(t, vocabulary);
        return new Check(t, line, afterEvents, check);
    }

    private static Function<RecoveryPlan, Optional<String>> checkFor(String t, PlaybookVocabulary vocabulary) {
        Matcher quoted = QUOTED.matcher(t);
        if (quoted.matches()) {
            ActionKind action = action(quoted.group(1), vocabulary);
            String kind = quoted.group(2);
            String value = quoted.group(3);
            return plan -> onStep(plan, action, s -> switch (kind) {
                case "rule" -> s.rule().equals(value) ? null : "it comes from rule \"" + s.rule() + "\"";
                case "says" -> s.wording().contains(value) ? null : "its wording is: " + s.wording();
                default -> s.wording().contains(value) ? "its wording is: " + s.wording() : null;
            });
        }
        Matcher property = STEP_PROPERTY.matcher(t);
        if (property.matches()) {
            ActionKind action = action(property.group(1), vocabulary);
            String value = property.group(3);
            return switch (property.group(2)) {
                case "phase" -> {
                    Phase phase = Names.parse(Phase.class, value, "phase");
                    yield plan -> onStep(plan, action, s -> s.phase() == phase ? null : "it is in phase " + s.phase());
                }
                case "timing" -> {
                    Timing timing = Names.parse(Timing.class, value, "timing");
                    yield plan -> onStep(plan, action, s -> s.timing() == timing ? null : "its timing is " + s.timing());
                }
                default -> {
                    OwnerKind owner = vocabulary.owner(value).orElseThrow(() ->
                            new IllegalArgumentException(Names.unknown("owner", value, names(vocabulary.owners()))));
                    yield plan -> onStep(plan, action, s -> s.owner().name().equals(owner.name()) ? null
                            : "its owner is " + s.owner().name());
                }
            };
        }
        Matcher due = DUE.matcher(t);
        if (due.matches()) {
            ActionKind action = action(due.group(1), vocabulary);
            OffsetDateTime when = dueTime(due.group(2));
            return plan -> onStep(plan, action, s -> s.due().isEmpty()
                    ? "it has no due date (give the scenario a reportedAt)"
                    : s.due().get().toOffsetDateTime().isEqual(when) ? null
                    : "it is due " + s.due().get().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        Matcher status = STATUS.matcher(t);
        if (status.matches()) {
            ActionKind action = action(status.group(1), vocabulary);
            return switch (status.group(2)) {
                case "done" -> plan -> anyStep(plan, action, s -> s.status() == StepStatus.DONE, "no " + action.name() + " step is done");
                case "open" -> plan -> anyStep(plan, action, s -> s.status() == StepStatus.OPEN, "no " + action.name() + " step is open");
                case "unanswered" -> plan -> anyStep(plan, action, s -> s.status() == StepStatus.UNANSWERED,
                        "no " + action.name() + " step is waiting on the customer's reply");
                default -> plan -> plan.dropped().stream().anyMatch(d -> d.action().name().equals(action.name())) ? Optional.empty()
                        : Optional.of("no " + action.name() + " step was dropped" + droppedList(plan));
            };
        }
        Matcher once = OPEN_ONCE.matcher(t);
        if (once.matches()) {
            ActionKind action = action(once.group(1), vocabulary);
            return plan -> {
                List<Step> open = plan.open().stream().filter(s -> s.action().name().equals(action.name())).toList();
                return open.size() == 1 ? Optional.empty() : Optional.of(open.isEmpty() ? "no " + action.name() + " step is open"
                        : open.size() + " " + action.name() + " steps are open: steps "
                        + open.stream().map(s -> String.valueOf(s.order())).collect(java.util.stream.Collectors.joining(", ")));
            };
        }
        Matcher overdue = OVERDUE.matcher(t);
        if (overdue.matches()) {
            ActionKind action = action(overdue.group(1), vocabulary);
            OffsetDateTime at = dueTime(overdue.group(2));
            return plan -> anyStep(plan, action, s -> s.status() == StepStatus.OPEN && s.due().isPresent()
                    && s.due().get().toInstant().isBefore(at.toInstant()), "no open " + action.name() + " step is due before then");
        }
        if (t.startsWith("next ")) {
            ActionKind action = action(t.substring(5), vocabulary);
            return plan -> plan.next().filter(s -> s.action().name().equals(action.name())).isPresent() ? Optional.empty()
                    : Optional.of(plan.next().map(s -> "the next step is " + s.action().name() + " (step " + s.order() + ")")
                            .orElse("no step is open"));
        }
        if (t.startsWith("has ")) {
            List<ActionKind> actions = actions(t.substring(4), vocabulary);
            return plan -> firstProblem(actions, a -> plan.has(a) ? null : "no " + a.name() + " step in the plan");
        }
        if (t.startsWith("no ")) {
            List<ActionKind> actions = actions(t.substring(3), vocabulary);
            return plan -> firstProblem(actions, a -> plan.step(a)
                    .map(s -> "step " + s.order() + " is " + a.name() + " (rule \"" + s.rule() + "\")").orElse(null));
        }
        if (t.startsWith("exactly ")) {
            List<String> actions = names(actions(t.substring(8), vocabulary));
            return plan -> names(plan.actions()).equals(actions) ? Optional.empty()
                    : Optional.of("the steps are " + names(plan.actions()));
        }
        if (t.startsWith("first ")) {
            ActionKind action = action(t.substring(6), vocabulary);
            return plan -> !plan.steps().isEmpty() && plan.steps().get(0).action().name().equals(action.name()) ? Optional.empty()
                    : Optional.of("the first step is " + (plan.steps().isEmpty() ? "missing" : plan.steps().get(0).action().name()));
        }
        if (t.contains(" before ")) {
            List<ActionKind> order = distinct(Arrays.stream(t.split("\\s+before\\s+"))
                    .map(s -> action(s, vocabulary)).toList());
            return plan -> inOrder(plan, order);
        }
        if (t.startsWith("avoids ")) {
            List<AvoidKind> things = avoids(t.substring(7), vocabulary);
            return plan -> firstProblem(things, a -> plan.avoids(a) ? null : a.name() + " is not in the avoid list");
        }
        if (t.startsWith("does not avoid ")) {
            List<AvoidKind> things = avoids(t.substring(15), vocabulary);
            return plan -> firstProblem(things, a -> plan.avoids(a) ? a.name() + " is in the avoid list" : null);
        }
        if (t.startsWith("respond within ")) {
            Timing timing = Names.parse(Timing.class, t.substring(15), "timing");
            return plan -> plan.respondWithin() == timing ? Optional.empty()
                    : Optional.of("first contact is " + plan.respondWithin());
        }
        if (t.startsWith("channel ")) {
            Channel channel = Names.parse(Channel.class, t.substring(8), "channel");
            return plan -> plan.channel() == channel ? Optional.empty() : Optional.of("the channel is " + plan.channel());
        }
        throw new IllegalArgumentException("cannot read the expectation \"" + t + "\"; write one of: " + FORMS);
    }

    private static Optional<String> inOrder(RecoveryPlan plan, List<ActionKind> order) {
        Optional<String> missing = firstProblem(order, a -> plan.has(a) ? null : "no " + a.name() + " step in the plan");
        if (missing.isPresent()) {
            return missing;
        }
        for (int i = 1; i < order.size(); i++) {
            int earlier = plan.step(order.get(i - 1)).orElseThrow().order();
            int later = plan.step(order.get(i)).orElseThrow().order();
            if (earlier >= later) {
                return Optional.of(order.get(i - 1).name() + " is step " + earlier + " but " + order.get(i).name() + " is step " + later);
            }
        }
        return Optional.empty();
    }

    private static OffsetDateTime dueTime(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date and time with its offset from UTC; write it as "
                    + "ISO-8601, such as 2026-11-30T17:00+01:00");
        }
    }

    /**
     * Checks the step of the action that the plan stands on now: its only one; after events, the last
     * open one (a step added in reaction to an event, such as a revised offer), or the first when none is open.
     */
    private static Optional<String> onStep(RecoveryPlan plan, ActionKind action, Function<Step, String> problem) {
        return current(plan, action).map(s -> Optional.ofNullable(problem.apply(s)))
                .orElseGet(() -> Optional.of("no " + action.name() + " step in the plan"));
    }

    private static Optional<Step> current(RecoveryPlan plan, ActionKind action) {
        if (plan.incident().events().isEmpty()) {
            return plan.step(action);
        }
        List<Step> open = plan.open().stream().filter(s -> s.action().name().equals(action.name())).toList();
        return open.isEmpty() ? plan.step(action) : Optional.of(open.get(open.size() - 1));
    }

    /** Holds when some step of the action passes the test; otherwise says what each step of it is. */
    private static Optional<String> anyStep(RecoveryPlan plan, ActionKind action, java.util.function.Predicate<Step> test, String problem) {
        List<Step> steps = plan.steps().stream().filter(s -> s.action().name().equals(action.name())).toList();
        if (steps.isEmpty()) {
            return Optional.of("no " + action.name() + " step in the plan" + droppedList(plan));
        }
        if (steps.stream().anyMatch(test)) {
            return Optional.empty();
        }
        return Optional.of(problem + ": " + String.join("; ", steps.stream().map(Expectations::describe).toList()));
    }

    private static String describe(Step s) {
        String status = s.status().name().toLowerCase(java.util.Locale.ROOT);
        return "step " + s.order() + " is " + status + s.due().map(d -> ", due " + d.toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).orElse("");
    }

    private static String droppedList(RecoveryPlan plan) {
        return plan.dropped().isEmpty() ? "" : " (dropped: " + String.join(", ", plan.dropped().stream()
                .map(d -> d.action().name()).distinct().toList()) + ")";
    }

    private static <T> Optional<String> firstProblem(List<T> items, Function<T, String> problem) {
        for (T item : items) {
            String p = problem.apply(item);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static ActionKind action(String text, PlaybookVocabulary vocabulary) {
        String name = text.strip();
        return vocabulary.action(name).orElseThrow(() ->
                new IllegalArgumentException(Names.unknown("action", name, names(vocabulary.actions()))));
    }

    private static List<ActionKind> actions(String list, PlaybookVocabulary vocabulary) {
        List<ActionKind> out = new ArrayList<>();
        for (String name : list.split(",")) {
            out.add(action(name, vocabulary));
        }
        return distinct(out);
    }

    private static List<AvoidKind> avoids(String list, PlaybookVocabulary vocabulary) {
        List<AvoidKind> out = new ArrayList<>();
        for (String text : list.split(",")) {
            String name = text.strip();
            out.add(vocabulary.avoidItem(name).orElseThrow(() ->
                    new IllegalArgumentException(Names.unknown("avoid item", name, names(vocabulary.avoidItems())))));
        }
        return distinct(out);
    }

    private static List<String> names(List<?> kinds) {
        return kinds.stream().map(Expectations::name).toList();
    }

    /** The name of an action, avoid item or owner, as files write it. */
    private static String name(Object kind) {
        return kind instanceof ActionKind a ? a.name() : kind instanceof AvoidKind a ? a.name() : ((OwnerKind) kind).name();
    }

    /** The names as given, each once. */
    private static <E> List<E> distinct(List<E> names) {
        Set<String> seen = new HashSet<>();
        for (E name : names) {
            if (!seen.add(name(name))) {
                throw new IllegalArgumentException(name(name) + " appears twice in one expectation; name it once");
            }
        }
        return names;
    }
}
