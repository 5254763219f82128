package dev.amends.benchmarks;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.testing.space.CheckReport;
import dev.amends.testing.space.WholeSpaceCheck;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The whole-space check, each run a whole check on all cores, side by side: the default playbook
 * evaluated on every combination one by one (the check as it was), the same check by classes of
 * combinations the rules cannot tell apart, and the default playbook extended with four declared
 * facts ({@link ExtendedPlaybook}), by classes. Each benchmark prints its combinations and
 * classes when it ends.
 *
 * <pre>./benchmarks/run jmh SpaceBenchmark</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class SpaceBenchmark {

    private RecoveryAdvisor advisor;
    private RecoveryAdvisor extended;
    private CheckReport last;

    @Setup(Level.Trial)
    public void setUp() {
        advisor = RecoveryAdvisor.withDefaultPlaybook();
        extended = ExtendedPlaybook.advisor();
    }

    /** The default playbook, every combination evaluated one by one: the baseline. */
    @Benchmark
    public CheckReport defaultEveryCombination() {
        return last = WholeSpaceCheck.of(advisor).runOnEveryCombination();
    }

    /** The default playbook, each class of combinations evaluated once. */
    @Benchmark
    public CheckReport defaultByClasses() {
        return last = WholeSpaceCheck.of(advisor).run();
    }

    /** The default playbook with four declared facts, each class evaluated once. */
    @Benchmark
    public CheckReport extendedByClasses() {
        return last = WholeSpaceCheck.of(extended).run();
    }

    @TearDown(Level.Trial)
    public void tellTheSize() {
        if (last != null) {
            System.out.printf(Locale.ROOT, "%n%,d combinations, %,d classes evaluated, %s%n", last.combinations(), last.classes(),
                    last.passed() ? "every invariant held" : "an invariant was violated");
        }
    }
}
