package dev.amends.testing.space;

import dev.amends.api.Avoidance;
import dev.amends.api.RecoveryPlan;
import dev.amends.api.Step;

/** A 64-bit fingerprint of everything a plan says, to count distinct plans without keeping them. */
final class PlanSignature {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private PlanSignature() {
    }

    static long of(RecoveryPlan plan) {
        long h = OFFSET;
        h = mix(h, plan.respondWithin().name());
        h = mix(h, plan.channel().name());
        for (Step s : plan.steps()) {
            h = mix(h, s.action().name());
            h = mix(h, s.timing().name());
            h = mix(h, s.owner().name());
            h = mix(h, s.wording());
        }
        for (Avoidance a : plan.avoid()) {
            h = mix(h, a.what().name());
        }
        return h;
    }

    private static long mix(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * PRIME;
        }
        return (h ^ 0x1f) * PRIME;
    }
}
