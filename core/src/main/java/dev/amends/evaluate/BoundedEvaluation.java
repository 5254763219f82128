package dev.amends.evaluate;

import dev.amends.api.RecoveryAdvisor;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the rules of one request on an evaluation thread, so that the caller stops waiting once
 * the evaluation time limit has passed, whatever the rules do.
 *
 * <p>Java cannot stop a thread safely, and a consequence stuck in a loop neither checks for
 * interruption nor returns to the engine. So a request past its limit is answered with a failure
 * at once, and its session is halted and its thread interrupted, which ends anything that looks
 * (the engine between firings, blocking calls); a loop that looks at neither keeps its thread, a
 * daemon, until it returns, and its session, never shared, is disposed then. Other requests and
 * reloads go on, each on a session of its own.
 *
 * <p>Sessions come from a pool of the rule base ({@link Sessions}): a session given back is reset by
 * Drools (its facts, agenda, globals and listeners cleared, its node memories kept for the next
 * request), which spares each request the building of the network's memories.
 */
final class BoundedEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryAdvisor.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Threads made on demand, kept for a minute when idle; a stuck one is simply never free again. */
    private static final ExecutorService EVALUATIONS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), work -> {
                Thread thread = new Thread(work, "amends-evaluation-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private BoundedEvaluation() {
    }

    /**
     * The sessions of one rule base, reused from request to request: Drools' pool resets a session
     * when it is disposed and hands it out again. One request holds a session at a time.
     */
    static final class Sessions {
        private final KieBase kieBase;
        private final KieSessionsPool pool;

        /** The sessions of {@code kieBase}; made new for each request where Drools does not pool that kind of rule base. */
        Sessions(KieBase kieBase) {
            this.kieBase = kieBase;
            this.pool = kieBase instanceof InternalKnowledgeBase internal ? internal.newKieSessionsPool(0) : null;
        }

        /** A session with no facts, no listeners and no globals set, ready for one request. */
        KieSession take() {
            return pool == null ? kieBase.newKieSession() : pool.newKieSession();
        }
    }

    /** What a request does with its session. */
    public interface Work {
        public void run(KieSession session);
    }

    /** The evaluation was still running at its time limit. */
    public static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient StackTraceElement[] where;

        TimedOut(StackTraceElement[] where) {
            super(null, null, false, false);
            this.where = where;
        }

        /** Where the evaluation thread was when the limit passed. */
        public StackTraceElement[] where() {
            return where.clone();
        }
    }

    /**
     * Runs the work on a session of the rule base (fresh or reset), on an evaluation thread, and waits
     * for it at most {@code limit}; the session is disposed (given back to the pool) when the work ends.
     *
     * @throws TimedOut if the work was still running at the limit
     * @throws RuntimeException or {@link Error}: what the work threw
     */
    public static void run(Sessions sessions, Duration limit, Work work) throws TimedOut {
        Running running = new Running(sessions, work, Thread.currentThread().getContextClassLoader());
        Future<?> future = EVALUATIONS.submit(running);
        try {
            future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            StackTraceElement[] where = running.abandon();
            future.cancel(true);
            throw new TimedOut(where);
        } catch (InterruptedException e) {
            running.abandon();
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules were evaluated", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** One evaluation on its thread. */
    private static final class Running implements Runnable {
        private final Sessions sessions;
        private final Work work;
        private final ClassLoader loader;
        private volatile Thread thread;
        private volatile KieSession session;
        private volatile boolean abandoned;

        Running(Sessions sessions, Work work, ClassLoader loader) {
            this.sessions = sessions;
            this.work = work;
            this.loader = loader;
        }

        @Override
        public void run() {
            Thread current = Thread.currentThread();
            ClassLoader previous = current.getContextClassLoader();
            current.setContextClassLoader(loader);
            thread = current;
            KieSession own = sessions.take();
            session = own;
            try {
                work.run(own);
            } finally {
                own.dispose();
                current.setContextClassLoader(previous);
                thread = null;
                if (abandoned) {
                    LOG.info("An evaluation stopped at its time limit has now ended on {}", current.getName());
                }
            }
        }

        /** Halts the session and interrupts the thread; returns where the thread was. */
        StackTraceElement[] abandon() {
            abandoned = true;
            Thread running = thread;
            StackTraceElement[] where = running == null ? new StackTraceElement[0] : running.getStackTrace();
            KieSession halting = session;
            if (halting != null) {
                try {
                    halting.halt();
                } catch (RuntimeException e) {
                    LOG.debug("Halting an evaluation past its time limit failed; it may have just ended", e);
                }
            }
            if (running != null) {
                LOG.warn("An evaluation went past its time limit; {} is left to end on its own, as a daemon thread "
                        + "(Java cannot stop it safely); it is busy for as long as the rule runs", running.getName());
            }
            return where;
        }
    }
}
