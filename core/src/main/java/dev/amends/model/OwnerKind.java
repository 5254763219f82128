package dev.amends.model;

/**
 * Who carries out a step: one of the built-in {@link Owner}s, or a role a playbook folder declares
 * in its {@code vocabulary.yaml}.
 */
public interface OwnerKind {

    /** The name rules and files use, such as {@code SALES_MANAGER} or {@code CLINICAL_SPECIALIST}. */
    String name();

    /** Who this is, as the subject of a sentence addressed to the rep: "Your sales manager". */
    String title();
}
