package dev.amends.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work done on a thread of its own while the command goes on, such as loading the rules while the
 * incident is read; {@link #join} answers its result or throws what it threw. The thread does not
 * keep the command line running: a command that ends early leaves it unused.
 */
final class Background<T> {

    private final FutureTask<T> work;

    private Background(FutureTask<T> work) {
        this.work = work;
    }

    /** Starts the work on a thread of the given name. */
    static <T> Background<T> start(String name, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /** Waits for the work to end: its result, or the exception or error it threw, as it threw it. */
    T join() {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work on another thread", e);
        }
    }
}
