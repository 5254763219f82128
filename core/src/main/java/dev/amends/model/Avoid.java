package dev.amends.model;

/** Something the rep must not do while recovering from this mistake. */
public enum Avoid implements AvoidKind {
    /** Pointing at a colleague, a partner or the customer. */
    BLAME_OTHERS("Blaming others"),
    /** Explaining why it was not really our fault. */
    MAKE_EXCUSES("Making excuses"),
    /** Making light of it. */
    JOKE_ABOUT_IT("Joking about it"),
    /** Promising what no one has confirmed can be done. */
    OVERPROMISE("Promising more than you can deliver"),
    /** Going quiet while the customer waits. */
    IGNORE_THE_CUSTOMER("Leaving the customer without an answer"),
    /** Apologising before an angry customer has been heard out. */
    SORRY_FIRST_TO_ANGRY_CUSTOMER("Opening with \"sorry\" to an angry customer"),
    /** Making it sound smaller than it was for the customer. */
    MINIMIZE_IT("Playing it down"),
    /** Guessing at a device's cause or fault before the investigation closes. */
    SPECULATE_ABOUT_CAUSE("Guessing at the cause"),
    /** Offering money or compensation in the conversation after patient harm. */
    OFFER_COMPENSATION_ON_THE_SPOT("Offering compensation on the spot"),
    /** Anything of value to a person, outside the account's contract terms. */
    PERSONAL_FAVOURS("Gifts or favours to a person");

    private final String title;

    Avoid(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
