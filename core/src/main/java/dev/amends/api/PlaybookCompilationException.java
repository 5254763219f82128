package dev.amends.api;

import java.util.List;
import java.util.stream.Collectors;

/** A playbook could not be loaded: every problem found, each with its file and line. */
public final class PlaybookCompilationException extends PlaybookException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlaybookProblem> problems;

    /**
     * A playbook that could not be loaded.
     *
     * @param problems every problem found, in file and line order
     */
    public PlaybookCompilationException(List<PlaybookProblem> problems) {
        super("The playbook has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(PlaybookProblem::toString).collect(Collectors.joining("\n")), null);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file and line order. */
    public List<PlaybookProblem> problems() {
        return problems;
    }
}
