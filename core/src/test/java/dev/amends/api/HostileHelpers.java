package dev.amends.api;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Java an application might hand its rules, which validation cannot see into: the engine's own
 * guards must still catch what it does at evaluation time.
 */
public final class HostileHelpers {

    private HostileHelpers() {
    }

    /** Halts the engine the rule runs in. */
    public static void stopTheEngine(RuleContext context) {
        ((KieSession) context.getKieRuntime()).halt();
    }

    /** Deletes a fact from the session the rule runs in. */
    public static void forget(RuleContext context, Object fact) {
        KieSession session = (KieSession) context.getKieRuntime();
        session.delete(session.getFactHandle(fact));
    }
}
