package dev.amends.api;

import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule carries the guidance it encodes as Drools rule metadata, {@code @guidance} and
 * {@code @source}; the advisor reads it from the rule base. What this relies on in Drools' parser and
 * builders is pinned here, so that an upgrade that changes it fails by name.
 */
class GuidanceMetadataTest {

    @Test
    void aRulesGuidanceAndSourceAreReadFromItsMetadata() {
        RecoveryAdvisor advisor = Drl.advisor("""
                rule "Thank them"
                    @guidance("Thank an angry customer before anything else; \u201csorry\u201d first sounds defensive.")
                    @source('Source 004')
                when
                    Incident()
                then
                    plan.step(Action.THANK_FOR_RAISING, "Thank them.");
                end
                """);

        PlaybookRule rule = advisor.rules().get(0);
        assertThat(rule.guidance()).isEqualTo("Thank an angry customer before anything else; \u201csorry\u201d first sounds defensive.");
        assertThat(rule.source()).isEqualTo("Source 004");
    }

    @Test
    void aRuleWithoutMetadataHasEmptyGuidanceAndSource() {
        RecoveryAdvisor advisor = Drl.advisor("""
                rule "Thank them" when Incident() then plan.step(Action.THANK_FOR_RAISING, "Thank them."); end
                """);

        assertThat(advisor.rules().get(0).guidance()).isEmpty();
        assertThat(advisor.rules().get(0).source()).isEmpty();
    }

    @Test
    void droolsGivesAnAnnotationsQuotedStringUnquotedInTheRulesMetadataWhicheverQuotesItUses() {
        KieBase base = build("""
                package p;
                rule "r"
                    @guidance("Say \\"thanks\\" first.")
                    @source('Source 000; AHRQ CANDOR')
                when then end
                """);

        assertThat(base.getRule("p", "r").getMetaData())
                .containsEntry("guidance", "Say \"thanks\" first.")
                .containsEntry("source", "Source 000; AHRQ CANDOR");
    }

    @Test
    void droolsKeepsATextBlockAnnotationValueWithItsQuotesSoGuidanceIsWrittenAsOneString() {
        KieBase base = build("""
                package p;
                rule "r"
                    @guidance(\"""
                        Say it.\""")
                when then end
                """);

        assertThat(base.getRule("p", "r").getMetaData().get("guidance").toString()).startsWith("\"\"\"");
    }

    @Test
    void aTextBlockInAConsequenceCompilesInTheClassicBuild() {
        KieBase base = build("""
                package p;
                global java.util.List out;
                rule "r"
                when then
                    String says = \"""
                        Say "thanks" first,
                        then listen.\""";
                    out.add(says);
                end
                """);
        List<String> out = new ArrayList<>();
        var session = base.newKieSession();
        session.setGlobal("out", out);
        session.fireAllRules();
        session.dispose();

        assertThat(out).containsExactly("Say \"thanks\" first,\nthen listen.");
    }

    @Test
    void theDrlParserRefusesALineContinuationInsideATextBlock() throws Exception {
        DrlParser parser = new DrlParser();
        parser.parse(true, """
                package p;
                rule "r"
                when then
                    String says = \"""
                        Say it, \\
                        then listen.\""";
                end
                """);

        assertThat(parser.hasErrors()).isTrue();
    }

    private static KieBase build(String drl) {
        return new KieHelper().addContent(drl, ResourceType.DRL).build();
    }
}
