package dev.amends.api;

import dev.amends.api.PlaybookVersion;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a reload.
 *
 * @param outcome  whether the rules read were applied, were the ones already serving, or were rejected
 * @param playbook the version serving requests after the reload; the first playbook is number 1
 * @param problems why the rules read were rejected; empty unless rejected
 */
public record ReloadResult(Outcome outcome, PlaybookVersion playbook, List<PlaybookProblem> problems) {

    public ReloadResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(playbook, "playbook");
        problems = List.copyOf(problems);
    }

    /** What a reload did. */
    public enum Outcome {
        /** A new version now serves every new request. */
        APPLIED,
        /** The rules read are exactly those already serving (same digest); nothing changed. */
        UNCHANGED,
        /** The rules read have problems, or kept changing while read; the version serving stays. */
        REJECTED
    }

    static ReloadResult applied(PlaybookVersion playbook) {
        return new ReloadResult(Outcome.APPLIED, playbook, List.of());
    }

    static ReloadResult unchanged(PlaybookVersion playbook) {
        return new ReloadResult(Outcome.UNCHANGED, playbook, List.of());
    }

    static ReloadResult rejected(PlaybookVersion playbook, List<PlaybookProblem> problems) {
        return new ReloadResult(Outcome.REJECTED, playbook, problems);
    }

    /** Whether a new version now serves requests. */
    public boolean applied() {
        return outcome == Outcome.APPLIED;
    }

    /** The number of the version serving requests after the reload. */
    public int version() {
        return playbook.number();
    }
}
