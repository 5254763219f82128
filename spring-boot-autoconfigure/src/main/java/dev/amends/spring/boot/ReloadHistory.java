package dev.amends.spring.boot;

import dev.amends.api.ReloadResult;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the application's advisor remembers of its reloads for the health indicator: the last
 * rejected one and when it happened. Thread-safe.
 */
public final class ReloadHistory {

    /**
     * A reload whose rules were rejected; the advisor kept serving the playbook it had.
     *
     * @param at     when the reload was rejected
     * @param result the outcome, with the version still serving and the problems found
     */
    public record RejectedReload(Instant at, ReloadResult result) {
    }

    private final Clock clock;
    private final AtomicReference<RejectedReload> lastRejected = new AtomicReference<>();

    ReloadHistory(Clock clock) {
        this.clock = clock;
    }

    /** The last rejected reload, if there was one since the application started. */
    public Optional<RejectedReload> lastRejected() {
        return Optional.ofNullable(lastRejected.get());
    }

    void rejected(ReloadResult result) {
        lastRejected.set(new RejectedReload(clock.instant(), result));
    }
}
