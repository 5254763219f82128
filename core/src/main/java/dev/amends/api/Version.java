package dev.amends.api;

import java.util.regex.Pattern;

/** A playbook version as the advisor numbers it. */
record Version(int number, String digest) implements PlaybookVersion {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    Version {
        if (number < 0) {
            throw new IllegalArgumentException("number must be 0 or more, was " + number);
        }
        if (digest == null || !(number == 0 ? digest.isEmpty() : SHA_256.matcher(digest).matches())) {
            throw new IllegalArgumentException("digest must be 64 lowercase hex digits (a SHA-256), or empty for number 0, was "
                    + (digest == null ? "null" : "\"" + digest + "\""));
        }
    }

    @Override
    public String toString() {
        return number == 0 ? "no playbook version" : "version " + number + " (sha256 " + shortDigest() + ")";
    }
}
