package dev.amends.vocabulary;

import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.dsl.DescrFactory;
import org.drools.drl.ast.dsl.EnumDeclarationDescrBuilder;
import org.drools.drl.ast.dsl.PackageDescrBuilder;
import org.drools.drl.ast.dsl.TypeDeclarationDescrBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;

import java.util.HashMap;
import java.util.Map;

/**
 * The Drools types that carry a playbook's declared facts to its rules: one {@code Facts} type
 * with a field per declared fact, and an enum per fact of listed values ({@code AccountTier} for
 * {@code accountTier}), declared through Drools' descriptor builder in one package that every
 * rule file imports. An instance of {@code Facts} is inserted beside each incident.
 */
public final class DeclaredTypes {

    /** The package of the declared types. */
    public static final String PACKAGE = "dev.amends.declared";

    /** The name of the type whose fields are the declared facts. */
    public static final String FACTS_TYPE = "Facts";

    private final FactType factsType;
    private final Map<String, Class<?>> enumTypes;

    private DeclaredTypes(FactType factsType, Map<String, Class<?>> enumTypes) {
        this.factsType = factsType;
        this.enumTypes = enumTypes;
    }

    /** The declarations of the vocabulary's facts, as a package Drools builds beside the rule files. */
    public static PackageDescr declarations(PlaybookVocabulary vocabulary, String sourcePath) {
        PackageDescrBuilder pkg = DescrFactory.newPackage().name(PACKAGE);
        for (DeclaredFact fact : vocabulary.facts()) {
            if (fact.kind() == DeclaredFact.Kind.VALUES) {
                EnumDeclarationDescrBuilder values = pkg.newDeclare().enumerative().name(fact.typeName());
                fact.values().forEach(value -> values.newEnumLiteral(value).end());
                values.end();
            }
        }
        TypeDeclarationDescrBuilder facts = pkg.newDeclare().type().name(FACTS_TYPE);
        for (DeclaredFact fact : vocabulary.facts()) {
            facts.newField(fact.name()).type(switch (fact.kind()) {
                case VALUES -> fact.typeName();
                case YES_NO -> "boolean";
                case WHOLE_NUMBER -> "int";
            }).end();
        }
        facts.end();
        PackageDescr descr = pkg.getDescr();
        descr.setNamespace(PACKAGE);
        return descr;
    }

    /** Lets a rule file name the declared types without an import line of its own. */
    public static void importInto(PackageDescr rules) {
        if (rules.getImports().stream().noneMatch(i -> i.getTarget().equals(PACKAGE + ".*"))) {
            rules.addImport(new ImportDescr(PACKAGE + ".*"));
        }
    }

    /** The declared types as a built rule base holds them; empty when the vocabulary declares no facts. */
    public static java.util.Optional<DeclaredTypes> of(KieBase kieBase, PlaybookVocabulary vocabulary) {
        if (vocabulary.facts().isEmpty()) {
            return java.util.Optional.empty();
        }
        FactType type = kieBase.getFactType(PACKAGE, FACTS_TYPE);
        if (type == null) {
            throw new IllegalStateException("the rule base holds no declared type " + PACKAGE + "." + FACTS_TYPE);
        }
        Map<String, Class<?>> enums = new HashMap<>();
        for (DeclaredFact fact : vocabulary.facts()) {
            if (fact.kind() == DeclaredFact.Kind.VALUES) {
                enums.put(fact.name(), type.getField(fact.name()).getType());
            }
        }
        return java.util.Optional.of(new DeclaredTypes(type, enums));
    }

    /** A {@code Facts} object holding these values, checked already against the vocabulary. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object facts(Map<String, Object> values) {
        try {
            Object facts = factsType.newInstance();
            values.forEach((name, value) -> {
                Class<?> enumType = enumTypes.get(name);
                factsType.set(facts, name, enumType == null ? value : Enum.valueOf((Class) enumType, (String) value));
            });
            return facts;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("could not make the declared facts of an incident", e);
        }
    }
}
