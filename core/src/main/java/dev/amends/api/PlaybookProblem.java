package dev.amends.api;

import java.util.Optional;

/**
 * One problem found in a playbook's rule files, located as precisely as the compiler allows.
 * {@code line} and {@code column} count from 1; 0 means unknown.
 */
public record PlaybookProblem(String file, int line, int column, Optional<String> rule, String message) {

    public PlaybookProblem {
        rule = rule == null ? Optional.empty() : rule;
    }

    /**
     * The problem as {@code file:line:column: message}, with the rule's name where there is one;
     * an unknown line or column is left out ({@code file: message}).
     */
    @Override
    public String toString() {
        String where = line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
        return where + ": " + rule.map(r -> "rule \"" + r + "\": ").orElse("") + message;
    }
}
