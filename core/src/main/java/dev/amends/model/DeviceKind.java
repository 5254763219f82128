package dev.amends.model;

/**
 * What kind of product the incident is about, in the words a rep would use: it decides how a
 * faulty one is held, replaced and restored. {@link #NOT_SAID} when the incident does not tell.
 */
public enum DeviceKind {
    /** Not told: the wording fits any product. */
    NOT_SAID,
    /** Single-use, tracked and held by lot: a catheter, a dressing, a test kit. */
    DISPOSABLE,
    /** Implanted in a patient, tracked by lot and serial: a stent, a hip stem. */
    IMPLANT,
    /** A reusable set, reprocessed between cases and often loaned: an orthopaedic tray. */
    INSTRUMENT_SET,
    /** A serialised unit serviced by the hospital's biomedical engineers: an infusion pump, a monitor, a scope, a generator. */
    EQUIPMENT,
    /** A system installed at the account and serviced there by our field engineers: a CT scanner, a lab analyser. */
    INSTALLED_SYSTEM
}
