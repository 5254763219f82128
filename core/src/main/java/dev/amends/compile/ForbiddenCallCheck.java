package dev.amends.compile;

import dev.amends.api.PlaybookProblem;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.antlr4.JavaLexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds calls a playbook has no business making. Rules run with the application's rights, so a
 * rule could exit the JVM, touch files, run programs, start threads, use reflection, halt the rule
 * engine or take the incident out of it; none of that belongs in adding steps to a plan. The code
 * is read as Drools' Java lexer cuts it: each chain such as {@code Runtime.getRuntime().exec(...)}
 * is taken apart into its names and calls, wherever it is written (consequences, conditions,
 * functions, imports).
 */
public final class ForbiddenCallCheck {

    /** Why a kind of call is refused. */
    private enum Reason {
        EXIT("stops the whole application"),
        FILES("reads or writes files"),
        PROCESSES("runs other programs"),
        THREADS("starts, pools or pauses threads"),
        REFLECTION("uses reflection, which reaches past Java's access rules"),
        HALT("halts the rule engine, which leaves the plan half-made"),
        FACTS("changes the facts the rules reason about");

        final String why;

        Reason(String why) {
            this.why = why;
        }
    }

    private static final String ADVICE = "; rules run with the application's rights, and a playbook's rules only add steps to the plan";

    /** Packages whose every use is refused. */
    private static final Map<String, Reason> PACKAGES = Map.of(
            "java.nio.file.", Reason.FILES,
            "java.nio.channels.", Reason.FILES,
            "java.lang.reflect.", Reason.REFLECTION,
            "java.lang.invoke.", Reason.REFLECTION);

    /** Classes whose every use is refused, by simple name. */
    private static final Map<String, Reason> CLASSES = Map.ofEntries(
            Map.entry("Files", Reason.FILES), Map.entry("Paths", Reason.FILES), Map.entry("File", Reason.FILES),
            Map.entry("FileInputStream", Reason.FILES), Map.entry("FileOutputStream", Reason.FILES),
            Map.entry("FileReader", Reason.FILES), Map.entry("FileWriter", Reason.FILES),
            Map.entry("RandomAccessFile", Reason.FILES), Map.entry("FileDescriptor", Reason.FILES),
            Map.entry("ProcessBuilder", Reason.PROCESSES), Map.entry("ProcessHandle", Reason.PROCESSES),
            Map.entry("Thread", Reason.THREADS), Map.entry("Executors", Reason.THREADS),
            Map.entry("ForkJoinPool", Reason.THREADS), Map.entry("CompletableFuture", Reason.THREADS),
            Map.entry("ThreadPoolExecutor", Reason.THREADS), Map.entry("ScheduledThreadPoolExecutor", Reason.THREADS),
            Map.entry("Timer", Reason.THREADS),
            Map.entry("MethodHandles", Reason.REFLECTION));

    /** Calls refused whatever they are called on. */
    private static final Map<String, Reason> METHODS = Map.ofEntries(
            Map.entry("forName", Reason.REFLECTION), Map.entry("setAccessible", Reason.REFLECTION),
            Map.entry("getDeclaredMethod", Reason.REFLECTION), Map.entry("getDeclaredMethods", Reason.REFLECTION),
            Map.entry("getDeclaredField", Reason.REFLECTION), Map.entry("getDeclaredFields", Reason.REFLECTION),
            Map.entry("getDeclaredConstructor", Reason.REFLECTION), Map.entry("getDeclaredConstructors", Reason.REFLECTION),
            Map.entry("halt", Reason.HALT));

    /** What a consequence calls the engine through. */
    private static final Set<String> ENGINE = Set.of("", "drools", "kcontext", "drools.getKieRuntime()",
            "kcontext.getKieRuntime()");
    private static final Set<String> FACT_CHANGES = Set.of("insert", "insertLogical", "delete", "retract", "update", "modify");

    private ForbiddenCallCheck() {
    }

