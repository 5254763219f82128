package dev.amends.engine;

import dev.amends.model.Incident;
import dev.amends.model.RecoveryPlan;
import dev.amends.testing.space.InputSpace;
import dev.amends.testing.space.Planner;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The default playbook extended with four facts an organisation declares, for the benchmark of the
 * whole-space check, until the advisor takes declared facts: the rules test them as fields of a
 * declared type {@code Facts}, and this planner inserts one beside the incident, as the advisor
 * will. An account tier and a product kind of four values each and a band of units affected of
 * three are read by rules; a region of three values is read by none.
 */
public final class DeclaredFactsSimulation {

    private static final String PACKAGE = "dev.amends.playbook";

    /** The organisation's rules: the declared type and three rules on three of its four fields. */
    static final String RULES = """
            package dev.amends.playbook;

            import dev.amends.model.*;

            global dev.amends.engine.PlanDraft plan;

            declare Facts
                accountTier : String
                productKind : String
                unitsAffected : int
                region : String
            end

            rule "A strategic or key account holds us to every word"
            when
                Facts( accountTier in ("STRATEGIC", "KEY") )
            then
                plan.avoid(Avoid.OVERPROMISE, "A large account holds us to every word; promise only what is certain.");
            end

            rule "Many implants affected: no guess at the cause"
            when
                Facts( productKind == "IMPLANT", unitsAffected >= 10 )
            then
                plan.avoid(Avoid.SPECULATE_ABOUT_CAUSE, "With many implants affected, a guess at the cause travels far.");
            end

            rule "Serious trouble with a growth account's software"
            when
                Facts( accountTier == "GROWTH", productKind == "SOFTWARE" )
                Incident( severity in (Severity.HIGH, Severity.CRITICAL) )
            then
                plan.avoid(Avoid.MINIMIZE_IT, "A growing account judges the software it bet on by this.");
            end
            """;

    private final KieBase kieBase;
    private final Map<String, String> ruleLocations;
    private final List<RuleFile> files;

    private DeclaredFactsSimulation(KieBase kieBase, Map<String, String> ruleLocations, List<RuleFile> files) {
        this.kieBase = kieBase;
        this.ruleLocations = ruleLocations;
        this.files = files;
    }

    /** The default playbook and the organisation's rules, compiled from DRL. */
    public static DeclaredFactsSimulation compile() {
        List<RuleFile> files = new ArrayList<>(Engines.defaultFiles());
        files.add(new RuleFile("organisation.drl", RULES));
        PlaybookCompiler.Compiled compiled = PlaybookCompiler.compile(files, List.of());
        return new DeclaredFactsSimulation(compiled.kieBase(), compiled.ruleLocations(), List.copyOf(files));
    }

    /** The built-in facts and the four declared ones: 506,880 × 144 = 72,990,720 combinations. */
    public static InputSpace space() {
        return InputSpace.builtIn()
                .with(new InputSpace.Dimension("accountTier", "Facts", List.of("STRATEGIC", "KEY", "GROWTH", "STANDARD")))
                .with(new InputSpace.Dimension("productKind", "Facts", List.of("IMPLANT", "INSTRUMENT", "CONSUMABLE", "SOFTWARE")))
                .with(new InputSpace.Dimension("unitsAffected", "Facts", List.of(1, 10, 100)))
                .with(new InputSpace.Dimension("region", "Facts", List.of("EU", "US", "APAC")));
    }

    /** What these rules can tell apart. */
    public RuleReading reading() {
        return RuleReading.of(files);
    }

    /** Plans made as the advisor makes them (a new session per plan), with a {@code Facts} fact inserted beside the incident. */
    public Planner planner() {
        FactType type = kieBase.getFactType(PACKAGE, "Facts");
        return (incident, facts) -> plan(type, incident, facts);
    }

    private RecoveryPlan plan(FactType type, Incident incident, Map<String, Object> facts) {
        PlanDraft draft = new PlanDraft(PlaybookVocabulary.BUILT_IN);
        KieSession session = kieBase.newKieSession();
        try {
            Object declared = type.newInstance();
            facts.forEach((name, value) -> type.set(declared, name, value));
            session.setGlobal(PlaybookCompiler.PLAN_GLOBAL, draft);
            session.addEventListener(new Engines.DraftTracker(draft));
            session.insert(incident);
            session.insert(declared);
            session.fireAllRules(10_001);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("the declared type Facts cannot be made", e);
        } finally {
            session.dispose();
        }
        return PlanAssembler.assemble(draft, incident, ruleLocations);
    }
}
