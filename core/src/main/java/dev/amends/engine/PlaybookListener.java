package dev.amends.engine;

/** Hears how reloads of an advisor's playbook went. Called on the thread that reloaded. */
public interface PlaybookListener {

    /** The new playbook compiled and checked cleanly and now serves every new request. */
    default void reloaded(ReloadResult result) {
    }

    /** The new playbook has problems; the advisor keeps serving the playbook it had. */
    default void rejected(ReloadResult result) {
    }
}
