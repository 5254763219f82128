package dev.amends.model;

/** Something the rep must not do while recovering from this mistake. */
public enum Avoid {
    BLAME_OTHERS,
    MAKE_EXCUSES,
    JOKE_ABOUT_IT,
    OVERPROMISE,
    IGNORE_THE_CUSTOMER,
    SORRY_FIRST_TO_ANGRY_CUSTOMER,
    MINIMIZE_IT
}
