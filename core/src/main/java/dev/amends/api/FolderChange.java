package dev.amends.api;

import dev.amends.api.PlaybookVersion;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something happened to a watched rules folder itself, rather than to a file in it.
 *
 * @param folder  the folder, as given to {@link RecoveryAdvisor.Builder#rulesFrom}
 * @param kind    what happened
 * @param serving the playbook version serving requests when it happened
 */
public record FolderChange(Path folder, Kind kind, PlaybookVersion serving) {

    public FolderChange {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(serving, "serving");
    }

    /** What happened to the folder. */
    public enum Kind {
        /** It was deleted or moved away: nothing is reloaded until it is back; the version serving stays. */
        GONE,
        /** It is there again after it was gone; it is read once it has been quiet for the settle time. */
        BACK,
        /** Another folder took its place (renamed over it, or a symbolic link now points elsewhere); it is read as a new version. */
        REPLACED
    }

    /** The change as a sentence a person can act on. */
    @Override
    public String toString() {
        return switch (kind) {
            case GONE -> "rules folder " + folder + " is gone (deleted or moved away); serving " + serving + " until it is back";
            case BACK -> "rules folder " + folder + " is back; it will be read once it has been quiet for the settle time";
            case REPLACED -> "rules folder " + folder + " was replaced by another folder; it will be read as a new version";
        };
    }
}
