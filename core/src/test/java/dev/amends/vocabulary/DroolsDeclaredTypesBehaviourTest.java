package dev.amends.vocabulary;

import dev.amends.compile.RuleFile;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.io.DescrResource;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the declared vocabulary relies on in Drools, pinned so that an upgrade that changes it fails
 * here: types declared through the descriptor builder, reached from another package by an import
 * added to its parsed package, filled in through {@link FactType}; and a declared enum that text
 * never equals, which Drools compiles without a word, so that the vocabulary check must say it.
 */
class DroolsDeclaredTypesBehaviourTest {

    private static final PlaybookVocabulary VOCABULARY = VocabularyFile.read(List.of(new RuleFile(VocabularyFile.NAME, """
            facts:
              accountTier:
                values: [STRATEGIC, KEY]
            """)), new ArrayList<>());

    private static KieBase build(String drl) throws Exception {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr rules = parser.parse(null, drl);
        assertThat(parser.hasErrors()).isFalse();
        rules.addImport(new ImportDescr(DeclaredTypes.PACKAGE + ".*"));
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        batch.add(new DescrResource(DeclaredTypes.declarations(VOCABULARY, VocabularyFile.NAME)), ResourceType.DESCR);
        batch.add(new DescrResource(rules), ResourceType.DESCR);
        batch.build();
        assertThat(builder.getResults(ResultSeverity.ERROR)).as("Drools accepts it without a message").isEmpty();
        return builder.newKieBase();
    }

    private static int firings(KieBase kieBase, String tier) {
        Object facts = DeclaredTypes.of(kieBase, VOCABULARY).orElseThrow().facts(java.util.Map.of("accountTier", tier));
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(facts);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    @Test
    void aDeclaredEnumFromAnotherPackageMatchesItsConstant() throws Exception {
        KieBase kieBase = build("""
                package elsewhere;
                rule "Strategic" when Facts( accountTier == AccountTier.STRATEGIC ) then end
                """);

        assertThat(firings(kieBase, "STRATEGIC")).isEqualTo(1);
        assertThat(firings(kieBase, "KEY")).isZero();
    }

    @Test
    void theDeclaredFactsTypeIsFoundByItsPackageAndName() throws Exception {
        KieBase kieBase = build("""
                package elsewhere;
                rule "Any" when Facts() then end
                """);

        FactType type = kieBase.getFactType(DeclaredTypes.PACKAGE, DeclaredTypes.FACTS_TYPE);
        assertThat(type).isNotNull();
        assertThat(type.getField("accountTier").getType().isEnum()).isTrue();
    }

    @Test
    void textComparedWithADeclaredEnumCompilesAndNeverMatches() throws Exception {
        KieBase kieBase = build("""
                package elsewhere;
                rule "Key as text" when Facts( accountTier == "KEY" ) then end
                """);

        assertThat(firings(kieBase, "KEY")).as("why the vocabulary check reports such a condition").isZero();
    }
}
