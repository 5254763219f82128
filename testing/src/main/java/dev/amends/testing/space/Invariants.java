package dev.amends.testing.space;

import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.FaultOwner;
import dev.amends.model.Phase;
import dev.amends.model.RecoveryPlan;
import dev.amends.model.Step;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The invariants every playbook is held to by default. */
public final class Invariants {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_]+}");
    private static final Set<Action> SPOKEN_FIRST = EnumSet.of(Action.THANK_FOR_RAISING, Action.TAKE_OWNERSHIP,
            Action.APOLOGIZE, Action.EXPRESS_REGRET);

    private Invariants() {
    }

    /** Every default invariant, in the order reports list them. */
    public static List<Invariant> defaults() {
        return List.of(
                Invariant.explained("every plan has a fix or a remedy", (i, p) ->
                        p.has(Action.FIX) || p.has(Action.OFFER_REMEDY) ? null : "no FIX or OFFER_REMEDY step"),
                Invariant.explained("steps follow the phase order", (i, p) -> phaseOrder(p)),
                Invariant.explained("ownership comes before the fix", (i, p) -> before(p, Action.TAKE_OWNERSHIP, Action.FIX)),
                Invariant.explained("the apology comes before the explanation", (i, p) ->
                        Optional.ofNullable(before(p, Action.APOLOGIZE, Action.EXPLAIN_CAUSE))
                                .orElse(before(p, Action.EXPRESS_REGRET, Action.EXPLAIN_CAUSE))),
                Invariant.explained("the root cause is found before it is explained", (i, p) ->
                        p.has(Action.EXPLAIN_CAUSE) && !p.has(Action.FIND_ROOT_CAUSE)
                                ? "EXPLAIN_CAUSE without FIND_ROOT_CAUSE" : before(p, Action.FIND_ROOT_CAUSE, Action.EXPLAIN_CAUSE)),
                Invariant.explained("follow-up comes last", (i, p) -> {
                    if (!p.has(Action.FOLLOW_UP)) {
                        return "no FOLLOW_UP step";
                    }
                    Step last = p.steps().get(p.steps().size() - 1);
                    return last.phase() == Phase.FOLLOW_UP ? null : "the last step is " + last.action();
                }),
                Invariant.explained("no personal apology when the customer or a third party is at fault", (i, p) ->
                        (i.faultOwner() == FaultOwner.CUSTOMER || i.faultOwner() == FaultOwner.THIRD_PARTY)
                                && p.has(Action.APOLOGIZE) ? "APOLOGIZE is step " + p.step(Action.APOLOGIZE).orElseThrow().order() : null),
                Invariant.explained("an angry customer is thanked first", (i, p) -> {
                    if (i.customerMood() != CustomerMood.ANGRY) {
                        return null;
                    }
                    Optional<Step> first = p.steps().stream().filter(s -> SPOKEN_FIRST.contains(s.action())).findFirst();
                    return first.isPresent() && first.get().action() == Action.THANK_FOR_RAISING ? null
                            : "the first words are " + first.map(s -> s.action().name()).orElse("missing");
                }),
                Invariant.explained("complaints are routed whenever a patient may be affected", (i, p) ->
                        i.patientImpact() && !p.has(Action.ROUTE_COMPLAINT) ? "no ROUTE_COMPLAINT step" : null),
                Invariant.explained("no unfilled placeholder", (i, p) -> {
                    for (Step s : p.steps()) {
                        if (s.wording().indexOf('{') < 0) {
                            continue; // most wordings: no regular expression needed (a large share of a whole-space check)
                        }
                        Matcher m = PLACEHOLDER.matcher(s.wording());
                        if (m.find()) {
                            return s.action() + " says " + m.group();
                        }
                    }
                    return null;
                }),
                Invariant.explained("no two steps with the same action", (i, p) -> {
                    Set<Action> seen = EnumSet.noneOf(Action.class);
                    for (Step s : p.steps()) {
                        if (!seen.add(s.action())) {
                            return s.action() + " appears twice";
                        }
                    }
                    return null;
                }));
    }

    private static String phaseOrder(RecoveryPlan plan) {
        Phase previous = null;
        for (Step s : plan.steps()) {
            if (previous != null && s.phase().compareTo(previous) < 0) {
                return s.action() + " (" + s.phase() + ") comes after a " + previous + " step";
            }
            previous = s.phase();
        }
        return null;
    }

    private static String before(RecoveryPlan plan, Action first, Action second) {
        Optional<Step> a = plan.step(first);
        Optional<Step> b = plan.step(second);
        if (a.isPresent() && b.isPresent() && a.get().order() > b.get().order()) {
            return first + " is step " + a.get().order() + " but " + second + " is step " + b.get().order();
        }
        return null;
    }
}
