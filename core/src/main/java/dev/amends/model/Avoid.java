package dev.amends.model;

/** Something the rep must not do while recovering from this mistake. */
public enum Avoid {
    BLAME_OTHERS,
    MAKE_EXCUSES,
    JOKE_ABOUT_IT,
    OVERPROMISE,
    IGNORE_THE_CUSTOMER,
    SORRY_FIRST_TO_ANGRY_CUSTOMER,
    MINIMIZE_IT,
    /** Guessing at a device's cause or fault before the investigation closes. */
    SPECULATE_ABOUT_CAUSE,
    /** Offering money or compensation in the conversation after patient harm. */
    OFFER_COMPENSATION_ON_THE_SPOT,
    /** Anything of value to a person, outside the account's contract terms. */
    PERSONAL_FAVOURS
}
