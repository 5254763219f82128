package dev.amends.engine;

/** A rule failed while a plan was being made: it threw, misused the plan, or kept firing without end. */
public final class RuleEvaluationException extends PlaybookException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    RuleEvaluationException(String rule, String message, Throwable cause) {
        super("rule \"" + rule + "\": " + message, cause);
        this.rule = rule;
    }

    /** The name of the rule that failed. */
    public String rule() {
        return rule;
    }
}
