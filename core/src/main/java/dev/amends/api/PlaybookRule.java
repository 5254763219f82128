package dev.amends.api;

/** One rule of an advisor's playbook. Immutable. */
public interface PlaybookRule {

    /** The metadata key of a rule's guidance: {@code @guidance("...")} in DRL. */
    String GUIDANCE = "guidance";

    /** The metadata key of the guidance's source: {@code @source("...")} in DRL. */
    String SOURCE = "source";

    /** The rule's name. */
    String name();

    /** Where it is written, as {@code file:line}. */
    String location();

    /** Its conditions as written after {@code when}, on one line. */
    String conditions();

    /** The guidance the rule encodes, in a sentence, from its {@code @guidance("...")} metadata; empty when it carries none. */
    String guidance();

    /**
     * Where that guidance comes from (a source text, a study, the playbook), from its
     * {@code @source("...")} metadata; empty when it carries none.
     */
    String source();
}
