package dev.amends.vocabulary;

import dev.amends.compile.Problem;
import dev.amends.api.PlaybookProblem;
import dev.amends.compile.RuleFile;
import dev.amends.compile.RuleFiles;
import dev.amends.model.*;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code vocabulary.yaml} files of a playbook's folders: the facts, actions, owners and
 * things to avoid an organisation adds to the built-in vocabulary. YAML is read with SnakeYAML
 * Engine (YAML 1.2, so {@code no} is the word "no", not false); every problem names the file, line
 * and column, and what is allowed.
 */
public final class VocabularyFile {

    /** The name of the file, in a playbook folder, that declares its vocabulary. */
    public static final String NAME = "vocabulary.yaml";

    private static final List<String> SECTIONS = List.of("facts", "actions", "owners", "avoid");
    private static final List<String> FACT_KEYS = List.of("about", "values", "type", "bands", "default");
    private static final List<String> ACTION_KEYS = List.of("title", "phase", "owner", "in-house");
    private static final List<String> FACT_TYPES = List.of("yes/no", "whole number");
    private static final Pattern FACT_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** The most characters a vocabulary file may hold (as {@link RuleFiles#MAX_VOCABULARY_BYTES} bytes). */
    static final int MAX_CHARACTERS = RuleFiles.MAX_VOCABULARY_BYTES;
    /** The most values one fact may list (Drools generates an enum with them, which must stay small). */
    static final int MAX_VALUES = 100;
    /** The most characters of a declared name: of a fact, a value, an action, an owner, a thing to avoid. */
    static final int MAX_NAME = 64;
    /** The most characters of a title or an about text. */
    static final int MAX_TITLE = 200;
    /** The most declarations of one section (facts, actions, owners, avoid). */
    static final int MAX_DECLARATIONS = 200;
    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
            "null", "var", "record", "yield", "sealed", "permits");
    /** Type names rules already use, which a declared fact's type may not take. */
    private static final Set<String> TAKEN_TYPES = taken();

    private final RuleFile file;
    private final List<PlaybookProblem> problems;
    /** Whether the file could not be read at all, so that nothing it declares is known. */
    private boolean unread;

    private VocabularyFile(RuleFile file, List<PlaybookProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Whether a file of a folder is a vocabulary file, or one misnamed ({@code vocabulary.yml}, {@code Vocabulary.yaml}). */
    public static boolean isVocabulary(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return name.equals(NAME) || name.equals("vocabulary.yml");
    }

    /** Whether a vocabulary file is named other than exactly {@value #NAME}. */
    private static boolean isMisnamed(String fileName) {
        return !(fileName.equals(NAME) || fileName.endsWith("/" + NAME) || fileName.endsWith("\\" + NAME));
    }

    /**
     * The vocabulary the files declare together, added to the built-in one; problems go into
     * {@code problems}, and a file with problems adds nothing.
     */
    public static PlaybookVocabulary read(List<RuleFile> files, List<PlaybookProblem> problems) {
        if (files.isEmpty()) {
            return PlaybookVocabulary.BUILT_IN;
        }
        // A vocabulary file its folder could not read is a problem already, and the vocabulary is unread.
        boolean unread = problems.stream().anyMatch(p -> isVocabulary(p.file()));
        Declared all = new Declared();
        for (RuleFile file : files) {
            List<PlaybookProblem> found = new ArrayList<>();
            VocabularyFile reading = new VocabularyFile(file, found);
            Declared declared = reading.declared();
            unread |= reading.unread;
            all.addAll(declared, file, found);
            problems.addAll(found);
        }
        return new PlaybookVocabulary(List.copyOf(all.facts.values()), List.copyOf(all.actions.values()),
                List.copyOf(all.owners.values()), List.copyOf(all.avoid.values()), all.faulty, unread);
    }

    /** What one file declares, each name with where it is declared. */
    private static final class Declared {
        final Map<String, DeclaredFact> facts = new LinkedHashMap<>();
        final Map<String, DeclaredAction> actions = new LinkedHashMap<>();
        final Map<String, DeclaredOwner> owners = new LinkedHashMap<>();
        final Map<String, DeclaredAvoid> avoid = new LinkedHashMap<>();
        final Map<String, String> where = new HashMap<>();

        /** Names whose declaration has a problem: their uses in rules are not reported again. */
        final Set<String> faulty = new java.util.HashSet<>();

        /** Adds what another file declares, but for a name declared here already, which is a problem. */
        void addAll(Declared other, RuleFile file, List<PlaybookProblem> problems) {
            Set<String> twice = new java.util.HashSet<>();
            for (Map.Entry<String, String> name : other.where.entrySet()) {
                String earlier = where.get(name.getKey());
                if (earlier != null) {
                    String[] at = name.getValue().split(":");
                    problems.add(new Problem(file.name(), Integer.parseInt(at[at.length - 1]), 1, Optional.empty(),
                            name.getKey() + " is declared twice, here and at " + earlier + "; declare it once"));
                    twice.add(name.getKey());
                }
            }
            faulty.addAll(other.faulty);
            faulty.addAll(twice);
            other.where.forEach((name, at) -> {
                if (!twice.contains(name)) {
                    where.put(name, at);
                }
            });
            other.facts.forEach((name, fact) -> {
                if (!twice.contains(name)) {
                    facts.put(name, fact);
                }
            });
            other.owners.forEach((name, owner) -> {
                if (!twice.contains(name)) {
                    owners.put(name, owner);
                }
            });
            other.actions.values().stream().filter(a -> !twice.contains(a.name())).forEach(a -> actions.put(a.name(),
                    new DeclaredAction(a.name(), a.phase(), a.inHouse(), a.title(), a.defaultOwner(), actions.size())));
            other.avoid.values().stream().filter(a -> !twice.contains(a.name())).forEach(a -> avoid.put(a.name(),
                    new DeclaredAvoid(a.name(), a.title(), avoid.size())));
        }
    }

    /**
     * The file's one YAML document as a tree of nodes with their places, through SnakeYAML Engine's
     * exported composer (its {@code api.lowlevel} package is not exported to modules).
     */
    private static Optional<Node> compose(RuleFile file) {
        LoadSettings settings = LoadSettings.builder().setLabel(file.name()).build();
        return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, file.text()))).getSingleNode();
    }

    private Declared declared() {
        Declared declared = new Declared();
        unread = true;
        if (isMisnamed(file.name())) {
            problems.add(new Problem(file.name(), 0, 0, Optional.empty(), "is not read: name it " + NAME
                    + ", the name a folder's vocabulary file has"));
            return declared;
        }
        if (file.text().length() > MAX_CHARACTERS) {
            problems.add(new Problem(file.name(), 0, 0, Optional.empty(), "is larger than " + MAX_CHARACTERS / 1024
                    + " KB, the most a vocabulary file may hold; check it is the file you meant"));
            return declared;
        }
        Optional<Node> root;
        try {
            root = compose(file);
        } catch (StackOverflowError e) {
            problems.add(new Problem(file.name(), 0, 0, Optional.empty(), "is not valid YAML: it nests lists or "
                    + "mappings too deeply to be read; a vocabulary needs only a few levels: section, name, key, value (a list of values)"));
            return declared;
        } catch (MarkedYamlEngineException e) {
            Mark at = e.getProblemMark().or(e::getContextMark).orElse(null);
            problems.add(new Problem(file.name(), at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1,
                    Optional.empty(), "is not valid YAML: " + e.getProblem()));
            return declared;
        } catch (YamlEngineException e) {
            problems.add(new Problem(file.name(), 0, 0, Optional.empty(), "is not valid YAML: " + e.getMessage()));
            return declared;
        }
        if (root.isEmpty()) {
            problems.add(new Problem(file.name(), 0, 0, Optional.empty(),
                    "declares nothing: it is empty or holds only comments; a file cut short looks like this, so it is not "
                            + "loaded: declare facts, actions, owners or avoid, or remove the file"));
            return declared;
        }
        Optional<Map<String, NodeTuple>> sections = mapping(root.get(), "the vocabulary", SECTIONS);
        if (sections.isEmpty()) {
            return declared;
        }
        unread = false;
        // Owners first, so that an action may name an owner declared after it.
        section(sections.get(), "owners", declared).ifPresent(owners -> owners.forEach((name, entry) ->
                noting(declared, name, () -> owner(name, entry, declared))));
        section(sections.get(), "facts", declared).ifPresent(facts -> facts.forEach((name, entry) ->
                noting(declared, name, () -> fact(name, entry, declared))));
        section(sections.get(), "actions", declared).ifPresent(actions -> actions.forEach((name, entry) ->
                noting(declared, name, () -> action(name, entry, declared))));
        section(sections.get(), "avoid", declared).ifPresent(avoid -> avoid.forEach((name, entry) ->
                noting(declared, name, () -> avoid(name, entry, declared))));
        return declared;
    }

    /** Reads one declaration; a name it leaves undeclared with a problem is noted as faulty. */
    private void noting(Declared declared, String name, Runnable read) {
        int before = problems.size();
        read.run();
        if (problems.size() > before && !declared.where.containsKey(name)) {
            declared.faulty.add(name);
        }
    }

    private Optional<Map<String, NodeTuple>> section(Map<String, NodeTuple> sections, String name, Declared declared) {
        NodeTuple section = sections.get(name);
        if (section == null) {
            return Optional.empty();
        }
        Optional<Map<String, NodeTuple>> entries = mapping(section.getValueNode(), "the " + name + " section", null);
        if (entries.isPresent() && entries.get().size() > MAX_DECLARATIONS) {
            Node over = new ArrayList<>(entries.get().values()).get(MAX_DECLARATIONS).getKeyNode();
            problem(over, "the " + name + " section declares " + entries.get().size() + " names; a section declares at most "
                    + MAX_DECLARATIONS + ", so none of them is loaded");
            declared.faulty.addAll(entries.get().keySet());
            return Optional.empty();
        }
        return entries;
    }

    private void fact(String name, NodeTuple entry, Declared declared) {
        Node key = entry.getKeyNode();
        if (!FACT_NAME.matcher(name).matches() || JAVA_KEYWORDS.contains(name)) {
            problem(key, "a fact's name is written in lower camel case, such as accountTier or refersPatients, and is not "
                    + "a Java keyword; \"" + name + "\" is not");
            return;
        }
        if (!shortName(key, name, "a fact's name")) {
            return;
        }
        if (Vocabulary.incidentFacts().contains(name)) {
            problem(key, name + " is already a fact of every incident; give the declared fact another name");
            return;
        }
        Optional<Map<String, NodeTuple>> body = mapping(entry.getValueNode(), "fact " + name, FACT_KEYS);
        if (body.isEmpty()) {
            return;
        }
        Map<String, NodeTuple> fields = body.get();
        String about = fields.containsKey("about") ? title(fields.get("about").getValueNode(), "about").orElse("") : "";
        Optional<String> type = fields.containsKey("type") ? text(fields.get("type").getValueNode(), "type") : Optional.empty();
        String where = file.name() + ":" + line(key);
        if (fields.containsKey("values")) {
            if (type.isPresent()) {
                problem(fields.get("type").getKeyNode(), "fact " + name + " lists its values, so it takes no type; "
                        + "give either values or a type (" + String.join(", ", FACT_TYPES) + ")");
                return;
            }
            String typeName = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (isJavaLang(typeName)) {
                problem(key, "fact " + name + " would hold its values in a type named " + typeName + ", which is also the name "
                        + "of Java's own java.lang." + typeName + ", so rules could not tell them apart; give the fact another name");
                return;
            }
            if (TAKEN_TYPES.contains(typeName) || declared.facts.values().stream().anyMatch(f -> f.typeName().equals(typeName))) {
                problem(key, "fact " + name + " would hold its values in a type named " + typeName + ", which rules already use "
                        + "for something else; give the fact another name");
                return;
            }
            Optional<List<String>> values = constants(fields.get("values").getValueNode(), "fact " + name + "'s values");
            if (values.isEmpty()) {
                return;
            }
            Optional<Object> defaultValue = Optional.empty();
            if (fields.containsKey("default")) {
                Node node = fields.get("default").getValueNode();
                Optional<String> value = text(node, "default");
                if (value.isEmpty()) {
                    return;
                }
                if (!values.get().contains(value.get())) {
                    problem(node, "the default of " + name + " must be one of its values" + Vocabulary.hint(value.get(), values.get()));
                    return;
                }
                defaultValue = Optional.of(value.get());
            }
            Optional<Object> given = defaultValue;
            declare(declared, key, name, where, () -> declared.facts.put(name, new DeclaredFact(name, DeclaredFact.Kind.VALUES,
                    values.get(), List.of(), given, about, where)));
            return;
        }
        if (type.isEmpty()) {
            problem(key, "fact " + name + " needs its values (values: [A, B, C]) or a type (type: yes/no, or type: whole "
                    + "number with its bands)");
            return;
        }
        Node typeNode = fields.get("type").getValueNode();
        switch (type.get()) {
            case "yes/no" -> {
                if (fields.containsKey("bands")) {
                    problem(fields.get("bands").getKeyNode(), "a yes/no fact has no bands; bands belong to a whole number");
                    return;
                }
                Optional<Boolean> defaultValue = fields.containsKey("default")
                        ? yesNo(fields.get("default").getValueNode(), "the default of " + name) : Optional.of(false);
                defaultValue.ifPresent(value -> declare(declared, key, name, where, () -> declared.facts.put(name,
                        new DeclaredFact(name, DeclaredFact.Kind.YES_NO, List.of(), List.of(), Optional.of(value), about, where))));
            }
            case "whole number" -> {
                if (!fields.containsKey("bands")) {
                    problem(key, "whole number " + name + " needs its bands, the numbers where rules may tell values apart, "
                            + "such as bands: [1, 10, 50] for 0, 1 to 9, 10 to 49 and 50 or more");
                    return;
                }
                Optional<List<Integer>> edges = bands(fields.get("bands").getValueNode(), name);
                if (edges.isEmpty()) {
                    return;
                }
                Optional<Integer> defaultValue = fields.containsKey("default")
                        ? count(fields.get("default").getValueNode(), "the default of " + name) : Optional.of(0);
                defaultValue.ifPresent(value -> declare(declared, key, name, where, () -> declared.facts.put(name,
                        new DeclaredFact(name, DeclaredFact.Kind.WHOLE_NUMBER, List.of(), edges.get(), Optional.of(value), about, where))));
            }
            default -> problem(typeNode, "unknown type \"" + type.get() + "\" for fact " + name + "; allowed: "
                    + String.join(", ", FACT_TYPES) + ", or list its values instead (values: [A, B, C])");
        }
    }

    private void action(String name, NodeTuple entry, Declared declared) {
        Node key = entry.getKeyNode();
        if (!constantName(key, name, "an action")) {
            return;
        }
        if (Arrays.stream(dev.amends.model.Action.values()).anyMatch(a -> a.name().equals(name))) {
            problem(key, name + " is already a built-in action; use it as it is, or give yours another name");
            return;
        }
        Optional<Map<String, NodeTuple>> body = mapping(entry.getValueNode(), "action " + name, ACTION_KEYS);
        if (body.isEmpty()) {
            return;
        }
        Map<String, NodeTuple> fields = body.get();
        if (!fields.containsKey("title") || !fields.containsKey("phase")) {
            problem(key, "action " + name + " needs a title (what a rep reads, such as \"Send a loaner kit\") and a phase ("
                    + String.join(", ", Vocabulary.names(Phase.class)) + ")");
            return;
        }
        Optional<String> title = title(fields.get("title").getValueNode(), "title");
        Node phaseNode = fields.get("phase").getValueNode();
        Optional<Phase> phase = text(phaseNode, "phase").flatMap(p -> constant(phaseNode, p, Phase.class, "phase"));
        Optional<OwnerKind> owner = Optional.of(Owner.REP);
        if (fields.containsKey("owner")) {
            Node ownerNode = fields.get("owner").getValueNode();
            owner = text(ownerNode, "owner").flatMap(o -> ownerNamed(ownerNode, o, declared));
        }
        Optional<Boolean> inHouse = fields.containsKey("in-house")
                ? yesNo(fields.get("in-house").getValueNode(), "in-house") : Optional.of(false);
        if (title.isPresent() && phase.isPresent() && owner.isPresent() && inHouse.isPresent()) {
            OwnerKind by = owner.get();
            declare(declared, key, name, file.name() + ":" + line(key), () -> declared.actions.put(name,
                    new DeclaredAction(name, phase.get(), inHouse.get(), title.get(), by, declared.actions.size())));
        }
    }

    private void owner(String name, NodeTuple entry, Declared declared) {
        Node key = entry.getKeyNode();
        if (!constantName(key, name, "an owner")) {
            return;
        }
        if (Arrays.stream(Owner.values()).anyMatch(o -> o.name().equals(name))) {
            problem(key, name + " is already a built-in owner; use it as it is, or give yours another name");
            return;
        }
        title(entry.getValueNode(), "owner " + name + "'s title (who this is, such as \"The clinical specialist\")")
                .ifPresent(title -> declare(declared, key, name, file.name() + ":" + line(key),
                        () -> declared.owners.put(name, new DeclaredOwner(name, title))));
    }

    private void avoid(String name, NodeTuple entry, Declared declared) {
        Node key = entry.getKeyNode();
        if (!constantName(key, name, "a thing to avoid")) {
            return;
        }
        if (Arrays.stream(dev.amends.model.Avoid.values()).anyMatch(a -> a.name().equals(name))) {
            problem(key, name + " is already a built-in thing to avoid; use it as it is, or give yours another name");
            return;
        }
        title(entry.getValueNode(), "avoid " + name + "'s title (what not to do, such as \"Talking about price\")")
                .ifPresent(title -> declare(declared, key, name, file.name() + ":" + line(key),
                        () -> declared.avoid.put(name, new DeclaredAvoid(name, title, declared.avoid.size()))));
    }

    private void declare(Declared declared, Node key, String name, String where, Runnable add) {
        String earlier = declared.where.putIfAbsent(name, where);
        if (earlier != null) {
            problem(key, name + " is declared twice, here and at " + earlier + "; declare it once");
            return;
        }
        add.run();
    }

    private Optional<OwnerKind> ownerNamed(Node node, String name, Declared declared) {
        Optional<OwnerKind> builtIn = Arrays.stream(Owner.values()).filter(o -> o.name().equals(name)).map(OwnerKind.class::cast).findFirst();
        Optional<OwnerKind> found = builtIn.or(() -> Optional.ofNullable(declared.owners.get(name)));
        if (found.isEmpty()) {
            List<String> known = new ArrayList<>(Vocabulary.names(Owner.class));
            known.addAll(declared.owners.keySet());
            problem(node, "unknown owner " + name + Vocabulary.hint(name, known)
                    + " (declare your own roles under owners:)");
        }
        return found;
    }

    private boolean constantName(Node key, String name, String what) {
        Optional<String> builtIn = Arrays.stream(dev.amends.model.Action.values()).anyMatch(a -> a.name().equals(name)) ? Optional.of("action")
                : Arrays.stream(Owner.values()).anyMatch(o -> o.name().equals(name)) ? Optional.of("owner")
                : Arrays.stream(dev.amends.model.Avoid.values()).anyMatch(a -> a.name().equals(name)) ? Optional.of("thing to avoid")
                : Optional.empty();
        if (builtIn.isPresent() && !what.endsWith(builtIn.get())) {
            problem(key, name + " is already a built-in " + builtIn.get() + "; a name means one thing, so give yours another name");
            return false;
        }
        if (!CONSTANT_NAME.matcher(name).matches()) {
            String example = switch (what) {
                case "an owner" -> "CLINICAL_SPECIALIST";
                case "a thing to avoid" -> "DISCUSS_PRICING";
                default -> "SEND_LOANER_KIT";
            };
            problem(key, "the name of " + what + " is written in upper case with underscores, such as " + example + "; \""
                    + name + "\" is not");
            return false;
        }
        return shortName(key, name, "the name of " + what);
    }

    private boolean shortName(Node node, String name, String what) {
        if (name.length() > MAX_NAME) {
            problem(node, what + " is at most " + MAX_NAME + " characters long; \"" + name.substring(0, 20) + "...\" has "
                    + name.length());
            return false;
        }
        return true;
    }

    /** A title or about text: a single value of at most {@value #MAX_TITLE} characters. */
    private Optional<String> title(Node node, String what) {
        Optional<String> text = text(node, what);
        if (text.isPresent() && text.get().length() > MAX_TITLE) {
            problem(node, what + " is at most " + MAX_TITLE + " characters long, and this one has " + text.get().length()
                    + "; say more in the rules' guidance");
            return Optional.empty();
        }
        return text;
    }

    /** Whether a type name is that of a class of java.lang, which every rule sees without an import. */
    private static boolean isJavaLang(String typeName) {
        try {
            Class.forName("java.lang." + typeName, false, VocabularyFile.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** A mapping's entries by key; with {@code allowed}, any other key is a problem. */
    private Optional<Map<String, NodeTuple>> mapping(Node node, String what, List<String> allowed) {
        if (!(node instanceof MappingNode map)) {
            problem(node, what + " must be a mapping of names to " + (allowed == null ? "their declarations" : String.join(", ", allowed))
                    + (node instanceof ScalarNode scalar && scalar.getValue().isEmpty() ? ", and is empty" : ""));
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), "a key in " + what + " must be a plain name");
                ok = false;
                continue;
            }
            String name = key.getValue();
            if (allowed != null && !allowed.contains(name)) {
                problem(key, "unknown key \"" + name + "\" in " + what + Vocabulary.hint(name, allowed));
                ok = false;
                continue;
            }
            if (entries.putIfAbsent(name, tuple) != null) {
                problem(key, name + " appears twice in " + what + "; give it once");
                ok = false;
            }
        }
        return ok ? Optional.of(entries) : Optional.empty();
    }

    private Optional<String> text(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        problem(node, what + " must be a single value, not " + (node instanceof ScalarNode ? "empty" : "a list or a mapping"));
        return Optional.empty();
    }

    private Optional<Boolean> yesNo(Node node, String what) {
        Optional<String> text = text(node, what);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        switch (text.get().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> {
                return Optional.of(true);
            }
            case "no", "false" -> {
                return Optional.of(false);
            }
            default -> {
                problem(node, what + " is yes or no, not \"" + text.get() + "\"");
                return Optional.empty();
            }
        }
    }

    private Optional<Integer> count(Node node, String what) {
        Optional<String> text = text(node, what);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= 0) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(node, what + " must be a whole number from 0 to " + Integer.MAX_VALUE + ", not \"" + text.get() + "\"");
        return Optional.empty();
    }

    private Optional<List<Integer>> bands(Node node, String fact) {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problem(node, "the bands of " + fact + " are a list of whole numbers, each greater than the one before, such as [1, 10, 50]");
            return Optional.empty();
        }
        List<Integer> edges = new ArrayList<>(List.of(0));
        for (Node item : list.getValue()) {
            Optional<Integer> edge = count(item, "a band edge of " + fact);
            if (edge.isEmpty()) {
                return Optional.empty();
            }
            if (edge.get() <= edges.get(edges.size() - 1)) {
                problem(item, "the bands of " + fact + " must each be greater than the one before (and than 0): "
                        + edge.get() + " is not");
                return Optional.empty();
            }
            edges.add(edge.get());
        }
        return Optional.of(edges);
    }

    private Optional<List<String>> constants(Node node, String what) {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problem(node, what + " are a list of at least two names in upper case, such as [STRATEGIC, KEY, STANDARD]");
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (Node item : list.getValue()) {
            Optional<String> name = text(item, "a value of " + what);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            if (!CONSTANT_NAME.matcher(name.get()).matches()) {
                problem(item, "a value is written in upper case with underscores, such as STRATEGIC or KEY_ACCOUNT; \""
                        + name.get() + "\" is not");
                return Optional.empty();
            }
            if (!shortName(item, name.get(), "a value")) {
                return Optional.empty();
            }
            if (names.contains(name.get())) {
                problem(item, name.get() + " is listed twice in " + what);
                return Optional.empty();
            }
            names.add(name.get());
        }
        if (names.size() > MAX_VALUES) {
            problem(node, what + " are " + names.size() + " names; a fact lists at most " + MAX_VALUES
                    + " values (group them, or declare two facts)");
            return Optional.empty();
        }
        if (names.size() < 2) {
            problem(node, what + " need at least two names: a fact with one value tells nothing apart (a yes/no fact "
                    + "is written type: yes/no)");
            return Optional.empty();
        }
        return Optional.of(names);
    }

    private <E extends Enum<E>> Optional<E> constant(Node node, String name, Class<E> type, String what) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            problem(node, "unknown " + what + " " + name + Vocabulary.hint(name, Vocabulary.names(type)));
            return Optional.empty();
        }
    }

    private void problem(Node node, String message) {
        Mark at = node.getStartMark().orElse(null);
        problems.add(new Problem(file.name(), at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1,
                Optional.empty(), message));
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static Set<String> taken() {
        Set<String> names = new java.util.HashSet<>(Vocabulary.TYPES.keySet());
        names.add(Incident.class.getSimpleName());
        names.add(Event.class.getSimpleName());
        for (Class<?> event : Event.class.getPermittedSubclasses()) {
            names.add(event.getSimpleName());
        }
        names.add(DeclaredTypes.FACTS_TYPE);
        names.add("String");
        names.add("Integer");
        names.add("Boolean");
        names.add("Object");
        return Set.copyOf(names);
    }
}
