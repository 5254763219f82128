package dev.amends.benchmarks;

import dev.amends.api.RecoveryAdvisor;

/**
 * The default playbook extended with four facts an organisation declares, for the benchmark of the
 * whole-space check: an account tier and a product kind of four values each and a number of units
 * affected in three bands are read by the organisation's rules; a region of three values is read by
 * none. 506,880 × 4 × 4 × 3 × 3 = 72,990,720 combinations.
 */
final class ExtendedPlaybook {

    static final String VOCABULARY = """
            facts:
              accountTier:
                values: [STRATEGIC, KEY, GROWTH, STANDARD]
                default: STANDARD
              productKind:
                values: [IMPLANT, INSTRUMENT, CONSUMABLE, SOFTWARE]
                default: CONSUMABLE
              unitsAffected:
                type: whole number
                bands: [10, 100]
              region:
                values: [EU, US, APAC]
                default: EU
            """;

    static final String RULES = """
            package organisation;

            import dev.amends.model.*;

            global dev.amends.dsl.PlanDraft plan;

            rule "A strategic or key account holds us to every word"
                @guidance("A large account holds us to every word: promise only what is certain.")
            when
                Facts( accountTier in (AccountTier.STRATEGIC, AccountTier.KEY) )
            then
                plan.avoid(Avoid.OVERPROMISE, "A large account holds us to every word; promise only what is certain.");
            end

            rule "Many implants affected: no guess at the cause"
                @guidance("With many implants affected, a guess at the cause travels far.")
            when
                Facts( productKind == ProductKind.IMPLANT, unitsAffected >= 10 )
            then
                plan.avoid(Avoid.SPECULATE_ABOUT_CAUSE, "With many implants affected, a guess at the cause travels far.");
            end

            rule "Serious trouble with a growth account's software"
                @guidance("A growing account judges the software it bet on by how a serious failure is handled.")
            when
                Facts( accountTier == AccountTier.GROWTH, productKind == ProductKind.SOFTWARE )
                Incident( severity in (Severity.HIGH, Severity.CRITICAL) )
            then
                plan.avoid(Avoid.MINIMIZE_IT, "A growing account judges the software it bet on by this.");
            end
            """;

    private ExtendedPlaybook() {
    }

    /** The advisor: the default playbook, the vocabulary and the organisation's rules, compiled from DRL. */
    static RecoveryAdvisor advisor() {
        return RecoveryAdvisor.builder().defaultPlaybook().vocabulary(VOCABULARY).rules("organisation.drl", RULES).build();
    }
}
