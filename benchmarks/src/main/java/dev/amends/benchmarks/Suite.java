package dev.amends.benchmarks;

import dev.amends.api.RecoveryAdvisor;
import dev.amends.testing.space.CheckReport;
import dev.amends.testing.space.DiffReport;
import dev.amends.testing.space.PlaybookDiff;
import dev.amends.testing.space.InputSpace;
import dev.amends.testing.space.WholeSpaceCheck;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The whole benchmark suite in one run, each figure beside its baseline, ending with one table (the
 * ratio says how many times better the figure is than its baseline: a higher rate, or less time or memory)
 * (printed, and written to {@code benchmarks/target/results.md}):
 *
 * <ol>
 *   <li>time to the first plan in a fresh JVM, API (precompiled vs DRL compiled at start) and command
 *       line ({@code ./amends recommend}, default playbook vs the same DRL given with {@code --rules});</li>
 *   <li>the advisor's retained heap, precompiled vs DRL;</li>
 *   <li>JMH: warm plans/s and latency percentiles on 1 and 2 threads, allocation per plan, for the
 *       advisor and each session strategy on both rule bases, and the plain Java floor;</li>
 *   <li>the whole-space check on all cores, precompiled vs DRL, and the plain Java floor over the same space;
 *       the playbook diff of the two rule bases over the whole space.</li>
 * </ol>
 *
 * <p>{@code java -jar benchmarks.jar [--quick] [--no-cli] [--root DIR] [--only start|heap|cli|jmh|space]}; {@code java -jar benchmarks.jar jmh ARGS}
 * runs JMH's own command line instead (for example {@code jmh PlanBenchmark.advisor -p build=PRECOMPILED -prof stack}).
 */
public final class Suite {

    private static final String[] STRATEGIES = {"advisor", "advisorFirstSeen", "newSession", "pooledSession", "statelessSession"};

    private final boolean quick;
    private final Path root;
    private final String only;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Suite(boolean quick, Path root, String only) {
        this.quick = quick;
        this.root = root;
        this.only = only;
    }

