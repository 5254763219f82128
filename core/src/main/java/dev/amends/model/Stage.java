package dev.amends.model;

/** Where a step falls in the recovery as it happens; a plan lists its stages in this order. */
public enum Stage {
    /** In-house steps due before the customer is spoken to: preparing, reporting, getting approval. */
    BEFORE_CONTACT("Before you speak to the customer"),
    /** The first conversation with the customer, in the order it is spoken. */
    FIRST_CONTACT("The first conversation"),
    /** Everything after the first conversation, in the order it is due. */
    FOLLOW_THROUGH("Then");

    private final String title;

    Stage(String title) {
        this.title = title;
    }

    /** A heading for the stage, such as "The first conversation". */
    public String title() {
        return title;
    }
}
