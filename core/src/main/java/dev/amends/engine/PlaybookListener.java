package dev.amends.engine;

import java.util.List;

/** Hears how reloads of an advisor's playbook went. Called on the thread that reloaded. */
public interface PlaybookListener {

    /** The new playbook compiled and checked cleanly and now serves every new request. */
    default void reloaded(ReloadResult result) {
    }

    /** The new playbook has problems; the advisor keeps serving the playbook it had. */
    default void rejected(ReloadResult result) {
    }

    /** Convenience for a listener that only cares about rejections. */
    static PlaybookListener onRejected(java.util.function.Consumer<List<PlaybookProblem>> action) {
        return new PlaybookListener() {
            @Override
            public void rejected(ReloadResult result) {
                action.accept(result.problems());
            }
        };
    }
}
