package dev.amends.model;

/**
 * Something the rep must not do: one of the built-in {@link Avoid} items, or one a playbook folder
 * declares in its {@code vocabulary.yaml}.
 */
public interface AvoidKind {

    /** The name rules and files use, such as {@code BLAME_OTHERS}. */
    String name();

    /** What not to do, in a few words a rep reads at a glance: "Blaming others". */
    String title();
}
