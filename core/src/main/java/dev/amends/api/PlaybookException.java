package dev.amends.api;

/** Something is wrong with a playbook: it does not compile, or one of its rules failed while it ran. */
public abstract sealed class PlaybookException extends RuntimeException
        permits PlaybookCompilationException, RuleEvaluationException {

    private static final long serialVersionUID = 1L;

    PlaybookException(String message, Throwable cause) {
        super(message, cause);
    }
}
