package dev.amends.model;

/** What went wrong for the customer. */
public enum Mistake {
    /** The customer received a product other than the one ordered: another size, model or lot. */
    WRONG_PRODUCT,
    /** A product failed or is alleged not to perform as labelled: a device complaint. */
    DEFECTIVE_PRODUCT,
    /** The customer was given wrong information: a label, instructions, a price, an answer. */
    INCORRECT_INFORMATION,
    /** Something the customer needed was left out or not brought: a tray, a part, a document. */
    FORGOTTEN_ITEM,
    /** A meeting, visit, in-service or case coverage did not happen as agreed. */
    MISSED_APPOINTMENT,
    /** An invoice, price or credit was wrong. */
    BILLING_ERROR,
    /** Someone who decides or must be consulted was left out of the process. */
    OVERLOOKED_DECISION_MAKER,
    /** Something promised to the customer was not, or will not be, delivered as promised. */
    BROKEN_PROMISE,
    /** An order arrives, or will arrive, after the date the customer planned around. */
    LATE_DELIVERY,
    /** The customer's question or request went without an answer. */
    UNANSWERED_REQUEST,
    /** A mistake none of the other kinds describes. */
    OTHER
}