    /** The problems of one file: each call its rules may not make, with where it is. */
    public static List<PlaybookProblem> check(RuleFile file, RuleFileOutline outline) {
        List<PlaybookProblem> problems = new ArrayList<>();
        PackageDescr descr = outline.packageDescr();
        Set<String> declared = descr.getTypeDeclarations().stream().map(TypeDeclarationDescr::getTypeName)
                .collect(Collectors.toSet());
        for (ImportDescr i : descr.getImports()) {
            String target = i.getTarget();
            refusedName(target).ifPresent(reason -> problems.add(problem(file, outline,
                    i.getStartCharacter() >= 0 ? i.getStartCharacter() : outline.offsetOf(i.getLine()), Optional.empty(),
                    "imports " + target + ", which " + reason.why)));
        }
        for (FunctionDescr function : descr.getFunctions()) {
            int start = function.getStartCharacter();
            int end = function.getEndCharacter();
            if (start >= 0 && end > start) {
                String code = outline.text().substring(start, Math.min(end + 1, outline.text().length()));
                calls(file, outline, JavaTokens.of(code, start).tokens, Optional.empty(), new OwnFacts(declared, Map.of()), problems);
            }
        }
        for (RuleFileOutline.RuleOutline rule : outline.rules) {
            Map<String, String> bound = new java.util.HashMap<>();
            outline.patterns(rule).forEach(p -> p.binding().ifPresent(b -> bound.put(b, p.type())));
            OwnFacts own = new OwnFacts(declared, bound);
            for (RuleFileOutline.PatternOutline pattern : outline.patterns(rule)) {
                for (RuleFileOutline.Constraint constraint : pattern.constraints()) {
                    calls(file, outline, constraint.tokens().tokens, Optional.of(rule.name()), own, problems);
                }
            }
            calls(file, outline, outline.consequence(rule), Optional.of(rule.name()), own, problems);
        }
        return problems;
    }

    /** One name or call of a chain such as {@code Runtime.getRuntime().exec}. */
    private record Link(String name, boolean called, int token) {
    }

