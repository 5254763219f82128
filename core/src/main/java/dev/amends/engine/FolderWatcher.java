package dev.amends.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches rule folders on a daemon thread and calls back once a burst of changes has settled, so
 * that an editor saving several files causes one reload, not several.
 */
final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryAdvisor.class);

    private final WatchService service;
    private final Thread thread;
    private final long settleMillis;

    private FolderWatcher(WatchService service, Duration settle, Runnable onChange) {
        this.service = service;
        this.settleMillis = Math.max(1, settle.toMillis());
        this.thread = new Thread(() -> loop(onChange), "amends-playbook-watcher");
        this.thread.setDaemon(true);
    }

    static FolderWatcher start(List<Path> folders, Duration settle, Runnable onChange) {
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
            FolderWatcher watcher = new FolderWatcher(service, settle, onChange);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new IllegalStateException("cannot watch the rule folders " + folders + ": " + e.getMessage(), e);
        }
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                WatchKey more;
                while ((more = service.poll(settleMillis, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean drain(WatchKey key) {
        boolean relevant = key.pollEvents().stream()
                .anyMatch(e -> e.kind() == StandardWatchEventKinds.OVERFLOW
                        || e.context() instanceof Path p && p.getFileName().toString().endsWith(".drl"));
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("Closing the playbook watcher failed", e);
        }
        thread.interrupt();
    }
}
