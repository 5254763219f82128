package dev.amends.api;

import java.util.List;
import java.util.Objects;

/** A reload's outcome as the advisor reports it. */
record Reload(Outcome outcome, PlaybookVersion playbook, List<PlaybookProblem> problems) implements ReloadResult {

    Reload {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(playbook, "playbook");
        problems = List.copyOf(problems);
    }

    static Reload applied(PlaybookVersion playbook) {
        return new Reload(Outcome.APPLIED, playbook, List.of());
    }

    static Reload unchanged(PlaybookVersion playbook) {
        return new Reload(Outcome.UNCHANGED, playbook, List.of());
    }

    static Reload rejected(PlaybookVersion playbook, List<PlaybookProblem> problems) {
        return new Reload(Outcome.REJECTED, playbook, problems);
    }
}
