package dev.amends.compile;

import dev.amends.api.PlaybookRule;

/** A rule of a compiled playbook, with where it is written, its conditions and its guidance metadata. */
public record Rule(String name, String location, String conditions, String guidance, String source) implements PlaybookRule {

    /** A rule that carries no guidance metadata. */
    public Rule(String name, String location, String conditions) {
        this(name, location, conditions, "", "");
    }

    /**
     * The value a rule's metadata gives for a key, as Drools read it from the DRL (an annotation's
     * string, unquoted); empty when the rule has no such metadata.
     */
    static String metadata(org.kie.api.definition.rule.Rule rule, String key) {
        Object value = rule == null ? null : rule.getMetaData().get(key);
        return value == null ? "" : value.toString().strip();
    }
}
