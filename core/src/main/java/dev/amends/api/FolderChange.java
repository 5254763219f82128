package dev.amends.api;

import java.nio.file.Path;

/** Something happened to a watched rules folder itself, rather than to a file in it. Immutable; its {@code toString()} is a sentence a person can act on. */
public interface FolderChange {

    /** The folder, as given to {@link RecoveryAdvisor.Builder#rulesFrom}. */
    Path folder();

    /** What happened. */
    Kind kind();

    /** The playbook version serving requests when it happened. */
    PlaybookVersion serving();

    /** What happened to the folder. */
    public enum Kind {
        /** It was deleted or moved away: nothing is reloaded until it is back; the version serving stays. */
        GONE,
        /** It is there again after it was gone; it is read once it has been quiet for the settle time. */
        BACK,
        /** Another folder took its place (renamed over it, or a symbolic link now points elsewhere); it is read as a new version. */
        REPLACED
    }
}
