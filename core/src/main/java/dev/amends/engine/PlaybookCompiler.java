package dev.amends.engine;

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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compiles rule files into a rule base, or reports every problem it finds in them at once. */
final class PlaybookCompiler {

    static final String PLAN_GLOBAL = "plan";

    private static final Pattern LINE_COLUMN = Pattern.compile("\\[ERR \\d+] Line (\\d+):(\\d+)");

    private PlaybookCompiler() {
    }

    static KieBase compile(List<RuleFile> files) {
        List<PlaybookProblem> problems = new ArrayList<>();
        Map<String, RuleFileOutline> outlines = new HashMap<>();
        for (RuleFile file : files) {
            RuleFileOutline outline = RuleFileOutline.of(file.text());
            outlines.put(file.name(), outline);
            checkPlaceholders(file, outline, problems);
        }
        checkDuplicateRules(files, outlines, problems);

        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(PlaybookCompiler.class.getClassLoader()));
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.name());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            problems.add(toProblem(result, outlines));
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        KieBase kieBase = builder.newKieBase();
        checkPlanGlobal(kieBase, files, problems);
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return kieBase;
    }

    static boolean declaresPlan(KieBase kieBase) {
        return planGlobal(kieBase).isPresent();
    }

    private static Optional<Global> planGlobal(KieBase kieBase) {
        return kieBase.getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream())
                .filter(g -> g.getName().equals(PLAN_GLOBAL))
                .findFirst();
    }

    private static void checkPlanGlobal(KieBase kieBase, List<RuleFile> files, List<PlaybookProblem> problems) {
        planGlobal(kieBase)
                .filter(g -> !g.getType().equals(PlanDraft.class.getName()))
                .ifPresent(g -> problems.add(new PlaybookProblem(files.get(0).name(), 0, 0, Optional.empty(),
                        "the global 'plan' must be declared as " + PlanDraft.class.getName() + ", not " + g.getType())));
    }

    private static void checkPlaceholders(RuleFile file, RuleFileOutline outline, List<PlaybookProblem> problems) {
        for (RuleFileOutline.Literal literal : outline.literals) {
            Matcher m = Wording.PLACEHOLDER.matcher(literal.text());
            while (m.find()) {
                if (!Wording.NAMES.contains(m.group(1))) {
                    problems.add(new PlaybookProblem(file.name(), literal.line(), literal.column() + 1 + m.start(),
                            outline.ruleAt(literal.line()), Wording.unknown(m.group(1))));
                }
            }
        }
    }

    private static void checkDuplicateRules(List<RuleFile> files, Map<String, RuleFileOutline> outlines,
                                            List<PlaybookProblem> problems) {
        Map<String, String> firstSeen = new HashMap<>();
        for (RuleFile file : files) {
            RuleFileOutline outline = outlines.get(file.name());
            for (RuleFileOutline.RuleHeader rule : outline.rules) {
                String key = outline.packageName + "/" + rule.name();
                String where = file.name() + ":" + rule.line();
                String earlier = firstSeen.putIfAbsent(key, where);
                if (earlier != null) {
                    problems.add(new PlaybookProblem(file.name(), rule.line(), 1, Optional.of(rule.name()),
                            "a rule of the same name is already defined at " + earlier + "; rule names must be unique"));
                }
            }
        }
    }

    private static PlaybookProblem toProblem(KnowledgeBuilderResult result, Map<String, RuleFileOutline> outlines) {
        String file = result.getResource() == null || result.getResource().getSourcePath() == null
                ? "(playbook)" : result.getResource().getSourcePath();
        int[] lines = result.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
        int column = 0;
        String message = result.getMessage() == null ? "" : result.getMessage().strip();
        Matcher lc = LINE_COLUMN.matcher(message);
        if (lc.find()) {
            line = Integer.parseInt(lc.group(1));
            column = Integer.parseInt(lc.group(2)) + 1;
        }
        RuleFileOutline outline = outlines.get(file);
        Optional<String> rule = outline == null ? Optional.empty() : outline.ruleAt(line);
        return new PlaybookProblem(file, line, column, rule, message.replaceAll("\\s+", " "));
    }

    private static PlaybookCompilationException failure(List<PlaybookProblem> problems) {
        problems.sort(Comparator.comparing(PlaybookProblem::file).thenComparingInt(PlaybookProblem::line)
                .thenComparingInt(PlaybookProblem::column));
        return new PlaybookCompilationException(problems);
    }
}
