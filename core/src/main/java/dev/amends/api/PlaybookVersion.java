package dev.amends.api;

/**
 * Which playbook made a plan, so that a plan can be audited against the rules that were in force.
 * Immutable; its {@code toString()} reads {@code version 3 (sha256 1f2e3d4c5b6a)}.
 */
public interface PlaybookVersion {

    /** The version of a plan made by hand rather than by an advisor: number 0, no digest. */
    PlaybookVersion NONE = new Version(0, "");

    /**
     * Counts the playbooks an advisor has served: 1 when it was built, one more with each reload it
     * applied; 0 for a plan made by hand, not by an advisor.
     */
    int number();

    /**
     * The SHA-256 of the playbook's rule files (each file's name and text), 64 lowercase hex digits;
     * empty for a plan made by hand.
     */
    String digest();

    /** The first 12 hex digits of the digest, enough to tell versions apart when shown to a person. */
    default String shortDigest() {
        return digest().substring(0, Math.min(12, digest().length()));
    }
}
