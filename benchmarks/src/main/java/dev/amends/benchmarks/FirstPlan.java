package dev.amends.benchmarks;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.model.CustomerMood;
import dev.amends.model.FaultOwner;
import dev.amends.model.Incident;
import dev.amends.model.Mistake;
import dev.amends.api.RecoveryPlan;
import dev.amends.model.Relationship;
import dev.amends.model.Severity;
import dev.amends.testing.space.InputSpace;

import java.lang.management.ManagementFactory;

/**
 * Runs in a fresh JVM, started by {@link Suite}: builds an advisor on the default playbook one way
 * and makes one plan, then prints one line {@code RESULT key=value ...}.
 *
 * <ul>
 *   <li>{@code start PRECOMPILED|DRL}: how long building the advisor and the first plan took inside the JVM
 *       (the parent times the whole process);</li>
 *   <li>{@code heap PRECOMPILED|DRL}: the Java heap the advisor keeps (used heap after full GCs, with
 *       and without it), again after 5,000 different incidents (a full plan cache), and the metaspace
 *       its classes take.</li>
 * </ul>
 */
public final class FirstPlan {

    private FirstPlan() {
    }

    static Incident incident() {
        return Incident.builder().mistake(Mistake.WRONG_PRODUCT).faultOwner(FaultOwner.COMPANY)
                .severity(Severity.CRITICAL).relationship(Relationship.ESTABLISHED).customerMood(CustomerMood.ANGRY)
                .patientImpact(true).contact("Dr. Amara Osei").product("Kestrel tibial insert, size 4").build();
    }

    public static void main(String[] args) {
        String what = args[0];
        Engines.Build build = Engines.Build.valueOf(args[1]);
        Incident incident = incident();
        if (what.equals("start")) {
            long start = System.nanoTime();
            RecoveryAdvisor advisor = Engines.advisor(build);
            long built = System.nanoTime();
            RecoveryPlan plan = advisor.recommend(incident);
            long planned = System.nanoTime();
            System.out.printf("RESULT build=%.1f firstPlan=%.1f steps=%d%n",
                    (built - start) / 1e6, (planned - built) / 1e6, plan.steps().size());
        } else if (what.equals("heap")) {
            Engines.defaultFiles();
            long heapBefore = usedHeapAfterGc();
            long metaBefore = metaspace();
            RecoveryAdvisor advisor = Engines.advisor(build);
            RecoveryPlan plan = advisor.recommend(incident);
            long heapAfter = usedHeapAfterGc();
            long metaAfter = metaspace();
            for (int i = 0; i < InputSpace.size(); i += InputSpace.size() / 5000) {
                advisor.recommend(InputSpace.at(i));
            }
            long heapFull = usedHeapAfterGc();
            System.out.printf("RESULT retainedHeapKb=%d fullCacheHeapKb=%d metaspaceKb=%d steps=%d rules=%d%n",
                    (heapAfter - heapBefore) / 1024, (heapFull - heapBefore) / 1024, (metaAfter - metaBefore) / 1024,
                    plan.steps().size(), advisor.rules().size());
        } else {
            throw new IllegalArgumentException(what);
        }
    }

    private static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime runtime = Runtime.getRuntime();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    private static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getName().equals("Metaspace"))
                .mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }
}
