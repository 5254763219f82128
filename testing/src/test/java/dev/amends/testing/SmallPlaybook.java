package dev.amends.testing;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;

/** A playbook of a few rules, small enough to reason about in a test. */
public final class SmallPlaybook {

    public static final String HEADER = """
            package test.small;
            import dev.amends.model.*;
            global dev.amends.dsl.PlanDraft plan;
            """;

    public static final String RULES = HEADER + """
            rule "Own it"
            when Incident() then plan.step(Action.TAKE_OWNERSHIP, "I will fix it, {contact}.").because("ownership"); end
            rule "Fix it"
            when Incident() then plan.step(Action.FIX, "Fix the {product}.").because("fix"); end
            rule "Follow up"
            when Incident() then plan.step(Action.FOLLOW_UP, "Call back.").within(Timing.AFTER_A_WEEK).because("follow-up"); end
            rule "Say sorry when it was us"
            when Incident(faultOwner == FaultOwner.REP) then plan.step(Action.APOLOGIZE, "Sorry.").because("ours"); end
            rule "No jokes"
            when Incident() then plan.avoid(Avoid.JOKE_ABOUT_IT, "never"); end
            """;

    private SmallPlaybook() {
    }

    public static RecoveryAdvisor advisor() {
        return RecoveryAdvisor.builder().rules("small.drl", RULES).build();
    }

    public static RecoveryAdvisor advisor(String extraRules) {
        return RecoveryAdvisor.builder().rules("small.drl", RULES).rules("extra.drl", HEADER + extraRules).build();
    }

    public static Incident.Builder incident() {
        return Incident.builder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.REP)
                .severity(Severity.MEDIUM).relationship(Relationship.ESTABLISHED);
    }
}
