package dev.amends.testing.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Scenario files could not be read or do not follow the format. Lists every problem found, each
 * naming its file and line; {@link #file()}, {@link #line()} and {@link #problem()} give the first.
 */
public final class ScenarioFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem of a scenario file.
     *
     * @param file    the file at fault
     * @param line    the line at fault, counting from 1; 0 when the problem is with the whole file
     * @param message what is wrong, without the file and line
     */
    public record Problem(String file, int line, String message) {

        /** {@code file:line: message}, or {@code file: message} for the whole file. */
        @Override
        public String toString() {
            return (line > 0 ? file + ":" + line : file) + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    ScenarioFileException(String file, int line, String problem) {
        this(List.of(new Problem(file, line, problem)));
    }

    ScenarioFileException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems in scenario files:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** Every problem found, in file and line order. */
    public List<Problem> problems() {
        return problems;
    }

    /** What is wrong, without the file and line (of the first problem). */
    public String problem() {
        return problems.get(0).message();
    }

    /** The file at fault (of the first problem). */
    public String file() {
        return problems.get(0).file();
    }

    /** The line at fault, counting from 1; 0 when the problem is with the whole file (of the first problem). */
    public int line() {
        return problems.get(0).line();
    }
}
