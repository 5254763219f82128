package dev.amends.api;

/**
 * A rule failed while a plan was being made: it threw, misused the plan, or kept firing without end.
 * The message names the rule and, where known, the file and line it is written at.
 */
public final class RuleEvaluationException extends PlaybookException {

    private static final long serialVersionUID = 1L;

    /** The name of the rule that failed. */
    private final String rule;

    /**
     * A rule's failure.
     *
     * @param rule the rule's name
     * @param location where it is written ({@code remedy.drl:42}), or {@code null} when not known
     * @param message what went wrong
     * @param cause what the rule threw, or {@code null}
     */
    public RuleEvaluationException(String rule, String location, String message, Throwable cause) {
        super("rule \"" + rule + "\"" + (location == null ? "" : " (" + location + ")") + ": " + message, cause);
        this.rule = rule;
    }

    /** The name of the rule that failed. */
    public String rule() {
        return rule;
    }
}
