package dev.amends.model;

/** What went wrong for the customer. */
public enum Mistake {
    WRONG_PRODUCT,
    DEFECTIVE_PRODUCT,
    INCORRECT_INFORMATION,
    FORGOTTEN_ITEM,
    MISSED_APPOINTMENT,
    BILLING_ERROR,
    OVERLOOKED_DECISION_MAKER,
    BROKEN_PROMISE,
    LATE_DELIVERY,
    UNANSWERED_REQUEST,
    OTHER
}
