package dev.amends.api;

/**
 * A rule failed while a plan was being made: it threw, misused the plan, or kept firing without end.
 * The message names the rule and, where known, the file and line it is written at.
 */
public final class RuleEvaluationException extends PlaybookException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    public RuleEvaluationException(String rule, String location, String message, Throwable cause) {
        super("rule \"" + rule + "\"" + (location == null ? "" : " (" + location + ")") + ": " + message, cause);
        this.rule = rule;
    }

    /** The name of the rule that failed. */
    public String rule() {
        return rule;
    }
}
