package dev.amends.compile;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.ParserError;
import org.drools.drl.parser.antlr4.JavaLexer;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the analysis relies on in Drools' DRL parser and builder, pinned so that an upgrade of
 * Drools that changes it fails here, by name, rather than somewhere in the checks.
 */
class DroolsParserBehaviourTest {

    private static final String DRL = """
            package p;
            rule 'Calm // then fix'
            when
                Incident( severity == Severity.HIGH )
            then
                int end = 1; plan.step(Action.FIX, "Fix it.");
            end
            """;

    @Test
    void theConsequenceIsTheTextOfTheFileJustBeforeTheRulesEnd() throws Exception {
        RuleDescr rule = new DrlParser().parse(true, DRL).getRules().get(0);
        String consequence = rule.getConsequence().toString();

        assertThat(rule.getName()).isEqualTo("Calm // then fix");
        assertThat(consequence).startsWith("int end = 1;");
        assertThat(DRL.lastIndexOf(consequence, rule.getEndCharacter() + 1 - consequence.length()))
                .isEqualTo(DRL.indexOf("int end"));
        assertThat(rule.getLine()).isEqualTo(2);
        assertThat(rule.getEndLine()).isEqualTo(7);
    }

    @Test
    void aConstraintsStartIsItsOffsetInTheFile() throws Exception {
        PackageDescr descr = new DrlParser().parse(true, DRL);
        BaseDescr constraint = ((org.drools.drl.ast.descr.PatternDescr) descr.getRules().get(0).getLhs().getDescrs().get(0))
                .getDescrs().get(0);

        assertThat(constraint.getStartCharacter()).isEqualTo(DRL.indexOf("severity"));
    }

    @Test
    void theTolerantModeKeepsTheRulesAroundAnErrorAndGivesItsRowAndColumn() throws Exception {
        DrlParser parser = new DrlParser();
        PackageDescr descr = parser.parse(true, """
                rule "broken" when Incident( severity == then x(); end
                rule "fine" when Incident() then y(); end
                """);

        assertThat(parser.getErrors()).first().isInstanceOf(ParserError.class)
                .satisfies(e -> assertThat(((ParserError) e).getRow()).isEqualTo(1));
        assertThat(descr.getRules()).extracting(RuleDescr::getName).contains("fine");
    }

    @Test
    void anInListIsParsedIntoOneComparisonPerValue() {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr parsed = parser.parse("detectedBy in (\"REP\", DetectedBy.COMPANY)");

        ConstraintConnectiveDescr or = (ConstraintConnectiveDescr) parsed.getDescrs().get(0);
        assertThat(or.getDescrs()).allSatisfy(d -> assertThat(d).isInstanceOf(RelationalExprDescr.class))
                .extracting(d -> ((RelationalExprDescr) d).getOperator() + " " + ((RelationalExprDescr) d).getRight())
                .containsExactly("== \"REP\"", "== DetectedBy.COMPANY");
    }

    @Test
    void theJavaLexerGivesTheQuoteOfAnUnclosedStringAsATokenOfItsOwn() {
        assertThat(JavaTokens.of("x(\"open);", 10).unclosedStrings).containsExactly(12);
        assertThat(JavaLexer.VOCABULARY.getSymbolicName(JavaLexer.TEXT)).isEqualTo("TEXT");
    }

    /**
     * Why the compiler reads the KnowledgeBuilder's typed results rather than KieBuilder's public
     * messages: those carry no column, and a consequence's Java errors come as one message at the
     * rule's line. When this fails, KieBuilder may have become enough.
     */
    @Test
    void kieBuildersMessagesGiveNoColumnAndOneMessageForAllOfAConsequencesErrors() {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem().write("src/main/resources/t/t.drl", """
                package t;
                rule "two mistakes"
                when
                    String( length > 2 )
                then
                    int a = "one";
                    int b = "two";
                end
                """);
        List<Message> messages = services.newKieBuilder(files).buildAll().getResults().getMessages(Message.Level.ERROR);

        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.getLine()).isEqualTo(2);
            assertThat(m.getColumn()).isZero();
        });
    }
}
