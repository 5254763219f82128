package dev.amends.api;

import java.util.regex.Pattern;

/**
 * Which playbook made a plan, so that a plan can be audited against the rules that were in force.
 *
 * @param number counts the playbooks an advisor has served: 1 when it was built, one more with
 *               each reload it applied; 0 for a plan made by hand, not by an advisor
 * @param digest the SHA-256 of the playbook's rule files (each file's name and text), 64 lowercase
 *               hex digits; empty for a plan made by hand
 */
public record PlaybookVersion(int number, String digest) {

    /** The version of a plan made by hand rather than by an advisor. */
    public static final PlaybookVersion NONE = new PlaybookVersion(0, "");

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public PlaybookVersion {
        if (number < 0) {
            throw new IllegalArgumentException("number must be 0 or more, was " + number);
        }
        if (digest == null || !(number == 0 ? digest.isEmpty() : SHA_256.matcher(digest).matches())) {
            throw new IllegalArgumentException("digest must be 64 lowercase hex digits (a SHA-256), or empty for number 0, was "
                    + (digest == null ? "null" : "\"" + digest + "\""));
        }
    }

    /** The first 12 hex digits of the digest, enough to tell versions apart when shown to a person. */
    public String shortDigest() {
        return digest.substring(0, Math.min(12, digest.length()));
    }

    /** The version as a person reads it: {@code version 3 (sha256 1f2e3d4c5b6a)}. */
    @Override
    public String toString() {
        return number == 0 ? "no playbook version" : "version " + number + " (sha256 " + shortDigest() + ")";
    }
}
