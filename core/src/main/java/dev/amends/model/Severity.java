package dev.amends.model;

/** The impact on the customer; {@code CRITICAL} when patient care or safety was affected. */
public enum Severity {
    /** A small inconvenience to the customer. */
    LOW,
    /** A real cost to the customer in time, money or work. */
    MEDIUM,
    /** A serious impact on the customer's work, business or trust. */
    HIGH,
    /** Patient care or safety was, or may have been, affected. */
    CRITICAL
}
