package dev.amends.compile;

import dev.amends.api.PlaybookRule;
import dev.amends.api.RecoveryAdvisor;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * The default playbook as the build precompiled it: Drools' executable model, generated from the
 * DRL by {@code amends-playbook-codegen} while building {@code amends-rules}. Loading it compiles
 * no DRL, which makes an advisor start several times faster and keep a smaller rule base.
 *
 * <p>{@code playbook.models}, beside the index, names the model classes, the CRC-32 of the index
 * and of each rule file they were made from, the playbook's digest, and each rule's name, location
 * and conditions as an advisor compiling the DRL describes them. The model is used only when the
 * index and rule files on the classpath still have those CRC-32s, so that rule locations,
 * {@code rules()} and {@code explain()} always describe the rules that run. From a jar, the CRC-32
 * is the one the jar records for the entry, so starting an advisor on the default playbook neither
 * reads nor parses its DRL.
 */
public final class PrecompiledPlaybook {

    /** Where the build writes the description of the model, on the classpath. */
    static final String MODELS = RuleSource.DEFAULT_PLAYBOOK_INDEX.substring(
            0, RuleSource.DEFAULT_PLAYBOOK_INDEX.lastIndexOf('/') + 1) + "playbook.models";

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryAdvisor.class);

    /** The precompiled rule base and the digest of the files it was made from. */
    public record Found(PlaybookCompiler.Compiled compiled, String digest) {
    }

    /** What {@code playbook.models} says: the files with their CRC-32, the digest, the model classes and the rules. */
    record Description(Map<String, String> crcs, String digest, List<String> models, List<String> ruleLines) {

        /**
         * Reads the resource's text; a line it does not know is skipped. The rule lines are only
         * picked out here, and read into rules by {@link #rules()}, off the way to the rule base.
         */
        static Description parse(String text) {
            Map<String, String> crcs = new LinkedHashMap<>();
            String digest = "";
            List<String> models = new ArrayList<>();
            List<String> ruleLines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("digest ")) {
                    digest = line.substring("digest ".length()).strip();
                } else if (line.startsWith("file ")) {
                    String[] file = line.substring("file ".length()).strip().split(" ");
                    if (file.length == 2) {
                        crcs.put(file[0], file[1]);
                    }
                } else if (line.startsWith("model ")) {
                    models.add(line.substring("model ".length()).strip());
                } else if (line.startsWith("rule ") && hasThreeFields(line)) {
                    ruleLines.add(line.substring("rule ".length()));
                }
            }
            return new Description(crcs, digest, models, ruleLines);
        }

        private static boolean hasThreeFields(String line) {
            int first = line.indexOf('\t');
            int second = first < 0 ? -1 : line.indexOf('\t', first + 1);
            return second >= 0 && line.indexOf('\t', second + 1) < 0;
        }

        /** Each rule's name, location and conditions, as the build described them. */
        List<PlaybookRule> rules() {
            List<PlaybookRule> rules = new ArrayList<>(ruleLines.size());
            for (String line : ruleLines) {
                String[] fields = line.split("\t", -1);
                rules.add(new Rule(unescaped(fields[0]), unescaped(fields[1]), unescaped(fields[2])));
            }
            return rules;
        }

        /** Whether it records the index, at least one rule file, the digest, a model class and a rule. */
        boolean isComplete() {
            return crcs.containsKey(RuleSource.DEFAULT_PLAYBOOK_INDEX) && crcs.size() > 1
                    && !digest.isEmpty() && !models.isEmpty() && !ruleLines.isEmpty();
        }

        /** The rule files, in index order. */
        List<String> ruleFiles() {
            return crcs.keySet().stream().filter(path -> !path.equals(RuleSource.DEFAULT_PLAYBOOK_INDEX)).toList();
        }
    }

    private PrecompiledPlaybook() {
    }

    /**
     * The precompiled default playbook, if the classpath holds one made from the index and rule
     * files on it; otherwise empty, and the caller reads and compiles the DRL. Reads no DRL from a jar.
     */
    public static Optional<Found> load() {
        return load(RecoveryAdvisor.class.getClassLoader());
    }

    /** {@link #load()} with the resources and model classes of a given class loader. */
    public static Optional<Found> load(ClassLoader loader) {
        Optional<Description> description = description(loader);
        if (description.isEmpty()) {
            return Optional.empty();
        }
        // Start-up: the files are checked on a thread of their own while the model makes the rule base
        // (finding each file on the classpath is a walk over the JDK's image and the jars before it);
        // a rule base made by a model the files on the classpath no longer match is thrown away.
        // The rules' descriptions are read there too.
        CompletableFuture<Optional<List<PlaybookRule>>> checked = CompletableFuture.supplyAsync(
                () -> madeFromTheClasspath(loader, description.get()) ? Optional.of(description.get().rules()) : Optional.empty(),
                work -> onItsOwnThread("amends-playbook-check", work));
        Loading loading = loading(loader, description.get(), () -> checked.join().orElseGet(List::of));
        if (checked.join().isEmpty()) {
            return Optional.empty();
        }
        return loading.found();
    }

    /** Whether the index and rule files on the classpath have the CRC-32s recorded; says which one differs if not. */
    private static boolean madeFromTheClasspath(ClassLoader loader, Description description) {
        for (Map.Entry<String, String> file : description.crcs().entrySet()) {
            Optional<String> found = crcOnClasspath(loader, file.getKey());
            if (!found.equals(Optional.of(file.getValue()))) {
                LOG.info("The precompiled playbook ({}) was not made from the {} on the classpath (CRC-32 {}, recorded {}); "
                        + "compiling the DRL instead", MODELS, file.getKey(), found.orElse("none"), file.getValue());
                return false;
            }
        }
        return true;
    }

    /**
     * The precompiled rule base of the default playbook whose files are given, if the classpath
     * holds one made from exactly these files; otherwise empty, and the caller compiles the DRL.
     */
    public static Optional<PlaybookCompiler.Compiled> load(List<RuleFile> files) {
        ClassLoader loader = RecoveryAdvisor.class.getClassLoader();
        Optional<Description> description = description(loader);
        if (description.isEmpty()) {
            return Optional.empty();
        }
        List<String> given = files.stream().map(RuleFile::name).toList();
        boolean same = given.equals(description.get().ruleFiles()) && files.stream().allMatch(file ->
                crc(file.text().getBytes(StandardCharsets.UTF_8)).equals(description.get().crcs().get(file.name())));
        if (!same) {
            LOG.warn("The precompiled playbook ({}) was not made from the default playbook's DRL on the classpath; "
                    + "compiling the DRL instead", MODELS);
            return Optional.empty();
        }
        return loading(loader, description.get(), description.get()::rules).found().map(Found::compiled);
    }

    private static Optional<Description> description(ClassLoader loader) {
        Optional<String> text = text(loader, MODELS);
        if (text.isEmpty()) {
            LOG.debug("No precompiled playbook ({} is not on the classpath); compiling the default playbook's DRL", MODELS);
            return Optional.empty();
        }
        Description description = Description.parse(text.get());
        if (!description.isComplete()) {
            LOG.warn("The precompiled playbook's description ({}) is incomplete (made by an older build?); "
                    + "compiling the DRL instead", MODELS);
            return Optional.empty();
        }
        return Optional.of(description);
    }

    /** The rule base the model made, or what went wrong, to be logged once the files are known to match. */
    private record Loading(Optional<Found> made, Throwable failure) {

        Optional<Found> found() {
            if (failure != null) {
                LOG.warn("The precompiled playbook ({}) could not be loaded; compiling the DRL instead", MODELS, failure);
            }
            return made;
        }
    }

    private static Loading loading(ClassLoader loader, Description description, Supplier<List<PlaybookRule>> described) {
        try {
            // Start-up: the rule base's configuration (Drools' services found on the classpath) is made
            // on a thread of its own while the model makes its rules.
            CompletableFuture<KieBaseConfiguration> configuration = CompletableFuture.supplyAsync(
                    RuleBaseFactory::newKnowledgeBaseConfiguration, work -> onItsOwnThread("amends-rule-base-configuration", work));
            ModelClasses.loadAhead(loader, description.models());
            List<Model> models = new ArrayList<>(description.models().size());
            for (String name : description.models()) {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, configuration.join());   // what it threw, in a CompletionException
            Map<String, org.kie.api.definition.rule.Rule> built = new HashMap<>();
            kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> built.putIfAbsent(r.getName(), r)));
            Map<String, PlaybookRule> rules = new HashMap<>();
            Map<String, String> locations = new HashMap<>();
            for (PlaybookRule rule : described.get()) {
                // The build describes where each rule is and what it tests; its guidance is the model's own metadata.
                org.kie.api.definition.rule.Rule metadata = built.get(rule.name());
                rules.putIfAbsent(rule.name(), new Rule(rule.name(), rule.location(), rule.conditions(),
                        Rule.metadata(metadata, PlaybookRule.GUIDANCE), Rule.metadata(metadata, PlaybookRule.SOURCE)));
                locations.putIfAbsent(rule.name(), rule.location());
            }
            // The default playbook reads no names (rules' PrecompiledPlaybookTest checks it): plans may be cached.
            return new Loading(Optional.of(new Found(new PlaybookCompiler.Compiled(kieBase, Map.copyOf(locations), Map.copyOf(rules)),
                    description.digest())), null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return new Loading(Optional.empty(), e);
        }
    }

    /** Runs the work on a daemon thread of its own, of the given name. */
    static void onItsOwnThread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The CRC-32 of a resource: from a jar, the one the jar records for the entry, which reads
     * nothing of the file; otherwise computed from its bytes. Empty if it is not on the classpath.
     */
    static Optional<String> crcOnClasspath(ClassLoader loader, String path) {
        URL url = loader.getResource(path);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                JarEntry entry = jar.getJarEntry();
                if (entry != null && entry.getCrc() != -1) {
                    return Optional.of(Long.toHexString(entry.getCrc()));
                }
            }
            try (InputStream in = connection.getInputStream()) {
                return Optional.of(crc(in.readAllBytes()));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The CRC-32 of bytes in lowercase hex, as the generator records it. */
    static String crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Long.toHexString(crc.getValue());
    }

    /** A field of a {@code rule} line, its escapes ({@code \\}, {@code \t}, {@code \n}, {@code \r}) undone. */
    static String unescaped(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Optional<String> text(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
