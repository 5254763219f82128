package dev.amends.compile;

import dev.amends.vocabulary.DeclaredTypes;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.antlr4.JavaLexer;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A rule file as Drools' own DRL parser reads it, in its tolerant (editor) mode: the package
 * descriptor, and for each rule where it is written, its patterns with their constraints parsed
 * into fields, operators and values, and its consequence cut into Java tokens. Everything here
 * comes from the parser's descriptors; the file's text is only used to turn their character
 * offsets into lines and columns.
 */
public final class RuleFileOutline {

    /**
     * One rule of the file. Lines count from 1; {@code consequenceLine} is the line where its
     * consequence's code starts, 0 when the rule has no consequence.
     */
    public record RuleOutline(String name, int line, int consequenceLine, int endLine) {

        boolean contains(int l) {
            return l >= line && l <= endLine;
        }
    }

    /** A string literal in a consequence: its text as written, escapes included, starting at {@code offset}. */
    record Literal(String text, int offset) {
    }

    /** A place in the file; both count from 1. */
    record Position(int line, int column) {
    }

    /** One pattern of a rule's conditions, such as {@code $i : Incident( severity == Severity.HIGH )}. */
    record PatternOutline(String type, Optional<String> binding, List<Constraint> constraints, int offset) {

        /** Whether it matches an incident. */
        boolean isIncident() {
            return type.equals("Incident") || type.endsWith(".Incident");
        }

        /** Whether it matches the facts a playbook's vocabulary declares. */
        boolean isDeclaredFacts() {
            return type.equals(DeclaredTypes.FACTS_TYPE) || type.equals(DeclaredTypes.PACKAGE + "." + DeclaredTypes.FACTS_TYPE);
        }
    }

    /**
     * One constraint of a pattern as Drools' expression parser reads it ({@code parsed}), with its
     * tokens placed in the file.
     */
    record Constraint(String expression, ConstraintConnectiveDescr parsed, JavaTokens tokens) {

        /** The comparisons, bindings and bare expressions the constraint is made of, {@code &&} and {@code ||} taken apart. */
        List<BaseDescr> parts() {
            List<BaseDescr> parts = new ArrayList<>();
            addParts(parsed, parts);
            return parts;
        }

        private static void addParts(BaseDescr descr, List<BaseDescr> parts) {
            if (descr instanceof ConstraintConnectiveDescr connective) {
                connective.getDescrs().forEach(d -> addParts(d, parts));
            } else if (descr != null) {
                parts.add(descr);
            }
        }

        /**
         * Where in the file the first token with this text is written, at or after token
         * {@code from[0]}, which moves past it; the constraint's start when there is none.
         */
        int offsetOf(String token, int[] from) {
            List<JavaTokens.Token> all = tokens.tokens;
            for (int i = Math.max(from[0], 0); i < all.size(); i++) {
                if (all.get(i).text().equals(token)) {
                    from[0] = i + 1;
                    return all.get(i).offset();
                }
            }
            return all.isEmpty() ? 0 : all.get(0).offset();
        }
    }

    /** What the parser gives about one rule beyond its outline. */
    private record Detail(RuleDescr descr, List<PatternOutline> patterns, JavaTokens consequence, String conditions) {
    }

    final String packageName;
    /** Its rules, in the order they stand in the file. */
    public final List<RuleOutline> rules;
    final List<Literal> literals;
    /** Where a string literal in a consequence opens that is not closed on its line. */
    final List<Integer> unclosedStrings;
    /**
     * Whether Drools' parser read the file without an error; when it did not, what it made of the
     * rules around the error is a guess, and only the rules' names and lines are worth reporting.
     */
    public final boolean parsed;
    /** Whether rules were taken out of the parsed package (see {@link #without}), so that it must be built from its descriptor. */
    final boolean edited;
    private final PackageDescr descr;
    private final Map<RuleOutline, Detail> details;
    private final String text;
    private final int[] lineStarts;

