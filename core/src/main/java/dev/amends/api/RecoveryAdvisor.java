package dev.amends.api;

import dev.amends.compile.Problem;
import dev.amends.calendar.BusinessCalendar;
import dev.amends.calendar.DueDates;
import dev.amends.evaluate.Evaluator;
import dev.amends.reload.FolderWatcher;
import dev.amends.compile.PlaybookCompiler;
import dev.amends.compile.PlaybookSnapshot;
import dev.amends.compile.PlaybookSources;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.compile.PrecompiledPlaybook;
import dev.amends.compile.RuleFile;
import dev.amends.compile.RuleSource;
import dev.amends.vocabulary.VocabularyFile;
import dev.amends.model.*;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The entry point: turns an incident into a recovery plan. Build one once, with the rules compiled
 * up front, and share it: {@link #recommend(Incident)} is safe to call from any number of threads,
 * and the same incident always gets the same plan.
 *
 * <pre>{@code
 * RecoveryAdvisor advisor = RecoveryAdvisor.withDefaultPlaybook();
 * RecoveryPlan plan = advisor.recommend(incident);
 * }</pre>
 *
 * An advisor over a rules folder can {@link #reload()} it, or watch it ({@link Builder#watchFolders()}),
 * and swaps in a changed playbook only whole and clean; {@link #close()} stops the watching. Every
 * plan names the {@link PlaybookVersion} that made it. A plan's rules run for at most the
 * evaluation time limit ({@link Builder#evaluationTimeLimit}). For an incident that says when it
 * was reported, every step has a due date on the advisor's business calendar ({@link Builder#calendar}).
 */
public final class RecoveryAdvisor implements AutoCloseable {

    /** How long rule folders must be quiet before a reload reads them, unless {@link Builder#settleTime} says otherwise. */
    public static final Duration DEFAULT_SETTLE_TIME = Duration.ofMillis(1500);

    /** How long one plan's rules may run, unless {@link Builder#evaluationTimeLimit} says otherwise. */
    public static final Duration DEFAULT_EVALUATION_TIME_LIMIT = Duration.ofSeconds(2);

    /** How far after now a report time may be, for clocks that disagree a little. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryAdvisor.class);

    /** One compiled playbook; requests take the current one when they start and keep it to the end. */
    private record Loaded(PlaybookVersion version, Evaluator evaluator, Map<String, PlaybookRule> rules,
                          PlaybookVocabulary vocabulary, java.util.function.Supplier<List<RuleFile>> files) {

        /**
         * The playbook of a snapshot, compiled and checked.
         *
         * @throws PlaybookCompilationException if it has problems or holds no rule
         */
        static Loaded of(int number, PlaybookSources sources, PlaybookSnapshot snapshot, Limits limits) {
            PlaybookCompiler.Compiled compiled = compiled(sources, snapshot);
            if (compiled.rules().isEmpty()) {
                String where = sources.folders().isEmpty() ? "(playbook)"
                        : sources.folders().stream().map(Path::toString).collect(Collectors.joining(", "));
                throw new PlaybookCompilationException(List.of(new Problem(where, 0, 0, Optional.empty(),
                        "the rule files hold no rule (emptied, or cut short while being written?); "
                                + "a playbook without rules would give empty plans, so it is not served")));
            }
            List<RuleFile> files = snapshot.read().files();
            return of(number, compiled, snapshot.digest(), () -> files, limits);
        }

        /**
         * The default playbook as the build precompiled it, found unchanged on the classpath; its rule
         * files are read only if a tool asks for them (a whole-space check reading the rules).
         */
        static Loaded of(int number, PrecompiledPlaybook.Found precompiled, Limits limits) {
            return of(number, precompiled.compiled(), precompiled.digest(),
                    new LazyFiles(() -> new RuleSource.DefaultPlaybook().read(new java.util.ArrayList<>())), limits);
        }

        private static Loaded of(int number, PlaybookCompiler.Compiled compiled, String digest,
                                 java.util.function.Supplier<List<RuleFile>> files, Limits limits) {
            PlaybookVersion version = new Version(number, digest);
            return new Loaded(version, new Evaluator(compiled, version, limits.firings(), limits.evaluationTime()),
                    compiled.rules(), compiled.vocabulary(), files);
        }
    }

    /** How many firings and how much time one plan's rules may take. */
    private record Limits(int firings, Duration evaluationTime) {
    }

    /** Rule files read once, when first asked for. */
    private static final class LazyFiles implements java.util.function.Supplier<List<RuleFile>> {
        private final java.util.function.Supplier<List<RuleFile>> read;
        private volatile List<RuleFile> files;

        LazyFiles(java.util.function.Supplier<List<RuleFile>> read) {
            this.read = read;
        }

        @Override
        public List<RuleFile> get() {
            List<RuleFile> read = files;
            if (read == null) {
                synchronized (this) {
                    if (files == null) {
                        files = List.copyOf(this.read.get());
                    }
                    read = files;
                }
            }
            return read;
        }
    }

    /**
     * Compiles a snapshot; a failure of the compiler itself (a stack overflow, a class the compiler
     * generated that cannot be loaded, an exception from inside Drools) is a problem of the playbook,
     * named after its vocabulary files when it has some, else after its folders.
     */
    private static PlaybookCompiler.Compiled compiled(PlaybookSources sources, PlaybookSnapshot snapshot) {
        try {
            return sources.compile(snapshot.read());
        } catch (PlaybookException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError | OutOfMemoryError e) {
            List<RuleFile> vocabularies = snapshot.read().vocabularies();
            String where = !vocabularies.isEmpty() ? vocabularies.stream().map(RuleFile::name).collect(Collectors.joining(", "))
                    : sources.folders().isEmpty() ? "(playbook)"
                    : sources.folders().stream().map(Path::toString).collect(Collectors.joining(", "));
            LOG.debug("Compiling the playbook failed", e);
            throw new PlaybookCompilationException(List.of(new Problem(where, 0, 0, Optional.empty(),
                    "could not be compiled: the rule compiler failed with " + describe(e) + " (a declaration too large or "
                            + "nested too deeply?); the playbook is not loaded")));
        }
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        java.util.Set<Throwable> seen = new java.util.HashSet<>();
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        String name = root.getClass().getSimpleName().isEmpty() ? root.getClass().getName() : root.getClass().getSimpleName();
        return root.getMessage() == null || root.getMessage().isBlank() ? name : name + ": " + root.getMessage();
    }

    private final PlaybookSources sources;
    private final AtomicReference<Loaded> playbook;
    private final Limits limits;
    private final Duration settleTime;
    private final PlaybookListener listener;
    private final Object reloading = new Object();
    private final FolderWatcher watcher;
    private final DueDates dueDates;
    private final Clock clock;

    private RecoveryAdvisor(PlaybookSources sources, Loaded first, Limits limits, Duration settleTime,
                            PlaybookListener listener, boolean watch, Builder options) {
        this.dueDates = DueDates.on(options.calendar);
        this.clock = options.clock;
        this.sources = sources;
        this.playbook = new AtomicReference<>(first);
        this.limits = limits;
        this.settleTime = settleTime;
        this.listener = listener;
        this.watcher = watch ? FolderWatcher.start(sources.folders(), settleTime, this::reloadQuietly, this::folderChanged) : null;
    }

    /**
     * An advisor running the default playbook, which must be on the classpath (artifact {@code amends-rules}).
     *
     * @throws PlaybookCompilationException if the playbook is missing or does not compile
     */
    public static RecoveryAdvisor withDefaultPlaybook() {
        return builder().defaultPlaybook().build();
    }

    /** A builder to choose the rules and limits of an advisor. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The recovery plan for an incident.
     *
     * @throws RuleEvaluationException naming the rule, if a rule's condition or consequence throws (an error
     *                                 such as a stack overflow too), a rule misuses the plan, halts the engine
     *                                 or deletes the incident, the rules keep firing past the firing limit, or
     *                                 they are still running at the evaluation time limit
     * @throws dev.amends.model.InvalidIncidentException naming the declared fact ({@code facts.accountTier})
     *                                 that the playbook does not declare, whose value does not fit, or that it requires;
     *                                 or {@code reportedAt}, if it is later than now by the advisor's clock
     */
    public RecoveryPlan recommend(Incident incident) {
        return playbook.get().evaluator().recommend(checkTimes(Objects.requireNonNull(incident, "incident")), dueDates, clock.instant());
    }

    /**
     * A report or event time later than now (beyond {@link #CLOCK_TOLERANCE}) is a mistake: a wrong
     * offset, date or year.
     */
    private Incident checkTimes(Incident incident) {
        Instant now = clock.instant();
        incident.reportedAt().ifPresent(at -> notLater("reportedAt", at, now));
        for (int i = 0; i < incident.events().size(); i++) {
            notLater("events[" + i + "].at", incident.events().get(i).at(), now);
        }
        return incident;
    }

    private static void notLater(String field, java.time.OffsetDateTime at, Instant now) {
        if (at.toInstant().isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidIncidentException(field, at.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    + " is later than now (" + now + "); check its date and its offset from UTC");
        }
    }

    /** The business calendar due dates are counted on. */
    public BusinessCalendar calendar() {
        return dueDates.calendar();
    }

    /** The clock that says what time it is now, for checking report times. */
    public Clock clock() {
        return clock;
    }

    /**
     * Whether {@link #recommend} would now answer this incident from the plan cache of the playbook
     * serving requests, without evaluating its rules; for metrics such as a cache hit rate.
     */
    public boolean hasCachedPlan(Incident incident) {
        return playbook.get().evaluator().hasCachedPlan(Objects.requireNonNull(incident, "incident"));
    }

    /**
     * The plan for an incident with how it was made: which rules fired and what they matched, and
     * which recommended steps other rules dropped, and why. Slower than {@link #recommend}; meant for
     * people reviewing a playbook and for test tools.
     *
     * @throws RuleEvaluationException as {@link #recommend} does
     * @throws dev.amends.model.InvalidIncidentException as {@link #recommend} does
     */
    public Explanation explain(Incident incident) {
        return playbook.get().evaluator().explain(checkTimes(Objects.requireNonNull(incident, "incident")), dueDates, clock.instant());
    }

    /** The names the playbook now serving requests may use: the built-in vocabulary and what its folders declare. */
    public PlaybookVocabulary vocabulary() {
        return playbook.get().vocabulary();
    }

    /** Every rule of the playbook now serving requests, in name order. */
    public List<PlaybookRule> rules() {
        return playbook.get().rules().values().stream().sorted(Comparator.comparing(PlaybookRule::name)).toList();
    }

    /**
     * The rule files of the playbook now serving requests, as read: each file's name and DRL text, in
     * the playbook's order; its vocabulary files are left out. For tools that show or analyse the
     * rules; the default playbook's files are read on the first call.
     */
    public Map<String, String> ruleFiles() {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (RuleFile file : playbook.get().files().get()) {
            if (!VocabularyFile.isVocabulary(file.name())) {
                files.put(file.name(), file.text());
            }
        }
        return java.util.Collections.unmodifiableMap(files);
    }

    /** The number of the playbook version now serving requests: 1 when built, one more with each applied reload. */
    public int version() {
        return playbook.get().version().number();
    }

    /** The playbook version now serving requests: its number and the digest of its rule files. */
    public PlaybookVersion playbook() {
        return playbook.get().version();
    }

    /**
     * Reads the rule sources again as one version and compiles and checks it off the request path.
     * The folders are read once they have been quiet for the settle time ({@link Builder#settleTime}):
     * this looks at them, waits that long and reads them only if nothing changed meanwhile, so it
     * takes at least the settle time; their files are read again to make sure none changed while
     * they were read; a folder that keeps changing is rejected after {@value PlaybookSnapshot#ATTEMPTS}
     * tries. Only a clean playbook that holds at least one rule replaces the one serving requests,
     * whole and in one atomic step: requests already running finish on the playbook they began with.
     * A playbook with problems is rejected, logged and reported to the listener, and the advisor
     * keeps serving the one it had; rules identical to those serving change nothing.
     */
    public ReloadResult reload() {
        synchronized (reloading) {
            Loaded serving = playbook.get();
            Optional<PlaybookSnapshot> snapshot;
            try {
                snapshot = PlaybookSnapshot.take(sources, settleTime);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Reload.rejected(serving.version(),
                        List.of(folderProblem("the reload was interrupted (the advisor was closed?) before the rules were read")));
            }
            if (snapshot.isEmpty()) {
                return rejected(serving, List.of(folderProblem("kept changing while it was read (" + PlaybookSnapshot.ATTEMPTS
                        + " tries); it is read again after the next change, once it has been quiet for " + settleTime.toMillis() + " ms")));
            }
            if (snapshot.get().digest().equals(serving.version().digest())) {
                return Reload.unchanged(serving.version());
            }
            Loaded next;
            try {
                next = Loaded.of(serving.version().number() + 1, sources, snapshot.get(), limits);
            } catch (PlaybookCompilationException e) {
                return rejected(serving, e.problems());
            }
            playbook.set(next);
            ReloadResult applied = Reload.applied(next.version());
            LOG.info("Playbook {} now serves requests ({} rules)", next.version(), next.rules().size());
            listener.reloaded(applied);
            return applied;
        }
    }

    private ReloadResult rejected(Loaded serving, List<PlaybookProblem> problems) {
        ReloadResult rejected = Reload.rejected(serving.version(), problems);
        LOG.warn("The changed playbook was rejected; still serving {}.\n{}", serving.version(),
                problems.stream().map(PlaybookProblem::toString).collect(Collectors.joining("\n")));
        listener.rejected(rejected);
        return rejected;
    }

    private PlaybookProblem folderProblem(String message) {
        String where = sources.folders().stream().map(Path::toString).collect(Collectors.joining(", "));
        return new Problem(where.isEmpty() ? "(playbook)" : where, 0, 0, Optional.empty(), message);
    }

    /** Stops watching the rule folders, if the advisor watches them; it keeps serving its playbook. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void folderChanged(Path folder, FolderChange.Kind kind) {
        FolderChange change = new FolderEvent(folder, kind, playbook());
        if (kind == FolderChange.Kind.GONE) {
            LOG.warn("The {}", change);
        } else {
            LOG.info("The {}", change);
        }
        listener.folderChanged(change);
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException | Error e) {
            LOG.error("Reloading the playbook failed; still serving version {}", version(), e);
        }
    }

    /**
     * Chooses the rules and limits of an advisor; {@link #build()} compiles and checks them. Each
     * option is set once: a second call, like a null or out-of-range value, fails at once.
     */
    public static final class Builder {
        private final List<RuleSource> sources = new ArrayList<>();
        private int firingLimit = 10_000;
        private PlaybookListener listener = new PlaybookListener() { };
        private Duration settleTime = DEFAULT_SETTLE_TIME;
        private Duration evaluationTimeLimit = DEFAULT_EVALUATION_TIME_LIMIT;
        private boolean watch;
        private final Map<String, String> given = new HashMap<>();
        private BusinessCalendar calendar = BusinessCalendar.standard();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Records that an option was given, refusing it a second time: a second value would silently win. */
        private void once(String option, String value) {
            String earlier = given.putIfAbsent(option, value);
            if (earlier != null) {
                throw new IllegalStateException(option + " was already set" + (earlier.isEmpty() ? "" : " (to " + earlier + ")")
                        + "; set each option once");
            }
        }

        /**
         * The business calendar (working days and hours, holidays) on which steps get their due
         * dates, for incidents that say when they were reported. Defaults to
         * {@link BusinessCalendar#standard()}: Monday to Friday, 09:00 to 17:00, no holidays.
         */
        public Builder calendar(BusinessCalendar calendar) {
            Objects.requireNonNull(calendar, "calendar");
            once("calendar", calendar.toString());
            this.calendar = calendar;
            return this;
        }

        /**
         * The clock that says what time it is now: an incident reported later than now (by more
         * than a few minutes) is refused. Defaults to the system clock; a fixed clock makes tests
         * and reproducible runs.
         */
        public Builder clock(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            once("clock", clock.toString());
            this.clock = clock;
            return this;
        }

        /**
         * Adds the default playbook's rule files. A rule added any other way replaces the default rule of the same name.
         *
         * @throws IllegalStateException if the default playbook was already added
         */
        public Builder defaultPlaybook() {
            if (sources.stream().anyMatch(RuleSource::isDefault)) {
                throw new IllegalStateException("defaultPlaybook() was already called; the default playbook can be added once");
            }
            sources.add(new RuleSource.DefaultPlaybook());
            return this;
        }

        /**
         * Adds every {@code .drl} file in a folder, in name order, and the vocabulary its
         * {@code vocabulary.yaml} declares, if it has one; the folder is read again on each reload.
         */
        public Builder rulesFrom(Path folder) {
            Objects.requireNonNull(folder, "folder");
            Path same = folder.toAbsolutePath().normalize();
            if (sources.stream().flatMap(source -> source.folder().stream()).anyMatch(f -> f.toAbsolutePath().normalize().equals(same))) {
                throw new IllegalStateException("rulesFrom(" + folder + ") was already called; add each folder once");
            }
            sources.add(new RuleSource.Folder(folder));
            return this;
        }

        /** Adds one rule file given as text; {@code name} is what errors report as its file. */
        public Builder rules(String name, String drl) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(drl, "drl");
            if (name.isBlank()) {
                throw new IllegalArgumentException("rules(name, drl) needs a name for the file: problems report it as the file");
            }
            if (VocabularyFile.isVocabulary(name)) {
                throw new IllegalArgumentException("rules(name, drl) takes DRL, and " + name + " names a vocabulary file; "
                        + "give a vocabulary with vocabulary(yaml)");
            }
            if (sources.stream().anyMatch(source -> source instanceof RuleSource.Text text && text.file().name().equals(name))) {
                throw new IllegalStateException("a rule file named " + name + " was already added; give each its own name, "
                        + "so that problems point at the right one");
            }
            sources.add(new RuleSource.Text(new RuleFile(name, drl)));
            return this;
        }

        /**
         * Adds a vocabulary given as text, in the form of a folder's {@code vocabulary.yaml}: the
         * facts, actions, owners and things to avoid the rules may use beside the built-in ones.
         */
        public Builder vocabulary(String yaml) {
            Objects.requireNonNull(yaml, "yaml");
            sources.add(new RuleSource.Text(new RuleFile(VocabularyFile.NAME, Objects.requireNonNull(yaml, "yaml"))));
            return this;
        }

        /**
         * The most rule firings one plan may take before the advisor stops it as a runaway rule.
         * Defaults to 10,000. It counts firings, so it cannot stop a consequence that never returns;
         * the {@link #evaluationTimeLimit evaluation time limit} does.
         */
        public Builder firingLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("firingLimit must be at least 1, was " + limit);
            }
            once("firingLimit", String.valueOf(limit));
            this.firingLimit = limit;
            return this;
        }

        /**
         * Watches the folders given to {@link #rulesFrom} and reloads once a change to their rule
         * files has settled (see {@link #settleTime} and {@link RecoveryAdvisor#reload()}). A folder
         * deleted, recreated, renamed over or relinked is watched at its path again, and the
         * listener hears of it ({@link PlaybookListener#folderChanged}). {@link RecoveryAdvisor#close()}
         * stops the watching.
         */
        public Builder watchFolders() {
            if (watch) {
                throw new IllegalStateException("watchFolders() was already called");
            }
            this.watch = true;
            return this;
        }

        /**
         * How long the rule folders must have been quiet (no file created, changed, renamed or
         * deleted) before a reload reads them, so that several files saved one after another form
         * one version. Defaults to {@link RecoveryAdvisor#DEFAULT_SETTLE_TIME}, 1.5 seconds: files saved by hand a
         * second apart land together. Between 0 and 10 minutes.
         */
        public Builder settleTime(Duration quiet) {
            Objects.requireNonNull(quiet, "settleTime");
            if (quiet.isNegative() || quiet.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("settleTime must be between 0 and 10 minutes, was " + quiet.toMillis() + " ms");
            }
            once("settleTime", quiet.toMillis() + " ms");
            this.settleTime = quiet;
            return this;
        }

        /**
         * How long one plan's rules may run before the request fails with a {@link RuleEvaluationException}
         * naming the rule that was running. Defaults to {@link RecoveryAdvisor#DEFAULT_EVALUATION_TIME_LIMIT},
         * 2 seconds; between 1 ms and 1 hour. Unlike the firing limit, it also stops waiting for a
         * consequence that never returns; the advisor stays usable, and the thread of such a
         * consequence is left to end on its own (Java cannot stop it safely).
         */
        public Builder evaluationTimeLimit(Duration limit) {
            Objects.requireNonNull(limit, "evaluationTimeLimit");
            if (limit.compareTo(Duration.ofMillis(1)) < 0 || limit.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("evaluationTimeLimit must be between 1 ms and 1 hour, was " + limit);
            }
            once("evaluationTimeLimit", limit.toMillis() + " ms");
            this.evaluationTimeLimit = limit;
            return this;
        }

        /** Hears the outcome of every reload. */
        public Builder listener(PlaybookListener listener) {
            Objects.requireNonNull(listener, "listener");
            once("listener", "");
            this.listener = listener;
            return this;
        }

        /**
         * Compiles and checks the rules.
         *
         * @throws PlaybookCompilationException listing every problem found, with file and line
         * @throws IllegalStateException        if asked to watch folders but given none
         */
        public RecoveryAdvisor build() {
            PlaybookSources playbookSources = new PlaybookSources(sources);
            Limits limits = new Limits(firingLimit, evaluationTimeLimit);
            if (watch && playbookSources.folders().isEmpty()) {
                throw new IllegalStateException("watchFolders() needs at least one folder from rulesFrom(folder)");
            }
            if (sources.size() == 1 && sources.get(0).isDefault()) {
                // The default playbook alone: its precompiled model, described at build time, reads no DRL.
                Optional<PrecompiledPlaybook.Found> precompiled = PrecompiledPlaybook.load();
                if (precompiled.isPresent()) {
                    return new RecoveryAdvisor(playbookSources, Loaded.of(1, precompiled.get(), limits), limits, settleTime,
                            listener, watch, this);
                }
            }
            PlaybookSnapshot first;
            try {
                first = PlaybookSnapshot.take(playbookSources, Duration.ZERO).orElseThrow(() -> new PlaybookCompilationException(
                        List.of(new Problem(String.join(", ", playbookSources.folders().stream().map(Path::toString).toList()),
                                0, 0, Optional.empty(), "kept changing while it was read; build the advisor once the edits are done"))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the rules", e);
            }
            return new RecoveryAdvisor(playbookSources, Loaded.of(1, playbookSources, first, limits), limits, settleTime,
                    listener, watch, this);
        }
    }
}