    private boolean runs(String section) {
        return only == null || only.equals(section);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        boolean quick = false;
        boolean cli = true;
        String only = null;
        Path root = repositoryRoot();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--no-cli" -> cli = false;
                case "--root" -> root = Path.of(valueOf(args, ++i, "--root"));
                case "--only" -> only = section(valueOf(args, ++i, "--only"));
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> usageError("unknown option " + args[i]);
            }
        }
        new Suite(quick, cli ? root : null, only).run();
    }

    private static final String USAGE = """
            Usage: benchmarks/run [--quick] [--no-cli] [--only start|heap|cli|jmh|space]
                   benchmarks/run jmh [JMH options]
            Runs the benchmark suite, each figure beside its baseline; the table ends the output
            and is written to benchmarks/target/results.md.
              --quick      fewer repetitions and iterations: quicker, rougher
              --no-cli     skip the ./amends command-line timings
              --only NAME  one section: start, heap, cli, jmh or space
              --root DIR   the repository root (default: found from the working folder)
              jmh ARGS     JMH's own command line, e.g. jmh PlanBenchmark.advisorFirstSeen -prof stack""";

    private static final List<String> SECTIONS = List.of("start", "heap", "cli", "jmh", "space");

    private static String valueOf(String[] args, int i, String option) {
        if (i >= args.length) {
            usageError(option + " needs a value");
        }
        return args[i];
    }

    private static String section(String name) {
        if (!SECTIONS.contains(name)) {
            usageError("unknown section " + name + "; the sections are " + String.join(", ", SECTIONS));
        }
        return name;
    }

    private static void usageError(String problem) {
        System.err.println("benchmarks/run: " + problem + "; run 'benchmarks/run --help' for usage");
        System.exit(2);
    }

    private void run() throws Exception {
        String load = loadAverage();
        long started = System.nanoTime();
        System.out.println("== Fresh JVM: time to first plan, retained heap");
        if (runs("start")) {
            firstPlanApi();
        }
        if (runs("heap")) {
            retainedHeap();
        }
        if (root != null && runs("cli")) {
            firstPlanCommandLine();
        }
        if (runs("jmh")) {
            System.out.println("== JMH");
            Map<String, RunResult> throughput1 = jmh(Mode.Throughput, 1, true);
            Map<String, RunResult> sample1 = jmh(Mode.SampleTime, 1, false);
            Map<String, RunResult> throughput2 = jmh(Mode.Throughput, 2, false);
            Map<String, RunResult> sample2 = jmh(Mode.SampleTime, 2, false);
            warmRows(throughput1, sample1, throughput2, sample2);
        }
        if (runs("space")) {
            System.out.println("== Whole space");
            wholeSpace();
        }

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Amends benchmarks, %s; %d cores; %s; load average before: %s, after: %s; %.1f min%n%n",
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.version"), load, loadAverage(), (System.nanoTime() - started) / 6e10));
        out.append("| figure | value | baseline | baseline value | ratio |\n| --- | --- | --- | --- | --- |\n");
        for (String[] row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        notes.forEach(n -> out.append("\n").append(n));
        System.out.println();
        System.out.println(out);
        Path results = Path.of(System.getProperty("amends.results", "benchmarks/target/results.md"));
        if (results.getParent() != null && Files.isDirectory(results.getParent())) {
            Files.writeString(results, out, StandardCharsets.UTF_8);
            System.out.println("(written to " + results + ")");
        }
    }

    // ---------------------------------------------------------------- fresh JVMs

    private int repetitions() {
        return quick ? 3 : 7;
    }

    private void firstPlanApi() throws IOException, InterruptedException {
        Map<String, List<Double>> wall = new HashMap<>();
        Map<String, List<Double>> inside = new HashMap<>();
        for (int i = 0; i < repetitions(); i++) {
            for (Engines.Build build : Engines.Build.values()) {
                long start = System.nanoTime();
                Map<String, String> result = java("start", build.name());
                wall.computeIfAbsent(build.name(), b -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
                inside.computeIfAbsent(build.name(), b -> new ArrayList<>())
                        .add(Double.parseDouble(result.get("build")) + Double.parseDouble(result.get("firstPlan")));
            }
        }
        double pre = median(wall.get("PRECOMPILED"));
        double drl = median(wall.get("DRL"));
        row("API: fresh JVM to first plan, wall (median of " + repetitions() + ")", ms(pre), "DRL compiled at start", ms(drl), times(drl / pre));
        double preIn = median(inside.get("PRECOMPILED"));
        double drlIn = median(inside.get("DRL"));
        row("API: build advisor + first plan, inside the JVM", ms(preIn), "DRL compiled at start", ms(drlIn), times(drlIn / preIn));
    }

    private void retainedHeap() throws IOException, InterruptedException {
        Map<String, String> pre = java("heap", "PRECOMPILED");
        Map<String, String> drl = java("heap", "DRL");
        double preKb = Double.parseDouble(pre.get("retainedHeapKb"));
        double drlKb = Double.parseDouble(drl.get("retainedHeapKb"));
        row("advisor's retained heap (used heap after GC, with vs without it)", mb(preKb), "DRL compiled at start", mb(drlKb), times(drlKb / preKb));
        double fullKb = Double.parseDouble(pre.get("fullCacheHeapKb"));
        row("advisor's retained heap after 5,000 different incidents (plan cache full)", mb(fullKb), "DRL compiled at start (no cache)",
                mb(Double.parseDouble(drl.get("fullCacheHeapKb"))), times(Double.parseDouble(drl.get("fullCacheHeapKb")) / fullKb));
        double preMeta = Double.parseDouble(pre.get("metaspaceKb"));
        double drlMeta = Double.parseDouble(drl.get("metaspaceKb"));
        row("metaspace taken by building the advisor (classes, not heap)", mb(preMeta), "DRL compiled at start", mb(drlMeta), times(drlMeta / preMeta));
    }

    private void firstPlanCommandLine() throws IOException, InterruptedException {
        Path launcher = root.resolve("amends");
        Path incident = root.resolve("examples/incidents/wrong-implant-size-before-surgery.json");
        Path folder = root.resolve("rules/src/main/resources/dev/amends/playbook");
        if (!Files.isExecutable(launcher) || !Files.isRegularFile(incident)) {
            notes.add("Command line not measured: no ./amends or example incident under " + root);
            return;
        }
        List<String> precompiled = List.of(launcher.toString(), "recommend", incident.toString());
        List<String> drl = List.of(launcher.toString(), "recommend", incident.toString(), "--rules", folder.toString());
        System.out.println("(first ./amends call, untimed: builds the command line if its sources changed)");
        if (exec(precompiled) != 0 || exec(drl) != 0) {
            notes.add("Command line not measured: ./amends recommend failed");
            return;
        }
        List<Double> pre = new ArrayList<>();
        List<Double> compiled = new ArrayList<>();
        for (int i = 0; i < repetitions(); i++) {
            long start = System.nanoTime();
            exec(precompiled);
            pre.add((System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            exec(drl);
            compiled.add((System.nanoTime() - start) / 1e6);
        }
        double p = median(pre);
        double d = median(compiled);
        row("command line: `./amends recommend FILE`, wall (median of " + repetitions() + ")", ms(p),
                "same playbook as DRL: `--rules FOLDER`", ms(d), times(d / p));
    }

    /** Runs {@link FirstPlan} in a fresh JVM (default options) and answers the values of its RESULT line. */
    private static Map<String, String> java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                FirstPlan.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("FirstPlan " + String.join(" ", args) + " failed:\n" + output);
        }
        Map<String, String> values = new HashMap<>();
        output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().ifPresent(line -> {
            for (String pair : line.substring(7).split(" ")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv[1]);
            }
        });
        return values;
    }

    private int exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return process.waitFor();
    }

    // ---------------------------------------------------------------- JMH

    private Map<String, RunResult> jmh(Mode mode, int threads, boolean gc) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(PlanBenchmark.class.getName() + "\\.(advisor|advisorFirstSeen|newSession|pooledSession|statelessSession|plainJava"
                        + (threads == 1 ? "|partSessionOnly|partRulesOnly" : "") + ")$")
                .mode(mode)
                .timeUnit(mode == Mode.Throughput ? TimeUnit.SECONDS : TimeUnit.MICROSECONDS)
                .threads(threads)
                .forks(1)
                // Two threads on two cores leave the JIT compiler no core of its own: it needs about 6 s.
                .warmupIterations(quick ? 2 : 3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(quick ? 2 : 4).measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true);
        if (gc) {
            options.addProfiler(GCProfiler.class);
        }
        if (threads > 1) {
            options.param("build", "PRECOMPILED"); // the DRL-compiled rule base evaluates at the same speed (1 thread)
        }
        Map<String, RunResult> byName = new HashMap<>();
        for (RunResult result : new Runner(options.build()).run()) {
            String benchmark = result.getParams().getBenchmark();
            String build = result.getParams().getParam("build");
            byName.put(benchmark.substring(benchmark.lastIndexOf('.') + 1) + (build == null ? "" : "/" + build), result);
        }
        return byName;
    }

    private void warmRows(Map<String, RunResult> t1, Map<String, RunResult> s1, Map<String, RunResult> t2, Map<String, RunResult> s2) {
        double floor = score(t1, "plainJava");
        for (String key : keys()) {
            double plans = score(t1, key);
            if (!key.contains("/")) {
                row("warm plans/s, 1 thread: " + describe(key), rate(plans), "", "", "");
            } else if (key.endsWith("/PRECOMPILED")) {
                String stateless = "statelessSession/PRECOMPILED";
                if (!key.equals(stateless)) {
                    row("warm plans/s, 1 thread: " + describe(key), rate(plans), describe(stateless), rate(score(t1, stateless)),
                            times(plans / score(t1, stateless)));
                }
                row("warm plans/s, 1 thread: " + describe(key), rate(plans), describe("plainJava"), rate(floor), times(plans / floor));
            } else {
                String precompiled = key.replace("/DRL", "/PRECOMPILED");
                row("warm plans/s, 1 thread: " + describe(key), rate(plans), describe(precompiled), rate(score(t1, precompiled)),
                        times(plans / score(t1, precompiled)));
            }
        }
        for (String key : keys()) {
            double two = score(t2, key);
            double one = score(t1, key);
            if (!Double.isNaN(two)) {
                row("warm plans/s, 2 threads: " + describe(key), rate(two), "the same on 1 thread", rate(one), times(two / one));
            }
        }
        for (String key : keys()) {
            RunResult sample = s1.get(key);
            if (sample != null) {
                row("latency, 1 thread, " + describe(key) + ": p50 / p90 / p99 / p99.9", percentiles(sample), "", "", "");
            }
        }
        for (String key : keys()) {
            RunResult sample = s2.get(key);
            if (sample != null) {
                row("latency, 2 threads, " + describe(key) + ": p50 / p90 / p99 / p99.9", percentiles(sample), "", "", "");
            }
        }
        String firstSeen = "advisorFirstSeen/PRECOMPILED";
        for (String part : new String[]{"partSessionOnly", "partRulesOnly"}) {
            RunResult sample = s1.get(part);
            double plans = score(t1, part);
            row("a plan taken apart, 1 thread: " + describe(part), rate(plans), describe(firstSeen), rate(score(t1, firstSeen)),
                    times(plans / score(t1, firstSeen)));
            if (sample != null) {
                row("latency, 1 thread, " + describe(part) + ": p50 / p90 / p99 / p99.9", percentiles(sample), "", "", "");
            }
            row("allocation per plan (JMH -prof gc), " + describe(part), kb(allocation(t1, part)), describe(firstSeen),
                    kb(allocation(t1, firstSeen)), times(allocation(t1, firstSeen) / allocation(t1, part)));
        }
        String stateless = "statelessSession/PRECOMPILED";
        for (String key : keys()) {
            double bytes = allocation(t1, key);
            row("allocation per plan (JMH -prof gc), " + describe(key), kb(bytes), describe(stateless), kb(allocation(t1, stateless)),
                    times(allocation(t1, stateless) / bytes));
        }
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (String build : new String[]{"PRECOMPILED", "DRL"}) {
            for (String strategy : STRATEGIES) {
                keys.add(strategy + "/" + build);
            }
        }
        keys.add("plainJava");
        return keys;
    }

    private static String describe(String key) {
        if (key.equals("partSessionOnly")) {
            return "a session created and disposed, nothing inserted (precompiled)";
        }
        if (key.equals("partRulesOnly")) {
            return "new session per plan without assembling the plan (precompiled)";
        }
        if (!key.contains("/")) {
            return "plain Java floor";
        }
        String[] parts = key.split("/");
        return label(parts[0]) + ", " + parts[1].toLowerCase(Locale.ROOT);
    }

    private static String label(String strategy) {
        return switch (strategy) {
            case "advisor" -> "advisor as shipped, recurring facts";
            case "advisorFirstSeen" -> "advisor as shipped, facts never seen before";
            case "newSession" -> "new session per plan";
            case "pooledSession" -> "session pool";
            case "statelessSession" -> "stateless session";
            default -> strategy;
        };
    }

    private static double score(Map<String, RunResult> results, String key) {
        RunResult result = results.get(key);
        return result == null ? Double.NaN : result.getPrimaryResult().getScore();
    }

    private static double allocation(Map<String, RunResult> results, String key) {
        RunResult result = results.get(key);
        if (result == null) {
            return Double.NaN;
        }
        @SuppressWarnings("rawtypes")
        Result bytes = result.getSecondaryResults().get("gc.alloc.rate.norm");
        return bytes == null ? Double.NaN : bytes.getScore();
    }

    private static String percentiles(RunResult sample) {
        var statistics = sample.getPrimaryResult().getStatistics();
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f µs", statistics.getPercentile(50), statistics.getPercentile(90),
                statistics.getPercentile(99), statistics.getPercentile(99.9));
    }

    // ---------------------------------------------------------------- whole space

    private void wholeSpace() {
        Map<String, Double> seconds = new HashMap<>();
        Map<Engines.Build, RecoveryAdvisor> advisors = new HashMap<>();
        for (Engines.Build build : Engines.Build.values()) {
            RecoveryAdvisor advisor = Engines.advisor(build);
            advisors.put(build, advisor);
            WholeSpaceCheck.of(advisor).run();
            CheckReport report = WholeSpaceCheck.of(advisor).run();
            seconds.put(build.name(), report.elapsed().toMillis() / 1000.0);
            System.out.printf("whole space, %s: %d combinations in %.2f s (second run)%n", build, report.combinations(),
                    report.elapsed().toMillis() / 1000.0);
        }
        double floor = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            int actions = IntStream.range(0, InputSpace.size()).parallel()
                    .map(i -> PlainJavaPlaybook.actions(InputSpace.at(i)).size()).sum();
            floor = Math.min(floor, (System.nanoTime() - start) / 1e9);
            if (actions == 0) {
                throw new AssertionError();
            }
        }
        double pre = seconds.get("PRECOMPILED");
        int threads = Runtime.getRuntime().availableProcessors();
        row(String.format(Locale.ROOT, "whole-space check, %,d combinations, %d threads, precompiled", InputSpace.size(), threads),
                sec(pre), "DRL compiled at start", sec(seconds.get("DRL")), times(seconds.get("DRL") / pre));
        row("whole-space check, precompiled", sec(pre), "plain Java floor over the same space", sec(floor), times(floor / pre));
        DiffReport diff = PlaybookDiff.compare(advisors.get(Engines.Build.PRECOMPILED), advisors.get(Engines.Build.DRL));
        double diffSeconds = diff.elapsed().toMillis() / 1000.0;
        System.out.printf("playbook diff, precompiled vs DRL: %d combinations, %d changed, in %.2f s%n",
                diff.combinations(), diff.changed(), diffSeconds);
        row(String.format(Locale.ROOT, "playbook diff over the whole space, precompiled vs the same DRL compiled (%,d plans differ)",
                diff.changed()), sec(diffSeconds), "the two whole-space checks", sec(pre + seconds.get("DRL")),
                times((pre + seconds.get("DRL")) / diffSeconds));
    }

    // ---------------------------------------------------------------- helpers

    private void row(String figure, String value, String baseline, String baselineValue, String ratio) {
        rows.add(new String[]{figure, value, baseline, baselineValue, ratio});
        System.out.printf("%s: %s%s%n", figure, value, baseline.isEmpty() ? "" : "  (" + baseline + ": " + baselineValue + ", " + ratio + ")");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%.0f ms", ms);
    }

    private static String sec(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String mb(double kb) {
        return String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond > 1e6 ? "%,.0f/s (%.3f µs each)" : "%,.0f/s (%.1f µs each)", perSecond, 1e6 / perSecond);
    }

    private static String times(double ratio) {
        return ratio < 0.1 ? String.format(Locale.ROOT, "1/%,.0f", 1 / ratio) : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The repository this jar was built in: benchmarks/target/benchmarks.jar, three folders up. */
    private static Path repositoryRoot() throws URISyntaxException {
        Path jar = Path.of(Suite.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        Path root = jar.getParent() == null || jar.getParent().getParent() == null ? null : jar.getParent().getParent().getParent();
        return root == null ? Path.of(".").toAbsolutePath() : root;
    }
}