    private RuleFileOutline(String text, PackageDescr descr, boolean parsed, boolean edited) {
        this.text = text;
        this.parsed = parsed;
        this.edited = edited;
        this.lineStarts = lineStarts(text);
        this.descr = descr;
        this.packageName = descr.getName() == null ? "" : descr.getName();
        List<RuleOutline> rules = new ArrayList<>();
        List<Literal> literals = new ArrayList<>();
        List<Integer> unclosed = new ArrayList<>();
        Map<RuleOutline, Detail> details = new HashMap<>();
        for (RuleDescr rule : descr.getRules()) {
            if (rule instanceof QueryDescr) {
                continue;
            }
            String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
            int consequenceOffset = consequence.isBlank() ? -1 : offsetOfConsequence(rule, consequence);
            if (consequenceOffset >= 0 && !parsed) {
                // Drools' lexer reads an unclosed string to the end of the file, leaving it out of the
                // consequence; the rest of its line shows it.
                consequence = text.substring(consequenceOffset, endOfLine(consequenceOffset + consequence.length()));
            }
            JavaTokens tokens = consequenceOffset < 0 ? JavaTokens.of("", 0) : JavaTokens.of(consequence, consequenceOffset);
            int endLine = rule.getEndLine() > 0 ? rule.getEndLine() : lineStarts.length;
            RuleOutline outline = new RuleOutline(rule.getName(), rule.getLine(),
                    consequenceOffset < 0 ? 0 : position(consequenceOffset).line(), Math.max(endLine, rule.getLine()));
            rules.add(outline);
            for (JavaTokens.Token t : tokens.tokens) {
                if (t.is(JavaLexer.STRING_LITERAL)) {
                    literals.add(new Literal(t.text().substring(1, t.text().length() - 1), t.offset() + 1));
                } else if (t.is(JavaLexer.TEXT_BLOCK)) {
                    literals.add(new Literal(t.text().substring(3, t.text().length() - 3), t.offset() + 3));
                }
            }
            tokens.unclosedStrings.stream().findFirst().ifPresent(unclosed::add);
            details.putIfAbsent(outline, new Detail(rule, patterns(rule.getLhs()), tokens, conditionsOf(rule)));
        }
        this.rules = List.copyOf(rules);
        this.literals = List.copyOf(literals);
        this.unclosedStrings = List.copyOf(unclosed);
        this.details = details;
    }