    private static void calls(RuleFile file, RuleFileOutline outline, List<JavaTokens.Token> tokens, Optional<String> rule,
                              OwnFacts own, List<PlaybookProblem> problems) {
        Set<Integer> seen = new java.util.HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            JavaTokens.Token t = tokens.get(i);
            boolean created = t.is(JavaLexer.NEW);
            int start = created ? i + 1 : i;
            boolean member = i > 0 && tokens.get(i - 1).is(JavaLexer.DOT);
            if (start >= tokens.size() || !tokens.get(start).is(JavaLexer.IDENTIFIER) || member) {
                i++;
                continue;
            }
            List<Link> chain = new ArrayList<>();
            int j = start;
            while (j < tokens.size() && tokens.get(j).is(JavaLexer.IDENTIFIER)) {
                int name = j;
                j++;
                boolean called = j < tokens.size() && tokens.get(j).is(JavaLexer.LPAREN);
                if (called) {
                    j = closing(tokens, j) + 1;
                }
                chain.add(new Link(tokens.get(name).text(), called, name));
                if (!called && j + 1 < tokens.size() && tokens.get(j).is(JavaLexer.COLONCOLON) && tokens.get(j + 1).is(JavaLexer.IDENTIFIER)) {
                    chain.add(new Link(tokens.get(j + 1).text(), true, j + 1));
                    break;
                }
                if (j + 1 < tokens.size() && tokens.get(j).is(JavaLexer.DOT) && tokens.get(j + 1).is(JavaLexer.IDENTIFIER)
                        && !(created && called)) {
                    j++;
                } else {
                    break;
                }
            }
            chain.forEach(link -> seen.add(link.token()));
            int at = tokens.get(i).offset();
            judge(chain, created, tokens, own).ifPresent(message -> problems.add(problem(file, outline, at, rule, message)));
            i = start + 1;
        }
        for (int k = 1; k + 1 < tokens.size(); k++) {
            JavaTokens.Token name = tokens.get(k);
            Reason reason = METHODS.get(name.text());
            if (reason != null && !seen.contains(k) && name.is(JavaLexer.IDENTIFIER) && tokens.get(k - 1).is(JavaLexer.DOT)
                    && tokens.get(k + 1).is(JavaLexer.LPAREN)) {
                problems.add(problem(file, outline, name.offset(), rule,
                        "calls ." + name.text() + "(...), which " + reason.why + ADVICE));
            }
        }
    }

    /** The types a playbook declares, and for a rule, the type of each pattern it binds ({@code $c : Counter()}). */
    private record OwnFacts(Set<String> declared, Map<String, String> bound) {

        /** Whether the call's only argument is {@code new T(...)} of a declared type, or a binding of a declared type's pattern. */
        boolean owns(List<JavaTokens.Token> tokens, Link call) {
            int open = call.token() + 1;
            if (open + 2 >= tokens.size()) {
                return false;
            }
            JavaTokens.Token first = tokens.get(open + 1);
            if (call.name().startsWith("insert")) {
                return first.is(JavaLexer.NEW) && declared.contains(tokens.get(open + 2).text());
            }
            return first.is(JavaLexer.IDENTIFIER) && tokens.get(open + 2).is(JavaLexer.RPAREN)
                    && declared.contains(bound.getOrDefault(first.text(), ""));
        }
    }

    /** What a chain does that a playbook has no business doing, if anything, in a message naming the call. */
    private static Optional<String> judge(List<Link> chain, boolean created, List<JavaTokens.Token> tokens, OwnFacts own) {
        StringBuilder receiver = new StringBuilder();
        for (Link link : chain) {
            String on = receiver.toString();
            String plain = on.startsWith("java.lang.") ? on.substring("java.lang.".length()) : on;
            String qualified = on.isEmpty() ? link.name() : on + "." + link.name();
            Optional<Reason> reason = Optional.empty();
            if (link.called()) {
                boolean runtime = plain.equals("Runtime.getRuntime()");
                if (plain.equals("System") && link.name().equals("exit") || runtime && Set.of("exit", "halt").contains(link.name())) {
                    reason = Optional.of(Reason.EXIT);
                } else if (runtime && link.name().equals("exec")) {
                    reason = Optional.of(Reason.PROCESSES);
                } else if (ENGINE.contains(on) && FACT_CHANGES.contains(link.name())) {
                    if (!own.owns(tokens, link)) {
                        return Optional.of("calls " + shown(chain, created) + ", which " + Reason.FACTS.why
                                + " (a rule may insert, change or delete only facts of a type its playbook declares,"
                                + " and never the incident)" + ADVICE);
                    }
                } else {
                    reason = Optional.ofNullable(METHODS.get(link.name()));
                }
            }
            reason = reason.or(() -> refusedName(qualified));
            if (reason.isPresent()) {
                return Optional.of((link.called() ? "calls " : "uses ") + shown(chain, created) + ", which " + reason.get().why + ADVICE);
            }
            receiver.append(on.isEmpty() ? "" : ".").append(link.name()).append(link.called() ? "()" : "");
        }
        return Optional.empty();
    }

    /** The chain as written, its arguments left out: {@code Runtime.getRuntime().exec(...)}. */
    private static String shown(List<Link> chain, boolean created) {
        return (created ? "new " : "") + chain.stream().map(l -> l.name() + (l.called() ? "(...)" : ""))
                .collect(Collectors.joining("."));
    }

    /** The reason a qualified or simple class name is refused, if it is. */
    private static Optional<Reason> refusedName(String name) {
        for (Map.Entry<String, Reason> p : PACKAGES.entrySet()) {
            if (name.startsWith(p.getKey())) {
                return Optional.of(p.getValue());
            }
        }
        String[] parts = name.split("\\.");
        for (int k = 0; k < parts.length; k++) {
            Reason reason = CLASSES.get(parts[k]);
            boolean qualifiedInJava = k == 0 || name.startsWith("java.");
            if (reason != null && qualifiedInJava) {
                return Optional.of(reason);
            }
        }
        if (name.equals("java.lang.System.exit") || name.equals("java.lang.Runtime") || name.startsWith("java.lang.Runtime.")) {
            return Optional.of(Reason.EXIT);
        }
        return Optional.empty();
    }

    /** The index of the parenthesis closing the one at {@code open}; the last token when it is not closed. */
    private static int closing(List<JavaTokens.Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).is(JavaLexer.LPAREN)) {
                depth++;
            } else if (tokens.get(k).is(JavaLexer.RPAREN) && --depth == 0) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    private static PlaybookProblem problem(RuleFile file, RuleFileOutline outline, int offset, Optional<String> rule, String message) {
        RuleFileOutline.Position at = outline.position(offset);
        return new Problem(file.name(), at.line(), at.column(),
                rule.isPresent() ? rule : outline.ruleAt(at.line()).map(RuleFileOutline.RuleOutline::name), message);
    }
}
