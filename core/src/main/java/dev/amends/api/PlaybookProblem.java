package dev.amends.api;

import java.util.Optional;

/**
 * One problem found in a playbook's rule files, located as precisely as the compiler allows.
 * Immutable; its {@code toString()} reads {@code file:line:column: rule "name": message}.
 */
public interface PlaybookProblem {

    /** The file, as named in the playbook (a folder's file path, or the default playbook's file name). */
    String file();

    /** The line, counting from 1; 0 when unknown. */
    int line();

    /** The column, counting from 1; 0 when unknown. */
    int column();

    /** The rule the problem is in, when it is in one. */
    Optional<String> rule();

    /** What is wrong and, where it can say, what is allowed. */
    String message();
}
