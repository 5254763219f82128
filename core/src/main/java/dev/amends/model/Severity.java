package dev.amends.model;

/** The impact on the customer; {@code CRITICAL} when patient care or safety was affected. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
