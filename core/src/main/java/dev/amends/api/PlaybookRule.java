package dev.amends.api;

/**
 * One rule of an advisor's playbook.
 *
 * @param name       the rule's name
 * @param location   where it is written, as {@code file:line}
 * @param conditions its conditions as written after {@code when}, on one line
 * @param guidance   the guidance the rule encodes, in a sentence, from its {@code @guidance("...")}
 *                   metadata; empty when it carries none
 * @param source     where that guidance comes from (a source text, a study, the playbook), from its
 *                   {@code @source("...")} metadata; empty when it carries none
 */
public record PlaybookRule(String name, String location, String conditions, String guidance, String source) {

    /** The metadata key of a rule's guidance: {@code @guidance("...")} in DRL. */
    public static final String GUIDANCE = "guidance";

    /** The metadata key of the guidance's source: {@code @source("...")} in DRL. */
    public static final String SOURCE = "source";

    /** A rule that carries no guidance metadata. */
    public PlaybookRule(String name, String location, String conditions) {
        this(name, location, conditions, "", "");
    }

    /**
     * The value a rule's metadata gives for a key, as Drools read it from the DRL (an annotation's
     * string, unquoted); empty when the rule has no such metadata.
     */
    public static String metadata(org.kie.api.definition.rule.Rule rule, String key) {
        Object value = rule == null ? null : rule.getMetaData().get(key);
        return value == null ? "" : value.toString().strip();
    }
}
