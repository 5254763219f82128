package dev.amends.compile;

import dev.amends.api.PlaybookProblem;

import java.util.Optional;

/** A problem found in a playbook, as the library's checks and Drools' results locate it. */
public record Problem(String file, int line, int column, Optional<String> rule, String message) implements PlaybookProblem {

    /** A problem at {@code file:line:column} (0 where unknown), in the named rule if there is one. */
    public Problem {
        rule = rule == null ? Optional.empty() : rule;
    }

    @Override
    public String toString() {
        String where = line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
        return where + ": " + rule.map(r -> "rule \"" + r + "\": ").orElse("") + message;
    }
}
