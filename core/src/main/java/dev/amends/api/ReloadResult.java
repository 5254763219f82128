package dev.amends.api;

import java.util.List;

/** The outcome of a reload. Immutable. */
public interface ReloadResult {

    /** Whether the rules read were applied, were the ones already serving, or were rejected. */
    Outcome outcome();

    /** The version serving requests after the reload; the first playbook is number 1. */
    PlaybookVersion playbook();

    /** Why the rules read were rejected; empty unless rejected. */
    List<PlaybookProblem> problems();

    /** Whether a new version now serves requests. */
    default boolean applied() {
        return outcome() == Outcome.APPLIED;
    }

    /** The number of the version serving requests after the reload. */
    default int version() {
        return playbook().number();
    }

    /** What a reload did. */
    enum Outcome {
        /** A new version now serves every new request. */
        APPLIED,
        /** The rules read are exactly those already serving (same digest); nothing changed. */
        UNCHANGED,
        /** The rules read have problems, or kept changing while read; the version serving stays. */
        REJECTED
    }
}