    /**
     * Reads a rule file with Drools' parser in its tolerant mode, which keeps every rule it can
     * make out of a file with errors; the errors themselves are reported by the build.
     */
    public static RuleFileOutline of(String text) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(true, text);
        } catch (DroolsParserException e) {
            descr = null;
        }
        return new RuleFileOutline(text, descr == null ? new PackageDescr() : descr, descr != null && !parser.hasErrors(), false);
    }

    /**
     * Reads the files as {@link #of} does, several at once: parsing is most of the time a playbook
     * given as DRL takes to load. The outlines are in the files' order.
     */
    static List<RuleFileOutline> ofAll(List<RuleFile> files) {
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        RuleFileOutline[] outlines = new RuleFileOutline[files.size()];
        // The longest files first, each to the next free thread, so that the threads finish together.
        List<Integer> longestFirst = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            longestFirst.add(i);
        }
        longestFirst.sort((a, b) -> Integer.compare(files.get(b).text().length(), files.get(a).text().length()));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable parse = () -> {
            try {
                for (int n = next.getAndIncrement(); n < outlines.length && failed.get() == null; n = next.getAndIncrement()) {
                    int i = longestFirst.get(n);
                    outlines[i] = of(files.get(i).text());
                }
            } catch (RuntimeException | Error e) {
                failed.compareAndSet(null, e);
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(parse, "amends-parse-" + t);
            helper.setContextClassLoader(Thread.currentThread().getContextClassLoader());   // as the caller's, in a container too
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        parse.run();
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true;   // the helpers end on their own; wait for them, then keep the interrupt
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failed.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failed.get() instanceof Error e) {
            throw e;
        }
        return List.of(outlines);
    }

    /**
     * The file with these rules taken out of its parsed package, as when rules of the same name
     * replace them; the text, and so every line, is unchanged.
     */
    RuleFileOutline without(java.util.Set<String> names) {
        if (rules.stream().noneMatch(r -> names.contains(r.name()))) {
            return this;
        }
        descr.getRules().removeIf(rule -> !(rule instanceof QueryDescr) && names.contains(rule.getName()));
        return new RuleFileOutline(text, descr, parsed, true);
    }

    /** The package as Drools' parser read it. */
    PackageDescr packageDescr() {
        return descr;
    }

    /** The rule's descriptor. */
    RuleDescr descr(RuleOutline rule) {
        return details.get(rule).descr();
    }

    /** The patterns of a rule's conditions, those inside {@code not}, {@code exists} and {@code or} included. */
    List<PatternOutline> patterns(RuleOutline rule) {
        return details.get(rule).patterns();
    }

    /** The tokens of a rule's consequence; none when it has none. */
    public List<JavaTokens.Token> consequence(RuleOutline rule) {
        return details.get(rule).consequence().tokens;
    }

    /** A rule's conditions: the text between {@code when} and {@code then}, comments left out, on one line. */
    String conditions(RuleOutline rule) {
        return details.get(rule).conditions();
    }

    /** The line and column of a character of the file. */
    Position position(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    /** The text of a line, without its line break; empty when there is no such line. */
    String line(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The offset where a line starts; the end of the text past the last line. */
    int offsetOf(int line) {
        if (line < 1) {
            return 0;
        }
        return line <= lineStarts.length ? lineStarts[line - 1] : text.length();
    }

    String text() {
        return text;
    }

    /** The rule whose text contains this line, if any. */
    Optional<RuleOutline> ruleAt(int line) {
        return rules.stream().filter(r -> r.contains(line)).reduce((first, second) -> second);
    }

    /** The rule of this name, if the file has one. */
    Optional<RuleOutline> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * Where the consequence's text, as the parser gives it, starts in the file: it is the text that
     * ends the rule, just before its {@code end}.
     */
    private int offsetOfConsequence(RuleDescr rule, String consequence) {
        int end = rule.getEndCharacter() > 0 ? Math.min(rule.getEndCharacter() + 1, text.length()) : text.length();
        int at = text.lastIndexOf(consequence, end - consequence.length());
        return at >= Math.max(rule.getStartCharacter(), 0) ? at : -1;
    }

    private int endOfLine(int offset) {
        int end = offset;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private String conditionsOf(RuleDescr rule) {
        BaseDescr lhs = rule.getLhs();
        if (lhs == null || lhs.getStartCharacter() < 0 || lhs.getEndCharacter() < lhs.getStartCharacter()) {
            return "";
        }
        return JavaTokens.withoutComments(text.substring(lhs.getStartCharacter(), Math.min(lhs.getEndCharacter() + 1, text.length())));
    }

    private List<PatternOutline> patterns(BaseDescr lhs) {
        List<PatternOutline> patterns = new ArrayList<>();
        collect(lhs, patterns);
        return List.copyOf(patterns);
    }

    private void collect(BaseDescr descr, List<PatternOutline> patterns) {
        if (descr instanceof PatternDescr pattern) {
            List<Constraint> constraints = new ArrayList<>();
            for (BaseDescr c : pattern.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    constraints.add(constraint(e));
                }
            }
            patterns.add(new PatternOutline(String.valueOf(pattern.getObjectType()), Optional.ofNullable(pattern.getIdentifier()),
                    List.copyOf(constraints), Math.max(pattern.getStartCharacter(), 0)));
            if (pattern.getSource() != null) {
                collect(pattern.getSource(), patterns);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (Object child : element.getDescrs()) {
                if (child instanceof BaseDescr d) {
                    collect(d, patterns);
                }
            }
        }
    }

    private Constraint constraint(ExprConstraintDescr e) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr parsed = parser.parse(e.getExpression());
        int start = e.getStartCharacter();
        JavaTokens tokens = start < 0 || start >= text.length() ? JavaTokens.of("", 0)
                : JavaTokens.of(text.substring(start, Math.min(Math.max(e.getEndCharacter() + 1, start), text.length())), start);
        return new Constraint(e.getExpression(), parser.hasErrors() || parsed == null ? new ConstraintConnectiveDescr() : parsed, tokens);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
