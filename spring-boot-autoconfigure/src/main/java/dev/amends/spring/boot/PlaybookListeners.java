package dev.amends.spring.boot;

import dev.amends.api.FolderChange;
import dev.amends.api.PlaybookListener;
import dev.amends.api.ReloadResult;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import java.util.List;
import java.util.Locale;

/**
 * The one listener an advisor takes, telling each reload to the history, to the observation
 * registry ({@value #RELOADS}, tagged {@value #OUTCOME}) and to the application's own
 * {@link PlaybookListener} beans.
 */
final class PlaybookListeners implements PlaybookListener {

    static final String RELOADS = "amends.reloads";
    static final String OUTCOME = "amends.outcome";

    private final ReloadHistory history;
    private final ObservationRegistry registry;
    private final List<PlaybookListener> others;

    PlaybookListeners(ReloadHistory history, ObservationRegistry registry, List<PlaybookListener> others) {
        this.history = history;
        this.registry = registry;
        this.others = List.copyOf(others);
    }

    @Override
    public void reloaded(ReloadResult result) {
        observe(result);
        others.forEach(listener -> listener.reloaded(result));
    }

    @Override
    public void rejected(ReloadResult result) {
        history.rejected(result);
        observe(result);
        others.forEach(listener -> listener.rejected(result));
    }

    @Override
    public void folderChanged(FolderChange change) {
        others.forEach(listener -> listener.folderChanged(change));
    }

    /** Counts the reload by its outcome; the advisor tells of a reload once it is over, so its time is not measured. */
    private void observe(ReloadResult result) {
        Observation.createNotStarted(RELOADS, registry)
                .lowCardinalityKeyValue(OUTCOME, result.outcome().name().toLowerCase(Locale.ROOT))
                .start()
                .stop();
    }
}
