package dev.amends.compile;

import dev.amends.vocabulary.DeclaredTypes;
import dev.amends.dsl.PlanDraft;
import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.PlaybookProblem;
import dev.amends.api.PlaybookRule;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.evaluate.Wording;
import dev.amends.model.*;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.compiler.compiler.FunctionError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.parser.ParserError;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.io.DescrResource;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Global;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Compiles rule files into a rule base, or reports every problem it finds in them at once. */
public final class PlaybookCompiler {

    /** The name of the global through which rules add steps to the plan. */
    public static final String PLAN_GLOBAL = "plan";

    /**
     * How many lines of the Java class Drools 10 generates for a rule lie between the line it records
     * as the consequence offset and the first line of the consequence itself: the consequence
     * method's template opens with a blank line, the method's signature and two local variables.
     */
    private static final int CONSEQUENCE_BODY_SHIFT = 4;

    private static final String UNKNOWN_FILE = "(playbook)";

    private static final Pattern PARSER_MESSAGE = Pattern.compile("^(?:\\[ERR \\d+] )?Line (\\d+):(\\d+)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern PARSER_CRASH = Pattern.compile("\\.? Exception: .*$", Pattern.DOTALL);
    private static final Pattern FUNCTION_MESSAGE = Pattern.compile("^\\[ function (\\S+?)\\1? \\(line:(\\d+)\\): (.*?)\\s*]$", Pattern.DOTALL);
    private static final Pattern IN_RULE = Pattern.compile("in rule \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern IMPORT_MESSAGE = Pattern.compile("^Error importing : '([^']+)'");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("^The method ([\\w$]+)\\(.*\\) is undefined for the type Rule_");
    private static final Pattern IMPORT_FOLLOW_ON = Pattern.compile(
            "^(?:Only a type can be imported\\. (\\S+) resolves to a package|The import (\\S+) cannot be resolved)");
    private static final Pattern UNANALYSABLE = Pattern.compile("^Unable to Analyse Expression (.+?):\\R", Pattern.DOTALL);
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.}]", Pattern.DOTALL);
    private static final Pattern MVEL_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final Pattern CARET_LINE = Pattern.compile("(?m)^\\s*\\^\\s*$");
    private static final Pattern NULL_PACKAGE = Pattern.compile("^Parser returned a null Package");
    private static final Pattern DUPLICATE_RULE = Pattern.compile("^Duplicate rule name: ");
    private static final Pattern DUPLICATE_CLASS = Pattern.compile("^The type Rule_\\w+ is already defined");
    private static final Pattern JAVA_SUBJECT = Pattern.compile(
            "^(?:The method |The field (?:\\w+\\.)*|The constructor )?([A-Za-z_$][\\w$]*)(?:\\(.*?\\))?"
                    + " (?:cannot be resolved|is undefined|is not visible|is not applicable)");

    /**
     * A rule base and, for messages at run time, where each rule is written ({@code file:line}),
     * with the vocabulary its folders declare and the Drools types that carry the declared facts.
     */
    public record Compiled(KieBase kieBase, Map<String, String> ruleLocations, Map<String, PlaybookRule> rules,
                    PlaybookVocabulary vocabulary, Optional<DeclaredTypes> declaredTypes) {

        Compiled(KieBase kieBase, Map<String, String> ruleLocations, Map<String, PlaybookRule> rules) {
            this(kieBase, ruleLocations, rules, PlaybookVocabulary.BUILT_IN, Optional.empty());
        }
    }

    private PlaybookCompiler() {
    }

    /**
     * Compiles the files.
     *
     * @param known problems already found while loading the files, reported together with any found here
     * @throws PlaybookCompilationException listing every problem, known ones included
     */
    public static Compiled compile(List<RuleFile> files, List<PlaybookProblem> known) {
        return compile(files, known, Map.of(), PlaybookVocabulary.BUILT_IN);
    }

    /**
     * Compiles the files, those of {@code parsed} as given there: already read, and perhaps with
     * rules taken out of their package ({@link RuleFileOutline#without}), with the vocabulary the
     * playbook's folders declare.
     */
    static Compiled compile(List<RuleFile> files, List<PlaybookProblem> known, Map<String, RuleFileOutline> parsed,
                            PlaybookVocabulary vocabulary) {
        List<PlaybookProblem> problems = new ArrayList<>(known);
        Map<String, RuleFileOutline> outlines = new HashMap<>();
        List<RuleFile> distinct = new ArrayList<>();
        List<VocabularyCheck.Unknown> misspelled = new ArrayList<>();
        List<RuleFileOutline> read = new ArrayList<>();
        for (RuleFile file : files) {
            RuleFileOutline outline = parsed.containsKey(file.name()) ? parsed.get(file.name()) : RuleFileOutline.of(file.text());
            read.add(outline);
            if (outlines.putIfAbsent(file.name(), outline) != null) {
                problems.add(new Problem(file.name(), 0, 0, Optional.empty(),
                        "two rule files have this name; give each its own, so that problems can point at the right one"));
                continue;
            }
            distinct.add(file);
            checkHoldsARule(file, outline, problems);
            checkUnclosedStrings(file, outline, problems);
            if (!outline.parsed) {
                continue;
            }
            for (VocabularyCheck.Unknown unknown : VocabularyCheck.check(file, outline, vocabulary)) {
                problems.add(unknown.problem());
                misspelled.add(unknown);
            }
            checkPlaceholders(file, outline, problems);
            problems.addAll(ForbiddenCallCheck.check(file, outline));
            checkMovedPlanType(file, outline, problems);
        }
        Set<String> duplicated = checkDuplicateRules(distinct, outlines, problems);

        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(PlaybookCompiler.class.getClassLoader()));
        CompositeKnowledgeBuilder batch = builder.batch();
        boolean declaresFacts = !vocabulary.facts().isEmpty();
        if (declaresFacts) {
            String declaredIn = vocabulary.facts().get(0).declaredAt().replaceFirst(":\\d+$", "");
            Resource declarations = new DescrResource(DeclaredTypes.declarations(vocabulary, declaredIn));
            declarations.setSourcePath(declaredIn);
            batch.add(declarations, ResourceType.DESCR);
        }
        for (int i = 0; i < files.size(); i++) {
            RuleFile file = files.get(i);
            RuleFileOutline outline = read.get(i);
            if (outline.edited || outline.parsed) {
                // Drools builds the package as its parser read it for the checks above, rules taken
                // out of it included; a file its parser read with errors is given as text, for Drools' own report.
                if (declaresFacts) {
                    DeclaredTypes.importInto(outline.packageDescr());
                }
                Resource resource = new DescrResource(outline.packageDescr());
                resource.setSourcePath(file.name());
                outline.packageDescr().setResource(resource);
                batch.add(resource, ResourceType.DESCR);
            } else {
                Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
                resource.setSourcePath(file.name());
                batch.add(resource, ResourceType.DRL);
            }
        }
        batch.build();
        for (PlaybookProblem problem : droolsProblems(builder.getResults(ResultSeverity.ERROR), outlines, duplicated)) {
            if (misspelled.stream().noneMatch(m -> reportsTheSame(m, problem)) && !followsFromVocabulary(problem, vocabulary)) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        KieBase kieBase = builder.newKieBase();
        checkPlanGlobal(kieBase, files, outlines, problems);
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return new Compiled(kieBase, ruleLocations(files, outlines), rules(kieBase, files, outlines), vocabulary,
                DeclaredTypes.of(kieBase, vocabulary));
    }

    /**
     * A {@code plan} global declared with the draft's earlier class name ({@code dev.amends.engine.PlanDraft}
     * before the packages were split) is named with the one to write instead, and built as that one, so
     * that Drools does not follow with a missing class and every use of {@code plan} unresolved.
     */
    private static void checkMovedPlanType(RuleFile file, RuleFileOutline outline, List<PlaybookProblem> problems) {
        for (GlobalDescr global : outline.packageDescr().getGlobals()) {
            String type = global.getType();
            if (global.getIdentifier().equals(PLAN_GLOBAL) && !type.equals(PlanDraft.class.getName())
                    && type.substring(type.lastIndexOf('.') + 1).equals(PlanDraft.class.getSimpleName())) {
                RuleFileOutline.Position at = global.getStartCharacter() >= 0
                        ? outline.position(global.getStartCharacter()) : new RuleFileOutline.Position(global.getLine(), 0);
                problems.add(new Problem(file.name(), at.line(), at.column(), Optional.empty(), "the plan's type is "
                        + PlanDraft.class.getName() + " (" + type + " is its earlier name); write: global "
                        + PlanDraft.class.getName() + " plan;"));
                global.setType(PlanDraft.class.getName());
            }
        }
    }

    /** Whether a Drools problem is about a name whose declaration in the vocabulary has a problem of its own. */
    private static boolean followsFromVocabulary(PlaybookProblem problem, PlaybookVocabulary vocabulary) {
        if (vocabulary.unread() && vocabulary.facts().isEmpty()
                && Pattern.compile("(?<![\\w$])" + DeclaredTypes.FACTS_TYPE + "(?![\\w$])").matcher(problem.message()).find()) {
            return true;
        }
        return vocabulary.faultyNames().stream().anyMatch(name -> Pattern.compile("(?<![\\w$])" + Pattern.quote(name)
                + "(?![\\w$])").matcher(problem.message()).find());
    }

    /** Whether a Drools problem is its own report of a name the vocabulary check already found misspelled. */
    private static boolean reportsTheSame(VocabularyCheck.Unknown unknown, PlaybookProblem problem) {
        return problem.file().equals(unknown.problem().file()) && problem.line() == unknown.problem().line()
                && problem.message().contains(unknown.name());
    }

    /** Whether the rules declare the plan global, so that they can add steps. */
    public static boolean declaresPlan(KieBase kieBase) {
        return planGlobal(kieBase).isPresent();
    }

    private static Optional<Global> planGlobal(KieBase kieBase) {
        return kieBase.getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream())
                .filter(g -> g.getName().equals(PLAN_GLOBAL))
                .findFirst();
    }

    /**
     * Each rule with where it is written and its conditions, from the files, and its guidance and
     * source, from the metadata Drools keeps in the rule base (so the precompiled playbook's come
     * from the executable model, not from parsing DRL).
     */
    private static Map<String, PlaybookRule> rules(KieBase kieBase, List<RuleFile> files, Map<String, RuleFileOutline> outlines) {
        Map<String, org.kie.api.definition.rule.Rule> built = new HashMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> built.putIfAbsent(r.getName(), r)));
        Map<String, PlaybookRule> rules = new HashMap<>();
        for (RuleFile file : files) {
            RuleFileOutline outline = outlines.get(file.name());
            for (RuleFileOutline.RuleOutline rule : outline.rules) {
                org.kie.api.definition.rule.Rule metadata = built.get(rule.name());
                rules.putIfAbsent(rule.name(),
                        new Rule(rule.name(), file.name() + ":" + rule.line(), outline.conditions(rule),
                                Rule.metadata(metadata, PlaybookRule.GUIDANCE),
                                Rule.metadata(metadata, PlaybookRule.SOURCE)));
            }
        }
        return Map.copyOf(rules);
    }

    private static Map<String, String> ruleLocations(List<RuleFile> files, Map<String, RuleFileOutline> outlines) {
        Map<String, String> locations = new HashMap<>();
        for (RuleFile file : files) {
            for (RuleFileOutline.RuleOutline rule : outlines.get(file.name()).rules) {
                locations.putIfAbsent(rule.name(), file.name() + ":" + rule.line());
            }
        }
        return Map.copyOf(locations);
    }

    private static void checkPlanGlobal(KieBase kieBase, List<RuleFile> files, Map<String, RuleFileOutline> outlines,
                                        List<PlaybookProblem> problems) {
        planGlobal(kieBase)
                .filter(g -> !g.getType().equals(PlanDraft.class.getName()))
                .ifPresent(g -> {
                    String message = "the global 'plan' must be declared as " + PlanDraft.class.getName()
                            + ", not " + g.getType();
                    for (RuleFile file : files) {
                        RuleFileOutline outline = outlines.get(file.name());
                        for (GlobalDescr global : outline.packageDescr().getGlobals()) {
                            if (global.getIdentifier().equals(PLAN_GLOBAL) && !global.getType().equals(PlanDraft.class.getName())) {
                                RuleFileOutline.Position at = global.getStartCharacter() >= 0
                                        ? outline.position(global.getStartCharacter()) : new RuleFileOutline.Position(global.getLine(), 0);
                                problems.add(new Problem(file.name(), at.line(), at.column(), Optional.empty(), message));
                            }
                        }
                    }
                    if (problems.isEmpty()) {
                        problems.add(new Problem(files.get(0).name(), 0, 0, Optional.empty(), message));
                    }
                });
    }

    private static void checkPlaceholders(RuleFile file, RuleFileOutline outline, List<PlaybookProblem> problems) {
        for (RuleFileOutline.Literal literal : outline.literals) {
            Matcher m = Wording.PLACEHOLDER.matcher(literal.text());
            while (m.find()) {
                if (!Wording.NAMES.contains(m.group(1))) {
                    RuleFileOutline.Position at = outline.position(literal.offset() + m.start());
                    problems.add(new Problem(file.name(), at.line(), at.column(),
                            outline.ruleAt(at.line()).map(RuleFileOutline.RuleOutline::name),
                            Wording.unknown(m.group(1)) + Vocabulary.typoOf(m.group(1), Wording.NAMES)
                                    .map(name -> "; did you mean {" + name + "}?").orElse("")));
                }
            }
        }
    }

    /**
     * A file that Drools reads without error but that holds no rule, function, type or query is
     * taken for a file emptied or cut short while being saved, not for a playbook that wants no rules.
     */
    private static void checkHoldsARule(RuleFile file, RuleFileOutline outline, List<PlaybookProblem> problems) {
        PackageDescr descr = outline.packageDescr();
        if (outline.parsed && !outline.edited && descr.getRules().isEmpty() && descr.getFunctions().isEmpty()
                && descr.getTypeDeclarations().isEmpty() && descr.getEnumDeclarations().isEmpty()) {
            problems.add(new Problem(file.name(), 0, 0, Optional.empty(),
                    "holds no rule: it is empty, or holds only comments or its package, import and global lines; "
                            + "a file cut short or saved half-way looks like this, so it is not loaded: add its rules or remove it"));
        }
    }

    private static void checkUnclosedStrings(RuleFile file, RuleFileOutline outline, List<PlaybookProblem> problems) {
        for (int offset : outline.unclosedStrings) {
            RuleFileOutline.Position at = outline.position(offset);
            problems.add(new Problem(file.name(), at.line(), at.column(),
                    outline.ruleAt(at.line()).map(RuleFileOutline.RuleOutline::name),
                    "this string is not closed on its line; a string in a consequence ends on the line it starts"));
        }
    }

    /** Reports each rule name used twice in one package, naming both places; answers the names reported. */
    private static Set<String> checkDuplicateRules(List<RuleFile> files, Map<String, RuleFileOutline> outlines,
                                                   List<PlaybookProblem> problems) {
        Map<String, String> firstSeen = new HashMap<>();
        Set<String> duplicated = new HashSet<>();
        for (RuleFile file : files) {
            RuleFileOutline outline = outlines.get(file.name());
            for (RuleFileOutline.RuleOutline rule : outline.rules) {
                String where = file.name() + ":" + rule.line();
                String earlier = firstSeen.putIfAbsent(rule.name(), where);
                if (earlier != null) {
                    duplicated.add(rule.name());
                    problems.add(new Problem(file.name(), rule.line(), 1, Optional.of(rule.name()),
                            "rule \"" + rule.name() + "\" is defined twice, here and at " + earlier
                                    + "; rule names must be unique in a playbook, since plans, explanations and overrides name rules"));
                }
            }
        }
        return duplicated;
    }

    private static List<PlaybookProblem> droolsProblems(Collection<KnowledgeBuilderResult> results,
                                                        Map<String, RuleFileOutline> outlines, Set<String> duplicated) {
        Set<String> failedImports = new HashSet<>();
        Set<String> failedFunctions = new HashSet<>();
        for (KnowledgeBuilderResult result : results) {
            Matcher m = IMPORT_MESSAGE.matcher(String.valueOf(result.getMessage()));
            if (m.find()) {
                failedImports.add(m.group(1));
            }
            Matcher f = FUNCTION_MESSAGE.matcher(String.valueOf(result.getMessage()).strip());
            if (f.matches()) {
                failedFunctions.add(f.group(1));
            }
        }
        Set<String> filesWithPlacedParserErrors = results.stream()
                .filter(r -> r instanceof ParserError e && e.getRow() > 0).map(PlaybookCompiler::sourcePath).collect(Collectors.toSet());
        Map<String, List<PlaybookProblem>> byFile = new HashMap<>();
        Set<String> filesWithNullPackage = new LinkedHashSet<>();
        for (KnowledgeBuilderResult result : results) {
            String file = sourcePath(result);
            String message = result.getMessage() == null ? "" : result.getMessage().strip();
            if (result instanceof ParserError e && e.getRow() <= 0 && filesWithPlacedParserErrors.contains(file)) {
                // The parser's crash without a place repeats an error it also reports with one.
                continue;
            }
            if (NULL_PACKAGE.matcher(message).find()) {
                filesWithNullPackage.add(file);
                continue;
            }
            if (!duplicated.isEmpty() && (DUPLICATE_RULE.matcher(message).find() || isOnlyDuplicateClass(result))) {
                continue;
            }
            Matcher imported = IMPORT_MESSAGE.matcher(message);
            if (imported.find() && failedFunctions.contains(imported.group(1).substring(imported.group(1).lastIndexOf('.') + 1))) {
                continue;
            }
            for (PlaybookProblem p : toProblems(result, file, message, outlines.get(file), duplicated)) {
                if (followsFromFailedImport(p.message(), failedImports) || callsFailedFunction(p.message(), failedFunctions)) {
                    continue;
                }
                List<PlaybookProblem> list = byFile.computeIfAbsent(file, f -> new ArrayList<>());
                if (!list.contains(p)) {
                    list.add(p);
                }
            }
        }
        for (String file : filesWithNullPackage) {
            byFile.computeIfAbsent(file, f -> new ArrayList<>(List.of(new Problem(f, 0, 0, Optional.empty(),
                    "the file could not be parsed"))));
        }
        return byFile.values().stream().flatMap(List::stream).collect(Collectors.toList());
    }

    /** Whether the Java compiler's complaint repeats an import already reported on its own line. */
    private static boolean followsFromFailedImport(String message, Set<String> failedImports) {
        Matcher m = IMPORT_FOLLOW_ON.matcher(message);
        if (!m.find()) {
            return false;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        return failedImports.stream().anyMatch(i -> i.equals(name) || i.startsWith(name + "."));
    }

    /** Whether the Java compiler's complaint is only that a function which failed to compile cannot be called. */
    private static boolean callsFailedFunction(String message, Set<String> failedFunctions) {
        Matcher m = UNDEFINED_METHOD.matcher(message);
        return m.find() && failedFunctions.contains(m.group(1));
    }

    private static boolean isOnlyDuplicateClass(KnowledgeBuilderResult result) {
        return result instanceof RuleBuildError e && e.getObject() instanceof Object[] compiled
                && Arrays.stream(compiled).allMatch(p -> p instanceof CompilationProblem cp
                && DUPLICATE_CLASS.matcher(String.valueOf(cp.getMessage())).find());
    }

    private static List<PlaybookProblem> toProblems(KnowledgeBuilderResult result, String file, String message,
                                                    RuleFileOutline outline, Set<String> duplicated) {
        if (result instanceof RuleBuildError e && e.getObject() instanceof Object[] compiled && compiled.length > 0
                && Arrays.stream(compiled).allMatch(CompilationProblem.class::isInstance)) {
            return consequenceProblems(e, compiled, file, outline, duplicated);
        }
        if (result instanceof DescrBuildError e) {
            return List.of(descrProblem(e, file, message, outline));
        }
        int line = firstLine(result);
        int column = 0;
        if (result instanceof ParserError error) {
            line = error.getRow();
            column = error.getCol() + 1;
            Matcher parser = PARSER_MESSAGE.matcher(message);
            message = PARSER_CRASH.matcher(parser.matches() ? parser.group(3) : message).replaceFirst("");
        }
        if (result instanceof FunctionError error && error.getFunctionDescr() != null) {
            FunctionDescr function = error.getFunctionDescr();
            Matcher text = FUNCTION_MESSAGE.matcher(message);
            message = "function " + function.getName() + ": " + (text.matches() ? text.group(3) : message);
            line = function.getLine();
            if (outline != null && function.getStartCharacter() >= 0) {
                RuleFileOutline.Position at = outline.position(nameOffset(outline, function));
                line = at.line();
                column = at.column();
            }
        }
        Matcher imported = IMPORT_MESSAGE.matcher(message);
        if (imported.find() && outline != null) {
            String target = imported.group(1);
            Optional<ImportDescr> declaration = Stream.concat(outline.packageDescr().getImports().stream(),
                            outline.packageDescr().getFunctionImports().stream())
                    .filter(i -> i.getTarget().equals(target) && i.getStartCharacter() >= 0).findFirst();
            if (declaration.isPresent()) {
                RuleFileOutline.Position at = outline.position(declaration.get().getStartCharacter());
                line = at.line();
                column = at.column();
            }
        }
        Matcher named = IN_RULE.matcher(message);
        Optional<String> rule = named.find() ? Optional.of(named.group(1).replaceAll("\\\\(.)", "$1"))
                : ruleAt(outline, line);
        return List.of(new Problem(file, line, column, rule, clean(message)));
    }

    /** Where a function's name is written: the token of that name after the start of its declaration. */
    private static int nameOffset(RuleFileOutline outline, FunctionDescr function) {
        int start = function.getStartCharacter();
        int end = Math.min(Math.max(function.getEndCharacter() + 1, start), outline.text().length());
        return JavaTokens.of(outline.text().substring(start, end), start).tokens.stream()
                .filter(t -> t.isName(function.getName())).mapToInt(JavaTokens.Token::offset).findFirst().orElse(start);
    }

    /** One problem for each error the Java compiler found in a rule's consequence, at its line in the rule file. */
    private static List<PlaybookProblem> consequenceProblems(RuleBuildError error, Object[] compiled, String file,
                                                             RuleFileOutline outline, Set<String> duplicated) {
        String ruleName = error.getRule() != null ? error.getRule().getName()
                : error.getDescr() instanceof RuleDescr d ? d.getName() : null;
        int ruleLine = error.getDescr() != null && error.getDescr().getLine() > 0 ? error.getDescr().getLine() : firstLine(error);
        Optional<RuleFileOutline.RuleOutline> rule = outline == null || ruleName == null ? Optional.empty() : outline.rule(ruleName);
        int firstBodyLine = error.getDescr() instanceof RuleDescr d ? d.getConsequenceOffset() + CONSEQUENCE_BODY_SHIFT : -1;

        List<PlaybookProblem> problems = new ArrayList<>();
        for (Object o : compiled) {
            CompilationProblem p = (CompilationProblem) o;
            String message = p.getMessage() == null ? "" : p.getMessage().strip();
            if (!duplicated.isEmpty() && DUPLICATE_CLASS.matcher(message).find()) {
                continue;
            }
            int line = ruleLine;
            int column = 0;
            Optional<String> subject = subjectOf(message);
            if (rule.isPresent() && rule.get().consequenceLine() > 0 && firstBodyLine >= 0 && p.getStartLine() >= firstBodyLine) {
                int mapped = rule.get().consequenceLine() + p.getStartLine() - firstBodyLine;
                if (mapped <= rule.get().endLine()) {
                    line = mapped;
                    column = subject.map(name -> columnOfWord(outline.line(mapped), name)).orElse(0);
                }
            }
            if (column == 0 && subject.isPresent() && rule.isPresent()) {
                RuleFileOutline.RuleOutline r = rule.get();
                Optional<RuleFileOutline.Position> only = onlyLineWith(outline, subject.get(),
                        r.consequenceLine() > 0 ? r.consequenceLine() : r.line(), r.endLine())
                        .or(() -> onlyLineWith(outline, subject.get(), r.line(), r.endLine()));
                if (only.isPresent()) {
                    line = only.get().line();
                    column = only.get().column();
                }
            }
            problems.add(new Problem(file, line, column, Optional.ofNullable(ruleName), clean(message)));
        }
        return problems;
    }

    private static PlaybookProblem descrProblem(DescrBuildError error, String file, String message, RuleFileOutline outline) {
        BaseDescr descr = error.getDescr();
        BaseDescr parent = error.getParentDescr();
        Optional<String> named = parent instanceof RuleDescr r ? Optional.of(r.getName())
                : descr instanceof RuleDescr r ? Optional.of(r.getName()) : Optional.empty();
        int line = firstLine(error);
        int column = 0;
        Matcher mvel = MVEL_POSITION.matcher(message);
        if (line > 0 && mvel.find() && Integer.parseInt(mvel.group(1)) == line) {
            column = Integer.parseInt(mvel.group(2)) + 1;
        } else if (line > 0 && descr != null && descr.getLine() == line && descr.getColumn() >= 0) {
            column = descr.getColumn() + 1;
        }
        Optional<RuleFileOutline.Position> near = quoted(NEAR, message).flatMap(text -> locateInRule(text, outline, named));
        if (near.isPresent()) {
            line = near.get().line();
            column = near.get().column();
        } else if (line <= 0) {
            Optional<RuleFileOutline.Position> found = quoted(UNANALYSABLE, message).flatMap(text -> locateInRule(text, outline, named));
            if (found.isPresent()) {
                line = found.get().line();
                column = found.get().column();
            } else if (parent != null && parent.getLine() > 0) {
                line = parent.getLine();
            } else {
                line = 0;
            }
        }
        return new Problem(file, line, column, named.isPresent() ? named : ruleAt(outline, line), clean(message));
    }

    private static Optional<String> quoted(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() && !m.group(1).isBlank() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Where, inside its rule, a piece of code an error message quotes is written; white space may differ. */
    private static Optional<RuleFileOutline.Position> locateInRule(String code, RuleFileOutline outline,
                                                                   Optional<String> ruleName) {
        Optional<RuleFileOutline.RuleOutline> rule = outline == null ? Optional.empty() : ruleName.flatMap(outline::rule);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        String pattern = Arrays.stream(code.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s*"));
        Matcher found = Pattern.compile(pattern).matcher(outline.text());
        found.region(outline.offsetOf(rule.get().line()), outline.offsetOf(rule.get().endLine() + 1));
        return found.find() ? Optional.of(outline.position(found.start())) : Optional.empty();
    }

    /** The name a Java compiler message is about, such as {@code APOLOGISE} in "APOLOGISE cannot be resolved". */
    private static Optional<String> subjectOf(String message) {
        Matcher m = JAVA_SUBJECT.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The column where the name occurs on the line as a whole word; 0 when it does not. */
    private static int columnOfWord(String lineText, String name) {
        Matcher word = wordPattern(name).matcher(lineText);
        return word.find() ? word.start() + 1 : 0;
    }

    /** Where the name occurs as a whole word between two lines, if all its occurrences there are on one line. */
    private static Optional<RuleFileOutline.Position> onlyLineWith(RuleFileOutline outline, String name, int from, int to) {
        Matcher word = wordPattern(name).matcher(outline.text());
        word.region(outline.offsetOf(from), outline.offsetOf(to + 1));
        RuleFileOutline.Position first = null;
        while (word.find()) {
            RuleFileOutline.Position at = outline.position(word.start());
            if (first == null) {
                first = at;
            } else if (at.line() != first.line()) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(first);
    }

    private static Pattern wordPattern(String name) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
    }

    private static Optional<String> ruleAt(RuleFileOutline outline, int line) {
        return outline == null || line <= 0 ? Optional.empty() : outline.ruleAt(line).map(RuleFileOutline.RuleOutline::name);
    }

    private static int firstLine(KnowledgeBuilderResult result) {
        int[] lines = result.getLines();
        return lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
    }

    private static String sourcePath(KnowledgeBuilderResult result) {
        Resource resource = result.getResource();
        return resource == null || resource.getSourcePath() == null ? UNKNOWN_FILE : resource.getSourcePath();
    }

    /** The message on one line, without the caret that points into a copy of the expression and without a position already reported. */
    private static String clean(String message) {
        String text = CARET_LINE.matcher(message).replaceAll(" ");
        text = MVEL_POSITION.matcher(text).replaceAll(" ");
        return text.replaceAll("\\s+", " ").strip();
    }

    private static PlaybookCompilationException failure(List<PlaybookProblem> problems) {
        problems.sort(Comparator.comparing(PlaybookProblem::file).thenComparingInt(PlaybookProblem::line)
                .thenComparingInt(PlaybookProblem::column));
        return new PlaybookCompilationException(problems);
    }
}
