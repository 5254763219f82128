package dev.amends.cli;

/**
 * The user's input cannot be used: a field of the incident, the incident file, or an option's
 * value. {@link #subject()} names what is at fault, so the one-line message can start with it.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is at fault, as {@link #subject()} gives it. */
    private final String subject;

    BadInputException(String subject, String problem) {
        super(TerminalText.name(subject) + ": " + problem);
        this.subject = subject;
    }

    /**
     * What is at fault.
     *
     * @return a field name such as {@code severity}, a file name, or an option such as {@code --rules}
     */
    public String subject() {
        return subject;
    }
}
