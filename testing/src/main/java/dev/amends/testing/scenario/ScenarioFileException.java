package dev.amends.testing.scenario;

/** A scenario file could not be read or does not follow the format; names the file and line. */
public final class ScenarioFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    ScenarioFileException(String file, int line, String problem) {
        super((line > 0 ? file + ":" + line : file) + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }

    /** The file at fault. */
    public String file() {
        return file;
    }

    /** The line at fault, counting from 1; 0 when the problem is with the whole file. */
    public int line() {
        return line;
    }
}
