package dev.amends.api;

/**
 * Hears how reloads of an advisor's playbook went, and what happened to the rules folders it
 * watches. Called on the thread that reloaded, or the watching thread; an exception thrown here is
 * logged and otherwise ignored by the watcher.
 */
public interface PlaybookListener {

    /** The new playbook compiled and checked cleanly and now serves every new request. */
    default void reloaded(ReloadResult result) {
    }

    /** The new playbook has problems; the advisor keeps serving the playbook it had. */
    default void rejected(ReloadResult result) {
    }

    /** A watched rules folder was deleted, came back, or was replaced by another folder. */
    default void folderChanged(FolderChange change) {
    }
}
