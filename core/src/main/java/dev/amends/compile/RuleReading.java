package dev.amends.compile;

import dev.amends.api.PlaybookProblem;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.evaluate.Wording;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.antlr4.JavaLexer;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What a playbook's rules can tell apart in the facts they are given, read from their conditions and
 * consequences with Drools' own DRL parser. Tools that evaluate a playbook on every combination of
 * facts (the whole-space check, the playbook diff) use it to evaluate once each class of
 * combinations that no rule can tell apart.
 *
 * <p>It is sound rather than clever. Each pattern on a fact type becomes a test made of atomic
 * comparisons of one field with literal values ({@code ==}, {@code !=}, {@code in}, {@code not in},
 * {@code <}, {@code <=}, {@code >}, {@code >=}, a yes/no field alone or negated), joined by
 * {@code &&} and {@code ||}. Whatever it does not understand makes the fields involved count as
 * read whole, every value told apart from every other: a method call on a field or on the fact,
 * {@code this}, a comparison with a variable, a field or fact bound and used elsewhere (another
 * pattern, {@code eval}, an attribute such as salience, the consequence), a {@code from},
 * {@code accumulate} or {@code collect}, a query, a consequence that reaches the session
 * ({@code drools}, {@code kcontext}), and a wording placeholder filled from a fact.
 */
public final class RuleReading {

    private static final String ANY_TYPE = "*";
    /** Names a consequence uses to delete or change facts, or to reach the session, which may change what fires when. */
    private static final Set<String> CHANGES_FACTS = Set.of("delete", "retract", "update", "modify", "insertLogical", "drools",
            "kcontext", "halt");

    /** The fact type of the incident, which the engine inserts, once, before any rule fires. */
    private static final String INCIDENT = "Incident";

