package dev.amends.playbook;

import dev.amends.compile.JavaTokens;
import dev.amends.compile.PrecompiledPlaybook;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleFile;
import dev.amends.compile.RuleFileOutline;
import dev.amends.model.Action;
import dev.amends.model.CustomerMood;
import dev.amends.model.DetectedBy;
import dev.amends.model.Incident;
import dev.amends.api.Step;
import dev.amends.testing.space.InputSpace;
import org.drools.drl.parser.antlr4.JavaLexer;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default playbook writes each wording and reason as one string literal, with quoted speech in
 * typographic quotes (“ ” and ‘ ’), so that it needs neither {@code +} nor escaped quotes. What that
 * form relies on in Drools' two builds, the classic one that {@code --rules} uses and the executable
 * model that precompiles the default playbook, is pinned here, with why text blocks are not the form.
 */
class WordingFormTest {

    private static final String SPEECH = "Say \u201cthanks\u201d first, and mean \u2018thanks\u2019.";

    @Test
    void everyStringInTheDefaultPlaybooksConsequencesIsOneLiteralWithoutEscapedQuotes() {
        List<String> offending = new ArrayList<>();
        int literals = 0;
        for (RuleFile file : DefaultPlaybookFiles.read()) {
            RuleFileOutline outline = RuleFileOutline.of(file.text());
            for (RuleFileOutline.RuleOutline rule : outline.rules) {
                List<JavaTokens.Token> code = outline.consequence(rule);
                for (int i = 0; i < code.size(); i++) {
                    JavaTokens.Token token = code.get(i);
                    boolean joined = token.is(JavaLexer.ADD) && (code.get(i - 1).is(JavaLexer.STRING_LITERAL)
                            || i + 1 < code.size() && code.get(i + 1).is(JavaLexer.STRING_LITERAL));
                    boolean escapedQuote = token.is(JavaLexer.STRING_LITERAL) && token.text().contains("\\\"");
                    literals += token.is(JavaLexer.STRING_LITERAL) ? 1 : 0;
                    if (joined || escapedQuote || token.is(JavaLexer.TEXT_BLOCK)) {
                        offending.add(file.name() + ", rule \"" + rule.name() + "\": " + token.text());
                    }
                }
            }
        }

        assertThat(literals).as("string literals read in the consequences").isGreaterThan(100);
        assertThat(offending).isEmpty();
    }

    @Test
    void typographicQuotesReachThePlanFromThePrecompiledPlaybookAsWritten() {
        Incident angryCustomer = InputSpace.at(0).toBuilder()
                .detectedBy(DetectedBy.CUSTOMER).customerMood(CustomerMood.ANGRY).contact("Dr. Amara Osei").build();

        Step thanks = RecoveryAdvisor.withDefaultPlaybook().recommend(angryCustomer).step(Action.THANK_FOR_RAISING).orElseThrow();

        assertThat(PrecompiledPlaybook.load(DefaultPlaybookFiles.read())).as("the default playbook is precompiled").isPresent();
        assertThat(thanks.wording()).contains("\u201cThank you for telling me this directly, Dr. Osei.");
        assertThat(thanks.why()).contains("\u201cI'm sorry\u201d first");
    }

    @ParameterizedTest(name = "executable model: {0}")
    @ValueSource(booleans = {false, true})
    void droolsKeepsTypographicQuotesInAStringLiteralInEitherBuild(boolean executableModel) {
        assertThat(said("out.add(\"" + SPEECH + "\");", executableModel)).containsExactly(SPEECH);
    }

    @Test
    void theExecutableModelRefusesATextBlockPassedStraightToAMethodSoWordingsAreNotTextBlocks() {
        assertThatThrownBy(() -> said("""
                out.add(\"""
                    Say thanks first.\""");
                """, true)).hasMessageContaining("is undefined for the type String");
        assertThat(said("""
                out.add(\"""
                    Say thanks first.\""");
                """, false)).as("the classic build accepts it").containsExactly("Say thanks first.");
    }

    @Test
    void theExecutableModelCompilesATextBlockAssignedToALocalVariableFirst() {
        assertThat(said("""
                String says = \"""
                    Say thanks first,
                    then listen.\""";
                out.add(says);
                """, true)).containsExactly("Say thanks first,\nthen listen.");
    }

    /** What a rule with this consequence adds to the global list {@code out}, built in the classic way or as an executable model. */
    private static List<String> said(String consequence, boolean executableModel) {
        String drl = "package p;\nglobal java.util.List out;\nrule \"r\"\nwhen\nthen\n" + consequence + "\nend\n";
        KieHelper helper = new KieHelper().addContent(drl, ResourceType.DRL);
        KieBase base = executableModel ? helper.build(ExecutableModelProject.class) : helper.build();
        List<String> out = new ArrayList<>();
        var session = base.newKieSession();
        try {
            session.setGlobal("out", out);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return out;
    }
}
