package dev.amends.api;

import java.nio.file.Path;
import java.util.Objects;

/** A change to a watched folder as the advisor reports it. */
record FolderEvent(Path folder, Kind kind, PlaybookVersion serving) implements FolderChange {

    FolderEvent {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(serving, "serving");
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