    /** The fact types the engine itself inserts, whatever the rules do: the incident and the declared facts. */
    private static final Set<String> ENGINE_INSERTS = Set.of("Incident", "Facts");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][\\w]*");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+[lL]?");
    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=");

    /** A condition on one fact, as far as it is understood. */
    private sealed interface Condition {
    }

    private record All(List<Condition> parts) implements Condition {
    }

    private record Any(List<Condition> parts) implements Condition {
    }

    /** {@code field op literal}. */
    private record Compare(String field, String operator, String literal) implements Condition {
    }

    /** A yes/no field alone ({@code expected} true) or negated. */
    private record Flag(String field, boolean expected) implements Condition {
    }

    /**
     * A pattern's conditions on a fact type, in the rule that has it ({@code shape}, an index into the
     * rules read); {@code fields} are those it names; {@code positive} when the pattern must match for
     * the rule to fire (a pattern of the rule's own conditions, not under {@code not}, {@code or} and the like).
     */
    private record Test(String type, Condition condition, Set<String> fields, String rule, String text, int shape, boolean positive) {
    }

    /**
     * What a rule needs and makes of the facts rules insert themselves: the types of the patterns that
     * must match for it to fire, and the types its consequence inserts ({@code insertsAny} when it
     * inserts something whose type it does not name, or reaches the session).
     */
    private record Shape(Set<String> needs, Set<String> inserts, boolean insertsAny, Order order) {
    }

    /**
     * What decides whether a rule fires before or after others, and whether it can be certain to fire:
     * {@code salience} its salience when written as a number (0 when not written), empty when it is an
     * expression; {@code absent} the types of its {@code not Type()} conditions (no constraints);
     * {@code plain} when its conditions are only patterns that must match, each understood whole, and its
     * consequence only inserts new facts ({@code insert(new Type());}); {@code keepsOrder} false when it
     * has an attribute that changes the order of firing (an agenda group, an activation group...) or a
     * consequence that deletes or changes facts or reaches the session.
     */
    private record Order(Optional<Integer> salience, Set<String> absent, boolean plain, boolean keepsOrder) {
    }

    /** Where a rule is written: its file, its name and the line its {@code rule} keyword is on. */
    private record Place(String file, String rule, int line) {
    }

    /** A read of a field (all of the type's fields when {@code field} is empty) that only its whole value describes. */
    private record Read(String type, Optional<String> field, String why) {
    }

    private final List<Test> tests;
    private final List<Read> reads;
    private final List<Shape> shapes;
    /** Where each rule of {@code shapes} is written, in the same order. */
    private final List<Place> places;
    /** The fact types the rule files declare, which only rules insert. */
    private final Set<String> declared;

    private RuleReading(List<Test> tests, List<Read> reads, List<Shape> shapes, List<Place> places, Set<String> declared) {
        this.tests = List.copyOf(tests);
        this.reads = List.copyOf(reads);
        this.shapes = List.copyOf(shapes);
        this.places = List.copyOf(places);
        this.declared = Set.copyOf(declared);
    }

    /** What the rules of the playbook an advisor now serves can tell apart. */
    public static RuleReading of(RecoveryAdvisor advisor) {
        return of(Objects.requireNonNull(advisor, "advisor").ruleFiles().entrySet().stream()
                .map(file -> new RuleFile(file.getKey(), file.getValue())).toList());
    }

    /** What these rule files can tell apart; a rule that replaces another only makes the reading finer, never wrong. */
    static RuleReading of(List<RuleFile> files) {
        List<Test> tests = new ArrayList<>();
        List<Read> reads = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        for (RuleFile file : files) {
            RuleFileOutline outline = RuleFileOutline.of(file.text());
            outline.packageDescr().getTypeDeclarations().forEach(t -> declared.add(simpleName(t.getTypeName())));
            for (RuleFileOutline.RuleOutline rule : outline.rules) {
                shapes.add(new RuleReader(rule.name(), shapes.size(), tests, reads).read(outline.descr(rule), outline.consequence(rule)));
                places.add(new Place(file.name(), rule.name(), rule.line()));
            }
        }
        declared.removeAll(ENGINE_INSERTS);
        return new RuleReading(tests, reads, shapes, places, declared);
    }

    /** What either playbook can tell apart: two combinations are alike only when both treat them alike. */
    public RuleReading and(RuleReading other) {
        List<Test> t = new ArrayList<>(tests);
        int offset = shapes.size();
        other.tests.forEach(test -> t.add(new Test(test.type(), test.condition(), test.fields(), test.rule(), test.text(),
                test.shape() + offset, test.positive())));
        List<Read> r = new ArrayList<>(reads);
        r.addAll(other.reads);
        List<Shape> sh = new ArrayList<>(shapes);
        sh.addAll(other.shapes);
        List<Place> p = new ArrayList<>(places);
        p.addAll(other.places);
        Set<String> d = new LinkedHashSet<>(declared);
        d.addAll(other.declared);
        return new RuleReading(t, r, sh, p, d);
    }

    /**
     * The rules whose outcome depends on the order their files load in: a rule that fires only where
     * no fact of a type exists ({@code not Type()}), beside a rule of the same salience that inserts
     * that type. Drools fires rules of equal salience in the order they were loaded, and a folder's
     * files load in the order of their names, so renaming or adding a file would change which of the two
     * fires first, and with it the plan. Two such rules in one file, the inserting one first, keep their
     * order and are not reported. Each problem is placed at the rule that tests for the absence.
     */
    public List<PlaybookProblem> orderDependences() {
        List<PlaybookProblem> found = new ArrayList<>();
        for (int absent = 0; absent < shapes.size(); absent++) {
            Order order = shapes.get(absent).order();
            for (int inserting = 0; inserting < shapes.size(); inserting++) {
                Place before = places.get(inserting);
                Place after = places.get(absent);
                boolean writtenInOrder = before.file().equals(after.file()) && before.line() < after.line();
                if (inserting == absent || writtenInOrder || order.salience().isEmpty()
                        || !order.salience().equals(shapes.get(inserting).order().salience())) {
                    continue;
                }
                for (String type : shapes.get(inserting).inserts()) {
                    if (order.absent().contains(type)) {
                        found.add(new Problem(after.file(), after.line(), 0, Optional.of(after.rule()), "fires only where no "
                                + type + " exists, and rule \"" + before.rule() + "\" (" + before.file() + ":" + before.line()
                                + ") inserts " + type + " at the same salience (" + order.salience().get() + "): which of the two"
                                + " fires first depends on the order their files load in; give the rule that must fire first the"
                                + " higher salience"));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * What the rules can tell apart in one fact type ({@code Incident}, or the organisation's own
     * {@code Facts}) over given values of its fields.
     *
     * @param type   the fact type as patterns name it
     * @param fields the fields an incident gives that type
     * @param values for each field, the values to tell apart: enum constants, {@code Boolean},
     *               {@code Integer} or {@code Long}, or {@code String} (listed values, matched by a
     *               string literal or by the last part of a qualified name); or, for a field that carries
     *               several fields that only go together (the mistake and what an {@code OTHER} mistake
     *               was), maps from each of those fields to such a value: a test of any of them is read
     *               from the carrying field's values, which it groups as that field's values would be
     */
    public FactReading fact(String type, List<String> fields, List<? extends List<?>> values) {
        if (fields.size() != values.size()) {
            throw new IllegalArgumentException(fields.size() + " fields but " + values.size() + " lists of values");
        }
        return new FactReading(type, List.copyOf(fields), values.stream().<List<Object>>map(List::copyOf).toList(), tests, reads,
                shapes, declared);
    }

    /**
     * What the rules can tell apart in one fact type over given values of its fields: which values
     * of each field they treat alike, and a key that is equal for two combinations of values
     * whenever no rule can tell them apart.
     *
     * <p>A test counts only where its rule can fire at all. Facts that rules insert themselves (types
     * the rule files declare) exist only where a rule that inserts them can fire: the key works out
     * which of them may exist for a combination (the rules that insert them, their own tests on this
     * type and the inserted facts they need, taken to a fixed point; tests on other types are taken as
     * met), and a test of a rule that needs a fact that cannot exist tells nothing apart. This is
     * sound because a rule fires only where every pattern of its own conditions matches: what may
     * exist is never less than what does.
     */
    public static final class FactReading {

        private final int[][] groupOf;
        private final List<List<List<Integer>>> groups;
        private final List<List<String>> splitBecause;
        /** The distinct tests on this type, each with the rules that have it. */
        private final List<Compiled> tests;
        private final int[][] testShapes;
        /** For each rule read, the inserted facts it needs, as a mask of the inserted types. */
        private final long[] shapeNeeds;
        /** For each rule read, its own tests on this type, all of which must hold for it to fire. */
        private final Compiled[] ownTests;
        /** The rules that have tests on this type. */
        private final BitSet tested;
        private final List<Inserter> inserters;
        private final int[] wholeFields;
        /** For each field, what each value gives the fields read whole, numbered: values alike there share a number. */
        private final int[][] wholeValue;

        /** A rule that inserts facts: the facts it needs, those it inserts, and its own tests on this type, all met. */
        private record Inserter(int shape, long needs, long inserts, Compiled fires) {
        }

        /** The rules certain to fire where their tests hold, first among those they silence ({@link #deadBy}). */
        private final Compiled[] certain;
        /** For each rule read: the certain rules (as a mask of {@link #certain}) whose firing means it never fires. */
        private final long[] deadBy;

        private FactReading(String type, List<String> fields, List<List<Object>> values, List<Test> allTests, List<Read> allReads,
                            List<Shape> shapes, Set<String> declared) {
            int n = fields.size();
            Map<String, Integer> position = new HashMap<>();
            for (int f = 0; f < n; f++) {
                position.put(fields.get(f), f);
            }
            for (int f = 0; f < n; f++) {
                for (Object value : values.get(f)) {
                    if (value instanceof Map<?, ?> carried) {
                        int at = f;
                        carried.keySet().forEach(field -> position.putIfAbsent(String.valueOf(field), at));
                    }
                }
            }
            List<Set<String>> why = new ArrayList<>();
            // For each field given, the fields it gives that are read whole: itself, or those of its values' fields that are
            // (a read of the mistake alone tells its values apart by mistake, not by what an OTHER mistake was).
            List<Set<String>> wholeBy = new ArrayList<>();
            for (int f = 0; f < n; f++) {
                why.add(new LinkedHashSet<>());
                wholeBy.add(new LinkedHashSet<>());
            }
            List<String> every = List.copyOf(position.keySet());
            for (Read read : allReads) {
                if (read.type().equals(type) || read.type().equals(ANY_TYPE)) {
                    readWhole(read.field().filter(position::containsKey).map(List::of).orElse(every), read.why(), position, why, wholeBy);
                }
            }
            List<String> inserted = declared.size() < 64 ? List.copyOf(declared) : List.of();
            long[] shapeNeeds = new long[shapes.size()];
            long[] shapeInserts = new long[shapes.size()];   // the inserted types each rule names in an insert
            for (int r = 0; r < shapes.size(); r++) {
                shapeNeeds[r] = mask(shapes.get(r).needs(), inserted);
                shapeInserts[r] = mask(shapes.get(r).inserts(), inserted);
            }
            List<Compiled> compiled = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            List<Set<Integer>> shapesOf = new ArrayList<>();
            Map<Integer, List<Compiled>> ownTests = new HashMap<>();
            BitSet tested = new BitSet();
            Set<Integer> unsure = new HashSet<>();
            List<List<boolean[]>> atoms = new ArrayList<>();
            for (int f = 0; f < n; f++) {
                atoms.add(new ArrayList<>());
            }
            for (Test test : allTests) {
                if (!test.type().equals(type)) {
                    continue;
                }
                Optional<String> unknownField = test.fields().stream().filter(f -> !position.containsKey(f)).findFirst();
                if (unknownField.isPresent()) {
                    unsure.add(test.shape());
                    readWhole(every, "rule \"" + test.rule() + "\" tests " + unknownField.get() + ", which is not one of the "
                            + type + " fields given", position, why, wholeBy);
                    continue;
                }
                Compiled c = compile(test.condition(), position, values);
                if (c == null) {
                    unsure.add(test.shape());
                    readWhole(List.copyOf(test.fields()), "rule \"" + test.rule() + "\" compares with a value that is not one of "
                            + "the field's values or not a literal (" + test.text() + ")", position, why, wholeBy);
                    continue;
                }
                if (test.positive()) {
                    ownTests.computeIfAbsent(test.shape(), k -> new ArrayList<>()).add(c);
                }
                tested.set(test.shape());
                int at = seen.computeIfAbsent(test.text(), k -> {
                    compiled.add(c);
                    shapesOf.add(new LinkedHashSet<>());
                    return compiled.size() - 1;
                });
                shapesOf.get(at).add(test.shape());
            }
            collectAtoms(compiled, atoms);
            this.groupOf = new int[n][];
            this.wholeValue = new int[n][];
            List<List<List<Integer>>> allGroups = new ArrayList<>();
            for (int f = 0; f < n; f++) {
                int size = values.get(f).size();
                groupOf[f] = new int[size];
                wholeValue[f] = new int[size];
                Map<String, Integer> bySignature = new LinkedHashMap<>();
                Map<String, Integer> byWhole = new HashMap<>();
                List<List<Integer>> fieldGroups = new ArrayList<>();
                for (int v = 0; v < size; v++) {
                    StringBuilder signature = new StringBuilder();
                    Object value = values.get(f).get(v);
                    for (String field : wholeBy.get(f)) {
                        signature.append(value instanceof Map<?, ?> carried ? String.valueOf(carried.get(field)) : String.valueOf(v)).append('|');
                    }
                    wholeValue[f][v] = byWhole.computeIfAbsent(signature.toString(), k -> byWhole.size());
                    for (boolean[] atom : atoms.get(f)) {
                        signature.append(atom[v] ? '1' : '0');
                    }
                    int g = bySignature.computeIfAbsent(signature.toString(), s -> {
                        fieldGroups.add(new ArrayList<>());
                        return fieldGroups.size() - 1;
                    });
                    groupOf[f][v] = g;
                    fieldGroups.get(g).add(v);
                }
                allGroups.add(fieldGroups.stream().map(List::copyOf).toList());
            }
            this.groups = List.copyOf(allGroups);
            this.ownTests = new Compiled[shapes.size()];
            List<Inserter> found = new ArrayList<>();
            for (int r = 0; r < shapes.size(); r++) {
                Shape shape = shapes.get(r);
                List<Compiled> own = ownTests.getOrDefault(r, List.of());
                this.ownTests[r] = table(own.size() == 1 ? own.get(0) : new Both(own));
                long inserts = shape.insertsAny() ? (1L << inserted.size()) - 1 : shapeInserts[r];
                if (inserts != 0) {
                    found.add(new Inserter(r, shapeNeeds[r], inserts, this.ownTests[r]));
                }
            }
            this.inserters = List.copyOf(found);
            // Where no rule changes the order of firing nor deletes a fact, a rule that only inserts, on tests of
            // the incident alone, is certain to fire where they hold: the engine inserts the incident before any
            // rule fires. It fires before every rule of lower salience, so a rule of lower salience that needs
            // a fact it inserts to be absent never fires there.
            List<Integer> sure = new ArrayList<>();
            if (type.equals(INCIDENT) && shapes.stream().allMatch(shape -> shape.order().keepsOrder())) {
                for (int r = 0; r < shapes.size() && sure.size() < 64; r++) {
                    Shape shape = shapes.get(r);
                    if (shape.order().plain() && Set.of(type).containsAll(shape.needs()) && shape.order().salience().isPresent()
                            && !unsure.contains(r) && !shape.insertsAny() && shapeInserts[r] != 0) {
                        sure.add(r);
                    }
                }
            }
            this.certain = sure.stream().map(r -> this.ownTests[r]).toArray(Compiled[]::new);
            this.deadBy = new long[shapes.size()];
            for (int r = 0; r < shapes.size(); r++) {
                Order order = shapes.get(r).order();
                long absent = mask(order.absent(), inserted);
                for (int e = 0; e < sure.size() && order.salience().isPresent() && absent != 0; e++) {
                    int inserter = sure.get(e);
                    if ((shapeInserts[inserter] & absent) != 0
                            && shapes.get(inserter).order().salience().get() > order.salience().get()) {
                        deadBy[r] |= 1L << e;
                    }
                }
            }
            this.shapeNeeds = shapeNeeds;
            this.testShapes = shapesOf.stream().map(set -> set.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
            this.tested = tested;
            this.tests = compiled.stream().map(this::table).toList();
            this.splitBecause = why.stream().map(List::copyOf).toList();
            this.wholeFields = IntStream.range(0, n).filter(f -> !why.get(f).isEmpty()).toArray();
        }

        /**
         * A test turned into a table of its answers for each group of the fields it reads (values of one
         * group answer alike), or left as it is when the table would be large.
         */
        private Compiled table(Compiled test) {
            int[] fields = fieldsOf(test).stream().mapToInt(Integer::intValue).toArray();
            int[] stride = new int[fields.length];
            long size = 1;
            for (int k = 0; k < fields.length; k++) {
                stride[k] = (int) size;
                size *= groups.get(fields[k]).size();
                if (size > 1 << 16) {
                    return test;
                }
            }
            boolean[] truth = new boolean[(int) size];
            int[] at = new int[groupOf.length];
            for (int i = 0; i < truth.length; i++) {
                for (int k = 0; k < fields.length; k++) {
                    at[fields[k]] = groups.get(fields[k]).get(i / stride[k] % groups.get(fields[k]).size()).get(0);
                }
                truth[i] = test.test(at);
            }
            int[][] groupsOfFields = IntStream.of(fields).mapToObj(f -> groupOf[f]).toArray(int[][]::new);
            return new Table(groupsOfFields, fields, stride, truth);
        }

        private static Set<Integer> fieldsOf(Compiled test) {
            Set<Integer> fields = new java.util.TreeSet<>();
            if (test instanceof Atom a) {
                fields.add(a.field());
            } else if (test instanceof Both b) {
                b.parts().forEach(p -> fields.addAll(fieldsOf(p)));
            } else if (test instanceof Either e) {
                e.parts().forEach(p -> fields.addAll(fieldsOf(p)));
            }
            return fields;
        }

        private static void readWhole(List<String> names, String because, Map<String, Integer> position, List<Set<String>> why,
                                      List<Set<String>> wholeBy) {
            for (String name : names) {
                Integer f = position.get(name);
                if (f != null) {
                    why.get(f).add(because);
                    wholeBy.get(f).add(name);
                }
            }
        }

        /**
         * The values of a field that the rules treat alike, as groups of indexes into the values given;
         * groups and their members in the order of the values. Every value is a group of its own when
         * the field is read whole ({@link #splitBecause}).
         */
        public List<List<Integer>> alike(int field) {
            return groups.get(field);
        }

        /** Why a field's values are all told apart whatever its tests are; empty when only its tests divide it. */
        public List<String> splitBecause(int field) {
            return splitBecause.get(field);
        }

        /**
         * A key for a combination of values, one index into each field's values: equal keys mean that
         * no rule can tell the two combinations apart.
         */
        public Object key(int[] valueIndexes) {
            return key(valueIndexes, null);
        }

        /**
         * A key for a combination of values where only some rules can still fire, because the facts of
         * another type rule the others out ({@link #alive} of that type's reading): equal keys mean that
         * none of those rules can tell the two combinations apart. Every rule when {@code alive} is null.
         */
        public Object key(int[] valueIndexes, BitSet alive) {
            long fired = certainlyFired(valueIndexes);
            long may = mayExist(valueIndexes, fired);
            long[] words = new long[(tests.size() + 63) / 64 + 2 + wholeFields.length];
            for (int t = 0; t < tests.size(); t++) {
                if (counts(t, may, fired, alive) && tests.get(t).test(valueIndexes)) {
                    words[t >>> 6] |= 1L << (t & 63);
                }
            }
            int at = (tests.size() + 63) / 64;
            words[at++] = may;
            words[at++] = fired;
            for (int f : wholeFields) {
                words[at++] = wholeValue[f][valueIndexes[f]];
            }
            return new Key(words);
        }

        /** Whether a test can matter: one of the rules that have it may fire, as far as the inserted facts and {@code alive} tell. */
        private boolean counts(int test, long may, long fired, BitSet alive) {
            for (int r : testShapes[test]) {
                if ((shapeNeeds[r] & ~may) == 0 && (deadBy[r] & fired) == 0 && (alive == null || alive.get(r))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The rules (numbered as read) that may still fire for a combination of values of this type: every
         * inserted fact they need may exist and all of their own tests on this type hold. Alike for every
         * combination of one key.
         */
        public BitSet alive(int[] valueIndexes) {
            long fired = certainlyFired(valueIndexes);
            long may = mayExist(valueIndexes, fired);
            BitSet alive = new BitSet(ownTests.length);
            for (int r = 0; r < ownTests.length; r++) {
                if ((shapeNeeds[r] & ~may) == 0 && (deadBy[r] & fired) == 0 && ownTests[r].test(valueIndexes)) {
                    alive.set(r);
                }
            }
            return alive;
        }

        /** The rules (numbered as read) that test this type. */
        public BitSet tested() {
            return (BitSet) tested.clone();
        }

        /** The rules certain to fire for a combination of values, as a mask of {@link #certain}. */
        private long certainlyFired(int[] valueIndexes) {
            long fired = 0;
            for (int e = 0; e < certain.length; e++) {
                if (certain[e].test(valueIndexes)) {
                    fired |= 1L << e;
                }
            }
            return fired;
        }

        /**
         * The inserted facts that may exist for a combination of values, as a mask: the least fixed point of
         * the inserters that the certain rules that fired ({@code fired}) do not silence.
         */
        private long mayExist(int[] valueIndexes, long fired) {
            long may = 0;
            boolean grew = !inserters.isEmpty();
            while (grew) {
                grew = false;
                for (Inserter in : inserters) {
                    if ((in.inserts() & ~may) != 0 && (in.needs() & ~may) == 0 && (deadBy[in.shape()] & fired) == 0
                            && in.fires().test(valueIndexes)) {
                        may |= in.inserts();
                        grew = true;
                    }
                }
            }
            return may;
        }

        private static long mask(Set<String> types, List<String> inserted) {
            long m = 0;
            for (String type : types) {
                int i = inserted.indexOf(type);
                if (i >= 0) {
                    m |= 1L << i;
                }
            }
            return m;
        }

        private record Key(long[] words) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && Arrays.equals(words, k.words);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(words);
            }

            @Override
            public String toString() {
                return Arrays.toString(words);
            }
        }
    }

    /** A test made ready to evaluate on value indexes. */
    private interface Compiled {
        boolean test(int[] valueIndexes);
    }

    /** A test's answers for each combination of the groups of the fields it reads. */
    private record Table(int[][] groupOf, int[] fields, int[] stride, boolean[] truth) implements Compiled {
        @Override
        public boolean test(int[] v) {
            int i = 0;
            for (int k = 0; k < fields.length; k++) {
                i += groupOf[k][v[fields[k]]] * stride[k];
            }
            return truth[i];
        }
    }

    private record Atom(int field, boolean[] truth) implements Compiled {
        @Override
        public boolean test(int[] v) {
            return truth[v[field]];
        }
    }

    private record Both(List<Compiled> parts) implements Compiled {
        @Override
        public boolean test(int[] v) {
            for (Compiled c : parts) {
                if (!c.test(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Either(List<Compiled> parts) implements Compiled {
        @Override
        public boolean test(int[] v) {
            for (Compiled c : parts) {
                if (c.test(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void collectAtoms(List<Compiled> compiled, List<List<boolean[]>> atoms) {
        for (Compiled c : compiled) {
            if (c instanceof Atom a) {
                atoms.get(a.field()).add(a.truth());
            } else if (c instanceof Both b) {
                collectAtoms(b.parts(), atoms);
            } else if (c instanceof Either e) {
                collectAtoms(e.parts(), atoms);
            }
        }
    }

    /** The condition ready to evaluate, or null when a literal is not one this field's values can be compared with. */
    private static Compiled compile(Condition condition, Map<String, Integer> position, List<List<Object>> values) {
        if (condition instanceof All all || condition instanceof Any) {
            List<Condition> parts = condition instanceof All a ? a.parts() : ((Any) condition).parts();
            List<Compiled> compiled = new ArrayList<>();
            for (Condition part : parts) {
                Compiled c = compile(part, position, values);
                if (c == null) {
                    return null;
                }
                compiled.add(c);
            }
            boolean all = condition instanceof All;
            if (!compiled.isEmpty() && compiled.stream().allMatch(c -> c instanceof Atom a && a.field() == ((Atom) compiled.get(0)).field())) {
                // Tests of one field alone, such as "severity in (HIGH, CRITICAL)", divide it only as a whole.
                boolean[] truth = new boolean[((Atom) compiled.get(0)).truth().length];
                for (int v = 0; v < truth.length; v++) {
                    truth[v] = all;
                    for (Compiled c : compiled) {
                        truth[v] = all ? truth[v] && ((Atom) c).truth()[v] : truth[v] || ((Atom) c).truth()[v];
                    }
                }
                return new Atom(((Atom) compiled.get(0)).field(), truth);
            }
            return all ? new Both(compiled) : new Either(compiled);
        }
        String field = condition instanceof Compare c ? c.field() : ((Flag) condition).field();
        int f = position.get(field);
        List<Object> fieldValues = values.get(f).stream().map(v -> v instanceof Map<?, ?> carried ? carried.get(field) : v).toList();
        if (condition instanceof Compare c && QUALIFIED_NAME.matcher(c.literal()).matches()
                && fieldValues.stream().anyMatch(String.class::isInstance)
                && !fieldValues.contains(c.literal().substring(c.literal().lastIndexOf('.') + 1))) {
            return null;   // a constant named after none of the listed values may still hold one of them
        }
        boolean[] truth = new boolean[fieldValues.size()];
        for (int v = 0; v < truth.length; v++) {
            Boolean t = condition instanceof Compare c ? compare(fieldValues.get(v), c.operator(), c.literal())
                    : fieldValues.get(v) instanceof Boolean b ? b == ((Flag) condition).expected() : null;
            if (t == null) {
                return null;
            }
            truth[v] = t;
        }
        return new Atom(f, truth);
    }

    /** Whether {@code value op literal} holds, or null when the literal is not understood for this value. */
    private static Boolean compare(Object value, String operator, String literal) {
        boolean equality = operator.equals("==") || operator.equals("!=");
        if (literal.equals("null")) {
            return equality ? operator.equals("!=") : null;
        }
        Integer order = null;
        if (value instanceof Boolean b && (literal.equals("true") || literal.equals("false"))) {
            order = b == Boolean.parseBoolean(literal) ? 0 : 1;
        } else if ((value instanceof Integer || value instanceof Long) && INTEGER.matcher(literal).matches()) {
            order = Long.compare(((Number) value).longValue(), Long.parseLong(literal.replaceAll("[lL]$", "")));
        } else if (value instanceof Enum<?> e && QUALIFIED_NAME.matcher(literal).matches()) {
            String[] parts = literal.split("\\.");
            String constant = parts[parts.length - 1];
            boolean known = Arrays.stream(e.getDeclaringClass().getEnumConstants()).anyMatch(k -> ((Enum<?>) k).name().equals(constant));
            if (!known || !parts[parts.length - 2].equals(e.getDeclaringClass().getSimpleName())) {
                return null;
            }
            order = e.name().equals(constant) ? 0 : 1;
        } else if (value instanceof String s) {
            Optional<String> text = stringLiteral(literal)
                    .or(() -> QUALIFIED_NAME.matcher(literal).matches() ? Optional.of(literal.substring(literal.lastIndexOf('.') + 1))
                            : Optional.empty());
            if (text.isEmpty()) {
                return null;
            }
            order = s.equals(text.get()) ? 0 : 1;
        }
        if (order == null || !equality && (value instanceof Boolean || value instanceof Enum<?> || value instanceof String)) {
            return null;
        }
        return switch (operator) {
            case "==" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case ">=" -> order >= 0;
            default -> null;
        };
    }

    /** The text of a string literal without escapes, in double or single quotes. */
    private static Optional<String> stringLiteral(String literal) {
        if (literal.length() >= 2 && (literal.startsWith("\"") && literal.endsWith("\"") || literal.startsWith("'") && literal.endsWith("'"))) {
            String text = literal.substring(1, literal.length() - 1);
            return text.indexOf('\\') < 0 ? Optional.of(text) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The facts a wording placeholder fills in from the incident, as (fact type, field): none today,
     * since every placeholder is a name, which the space leaves empty, or the impact a rule described.
     * A placeholder filled from a fact must be listed here (the switch makes a new one a compile error).
     */
    static Set<String> fieldsFilledIn(Wording placeholder) {
        return switch (placeholder) {
            case SALUTATION, CONTACT, ROLE, REP, ACCOUNT, PRODUCT, ITEM, IMPACT -> Set.of();
        };
    }

    /** Reads one rule: its patterns' tests, and the fields it reads whole. */
    private static final class RuleReader {
        private final String rule;
        private final int shape;
        private final List<Test> tests;
        private final List<Read> reads;
        /** The types of the patterns that must match for the rule to fire. */
        private final Set<String> needs = new LinkedHashSet<>();
        /** Whether every one of the rule's own conditions is a pattern understood whole. */
        private boolean plainConditions = true;
        /** Variables bound in the conditions: to a fact type, and to a field of it (empty: the whole fact). */
        private final Map<String, Read> bound = new HashMap<>();
        /** Code in the conditions that may use variables: constraint texts and evals. */
        private final List<String> code = new ArrayList<>();

        RuleReader(String rule, int shape, List<Test> tests, List<Read> reads) {
            this.rule = rule;
            this.shape = shape;
            this.tests = tests;
            this.reads = reads;
        }

        /** Reads the rule's conditions, attributes and consequence; answers what it needs and inserts. */
        Shape read(RuleDescr descr, List<JavaTokens.Token> consequence) {
            AndDescr lhs = descr.getLhs();
            Set<String> absent = new LinkedHashSet<>();
            if (lhs != null) {
                for (BaseDescr child : lhs.getDescrs()) {
                    if (child instanceof PatternDescr pattern) {
                        pattern(pattern, true);
                    } else {
                        plainConditions = false;
                        if (child instanceof NotDescr not && not.getDescrs().size() == 1 && not.getDescrs().get(0) instanceof PatternDescr p
                                && p.getDescrs().isEmpty() && p.getSource() == null && p.getIdentifier() == null && !p.isQuery()) {
                            absent.add(simpleName(String.valueOf(p.getObjectType())));
                        }
                        element(child);
                    }
                }
            }
            for (AttributeDescr attribute : descr.getAttributes().values()) {
                uses(JavaTokens.of(String.valueOf(attribute.getValue()), 0).tokens, "its " + attribute.getName());
            }
            for (String text : code) {
                uses(JavaTokens.of(text, 0).tokens, "its conditions");
            }
            uses(consequence, "its consequence");
            // One pass over the consequence: what it reaches, what it changes, what it inserts, and what its wordings fill in.
            boolean changesFacts = false;
            boolean insertsAny = false;
            Set<String> inserts = new LinkedHashSet<>();
            for (int i = 0; i < consequence.size(); i++) {
                JavaTokens.Token t = consequence.get(i);
                if (t.isName("drools") || t.isName("kcontext")) {
                    everything("its consequence reaches the session through " + t.text());
                    insertsAny = true;
                }
                if (CHANGES_FACTS.stream().anyMatch(t::isName)) {
                    changesFacts = true;
                }
                if (t.isName("insert") || t.isName("insertLogical")) {
                    Optional<String> type = insertedType(consequence, i);
                    type.ifPresent(inserts::add);
                    insertsAny |= type.isEmpty();
                }
                if (t.is(JavaLexer.STRING_LITERAL) || t.is(JavaLexer.TEXT_BLOCK)) {
                    Matcher m = Wording.PLACEHOLDER.matcher(t.text());
                    while (m.find()) {
                        String name = m.group(1);
                        Arrays.stream(Wording.values()).filter(w -> w.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                                .flatMap(w -> fieldsFilledIn(w).stream())
                                .forEach(field -> reads.add(new Read(field.substring(0, field.indexOf('.')),
                                        Optional.of(field.substring(field.indexOf('.') + 1)),
                                        "rule \"" + rule + "\" fills {" + name + "} in from it")));
                    }
                }
            }
            return new Shape(needs, inserts, insertsAny, order(descr, absent, consequence, changesFacts));
        }

        /** What decides when the rule fires (see {@link Order}); {@code changesFacts} when the consequence deletes or changes facts. */
        private Order order(RuleDescr descr, Set<String> absent, List<JavaTokens.Token> consequence, boolean changesFacts) {
            boolean keepsOrder = !changesFacts;
            Optional<Integer> salience = Optional.of(0);
            for (AttributeDescr attribute : descr.getAttributes().values()) {
                switch (attribute.getName()) {
                    case "salience" -> salience = INTEGER.matcher(attribute.getValue().strip()).matches()
                            ? Optional.of(Integer.parseInt(attribute.getValue().strip())) : Optional.empty();
                    case "no-loop" -> { }
                    default -> keepsOrder = false;
                }
            }
            return new Order(salience, Set.copyOf(absent), plainConditions && plainInserts(consequence), keepsOrder);
        }

        /** Whether a consequence is nothing but statements {@code insert(new Type());}. */
        private static boolean plainInserts(List<JavaTokens.Token> consequence) {
            int[] statement = {JavaLexer.IDENTIFIER, JavaLexer.LPAREN, JavaLexer.NEW, JavaLexer.IDENTIFIER, JavaLexer.LPAREN,
                    JavaLexer.RPAREN, JavaLexer.RPAREN, JavaLexer.SEMI};
            if (consequence.isEmpty() || consequence.size() % statement.length != 0) {
                return false;
            }
            for (int i = 0; i < consequence.size(); i++) {
                JavaTokens.Token t = consequence.get(i);
                int k = i % statement.length;
                if (!t.is(statement[k]) || k == 0 && !t.isName("insert")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The type an insert at {@code i} names: {@code insert(new Type(...))} or {@code insertLogical(new Type(...))}
         * names it; any other insert may insert anything (empty).
         */
        private static Optional<String> insertedType(List<JavaTokens.Token> consequence, int i) {
            int at = i + 3;
            String type = null;
            if (at < consequence.size() && consequence.get(i + 1).is(JavaLexer.LPAREN) && consequence.get(i + 2).is(JavaLexer.NEW)) {
                while (at < consequence.size() && consequence.get(at).is(JavaLexer.IDENTIFIER)) {
                    type = consequence.get(at).text();
                    if (at + 1 < consequence.size() && consequence.get(at + 1).is(JavaLexer.DOT)) {
                        at += 2;
                    } else {
                        at++;
                        break;
                    }
                }
            }
            return type != null && at < consequence.size() && consequence.get(at).is(JavaLexer.LPAREN) ? Optional.of(type) : Optional.empty();
        }

        private void element(BaseDescr descr) {
            if (descr == null) {
                return;
            }
            if (descr instanceof PatternDescr pattern) {
                pattern(pattern, false);
            } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                    || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
                for (Object child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                    if (child instanceof BaseDescr d) {
                        element(d);
                    }
                }
            } else if (descr instanceof EvalDescr eval) {
                code.add(String.valueOf(eval.getContent()));
            } else {
                everything("its conditions use " + descr.getClass().getSimpleName().replace("Descr", "").toLowerCase(Locale.ROOT));
            }
        }

        /** Reads a pattern; {@code positive} when it is one of the rule's own conditions, which must match for it to fire. */
        private void pattern(PatternDescr pattern, boolean positive) {
            String type = simpleName(String.valueOf(pattern.getObjectType()));
            if (pattern.getSource() != null || pattern.isQuery()) {
                plainConditions = false;
                everything("its conditions take facts " + (pattern.isQuery() ? "from a query" : "from a source (from, accumulate, collect)"));
                return;
            }
            if (positive) {
                needs.add(type);
            }
            if (pattern.getIdentifier() != null) {
                bound.put(pattern.getIdentifier(), new Read(type, Optional.empty(), ""));
            }
            List<Condition> parts = new ArrayList<>();
            Set<String> fields = new LinkedHashSet<>();
            List<String> texts = new ArrayList<>();
            boolean understood = true;
            boolean anyField = false;
            for (BaseDescr d : pattern.getDescrs()) {
                if (!(d instanceof ExprConstraintDescr e)) {
                    understood = false;
                    anyField = true;
                    continue;
                }
                texts.add(e.getExpression().strip());
                code.add(e.getExpression());
                DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
                ConstraintConnectiveDescr parsed = parser.parse(e.getExpression());
                if (parser.hasErrors() || parsed == null) {
                    understood = false;
                    anyField = true;
                    continue;
                }
                Parts result = new Parts(type);
                Condition c = result.condition(parsed);
                fields.addAll(result.fields);
                anyField |= result.anyField;
                if (c == null) {
                    understood = false;
                } else {
                    parts.add(c);
                }
            }
            String text = type + "( " + String.join(", ", texts) + " )";
            if (positive && (anyField || !understood || pattern.getIdentifier() != null)) {
                plainConditions = false;
            }
            if (anyField) {
                reads.add(new Read(type, Optional.empty(), "rule \"" + rule + "\" has a condition the check does not evaluate (" + text + ")"));
            } else if (!understood) {
                fields.forEach(f -> reads.add(new Read(type, Optional.of(f),
                        "rule \"" + rule + "\" has a condition the check does not evaluate (" + text + ")")));
            } else if (!parts.isEmpty()) {
                tests.add(new Test(type, parts.size() == 1 ? parts.get(0) : new All(parts), Set.copyOf(fields), rule, text, shape, positive));
            }
        }

        /** The conditions of one constraint, taken apart; bindings noted, and the fields named. */
        private final class Parts {
            final String type;
            final Set<String> fields = new LinkedHashSet<>();
            boolean anyField;

            Parts(String type) {
                this.type = type;
            }

            /** The condition, or null where it is not understood. */
            Condition condition(BaseDescr d) {
                if (d instanceof ConstraintConnectiveDescr c) {
                    String connective = String.valueOf(c.getConnective());
                    List<Condition> parts = new ArrayList<>();
                    boolean ok = connective.equals("&&") || connective.equals("||");
                    for (BaseDescr child : c.getDescrs()) {
                        Condition part = condition(child);
                        if (part == null) {
                            ok = false;
                        } else if (!(part instanceof Bound)) {
                            parts.add(part);
                        }
                    }
                    if (!ok) {
                        return null;
                    }
                    return connective.equals("&&") ? new All(parts) : new Any(parts);
                }
                if (d instanceof BindingDescr b) {
                    String expression = b.getExpression().strip();
                    if (IDENTIFIER.matcher(expression).matches() && !expression.equals("this") && !b.isUnification()) {
                        bound.put(b.getVariable(), new Read(type, Optional.of(expression), ""));
                        return Bound.INSTANCE;
                    }
                    bound.put(b.getVariable(), new Read(type, Optional.empty(), ""));
                    anyField = true;
                    return null;
                }
                if (d instanceof RelationalExprDescr r && r.getLeft() instanceof AtomicExprDescr left
                        && r.getRight() instanceof AtomicExprDescr right) {
                    String field = left.getExpression().strip();
                    if (!field(field)) {
                        return null;
                    }
                    String literal = right.getExpression().strip();
                    boolean isLiteral = right.isLiteral() || QUALIFIED_NAME.matcher(literal).matches() && !literal.startsWith("$");
                    if (!isLiteral || r.isNegated() || !OPERATORS.contains(r.getOperator()) || r.getParameters() != null) {
                        return null;
                    }
                    return new Compare(field, r.getOperator(), literal);
                }
                if (d instanceof AtomicExprDescr a) {
                    String expression = a.getExpression().strip();
                    boolean negated = expression.startsWith("!");
                    String field = negated ? expression.substring(1).strip() : expression;
                    return field(field) ? new Flag(field, !negated) : null;
                }
                anyField = true;
                return null;
            }

            /** Notes a field a condition compares; false (noting every field) when it is not a plain field name. */
            private boolean field(String expression) {
                if (IDENTIFIER.matcher(expression).matches() && !expression.equals("this") && !bound.containsKey(expression)) {
                    fields.add(expression);
                    return true;
                }
                Matcher first = Pattern.compile("^([A-Za-z_]\\w*)\\s*[.(\\[]").matcher(expression);
                if (first.find() && !first.group(1).equals("this") && !bound.containsKey(first.group(1))) {
                    fields.add(first.group(1));   // a call on one field's value depends on that field alone
                } else {
                    anyField = true;
                }
                return false;
            }
        }

        /** A binding inside a constraint: no condition of its own. */
        private static final class Bound implements Condition {
            static final Bound INSTANCE = new Bound();
        }

        /** Notes every bound variable these tokens use as a read of what it is bound to. */
        private void uses(List<JavaTokens.Token> tokens, String where) {
            for (int i = 0; i < tokens.size(); i++) {
                JavaTokens.Token t = tokens.get(i);
                if (!t.is(JavaLexer.IDENTIFIER) || !bound.containsKey(t.text()) || i > 0 && tokens.get(i - 1).is(JavaLexer.DOT)) {
                    continue;
                }
                Read to = bound.get(t.text());
                Optional<String> field = to.field();
                if (field.isEmpty() && i + 2 < tokens.size() && tokens.get(i + 1).is(JavaLexer.DOT) && tokens.get(i + 2).is(JavaLexer.IDENTIFIER)) {
                    field = Optional.of(property(tokens.get(i + 2).text()));
                }
                if (where.equals("its conditions") && isOwnBinding(tokens, i)) {
                    continue;
                }
                reads.add(new Read(to.type(), field, "rule \"" + rule + "\" uses " + t.text() + field.map(f -> "." + f).orElse("")
                        + " in " + where));
            }
        }

        /** Whether the variable at {@code i} is being bound here ({@code $x : field}) rather than used. */
        private static boolean isOwnBinding(List<JavaTokens.Token> tokens, int i) {
            return i + 1 < tokens.size() && tokens.get(i + 1).is(JavaLexer.COLON);
        }

        private void everything(String why) {
            reads.add(new Read(ANY_TYPE, Optional.empty(), "rule \"" + rule + "\": " + why));
        }
    }

    /** The field a getter reads: {@code getMistake} and {@code mistake} read {@code mistake}, {@code isPatientImpact} {@code patientImpact}. */
    private static String property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.length() > prefix.length() && method.startsWith(prefix) && Character.isUpperCase(method.charAt(prefix.length()))) {
                return Character.toLowerCase(method.charAt(prefix.length())) + method.substring(prefix.length() + 1);
            }
        }
        return method;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
