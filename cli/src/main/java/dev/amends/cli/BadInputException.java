package dev.amends.cli;

/**
 * The user's input cannot be used: a field of the incident, the incident file, or an option's
 * value. {@link #subject()} names what is at fault, so the one-line message can start with it.
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String subject;

    BadInputException(String subject, String problem) {
        super(TerminalText.name(subject) + ": " + problem);
        this.subject = subject;
    }

    /** What is at fault: a field name such as {@code severity}, a file name, or an option such as {@code --rules}. */
    String subject() {
        return subject;
    }
}
