package dev.amends.reload;

import dev.amends.api.FolderChange;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.compile.RuleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Watches rule folders on a daemon thread and asks for a reload once changes have settled: after
 * no event for the settle time, so that an editor saving several files causes one reload.
 *
 * <p>A folder is watched by what it is now, not by the directory first seen there: its parent is
 * watched too, and whenever the folder is deleted, moved away, recreated, renamed over or relinked
 * (a symbolic link swapped), the watch moves to whatever folder is now at the path, and the change
 * is reported. Events from a folder no longer at the path (one renamed away) are ignored. While a
 * folder is gone nothing is reloaded. The folders are also looked at every
 * {@value #LOOK_AGAIN_MILLIS} ms, in case an event was missed (a parent itself replaced).
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryAdvisor.class);
    /** How long the watcher waits before it looks at the folder again. */
    public static final long LOOK_AGAIN_MILLIS = 1000;

    private final WatchService service;
    private final List<Watched> folders;
    private final long settleMillis;
    private final Runnable reload;
    private final BiConsumer<Path, FolderChange.Kind> told;
    private final Thread thread;

    private FolderWatcher(WatchService service, List<Path> folders, Duration settle, Runnable reload,
                          BiConsumer<Path, FolderChange.Kind> told) {
        this.service = service;
        this.folders = folders.stream().map(Watched::new).toList();
        this.settleMillis = Math.max(1, settle.toMillis());
        this.reload = reload;
        this.told = told;
        this.thread = new Thread(this::loop, "amends-playbook-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param reload called on the watching thread once a change has settled
     * @param told   called on the watching thread when a folder itself is gone, back or replaced
     */
    public static FolderWatcher start(List<Path> folders, Duration settle, Runnable reload, BiConsumer<Path, FolderChange.Kind> told) {
        try {
            FolderWatcher watcher = new FolderWatcher(FileSystems.getDefault().newWatchService(), folders, settle, reload, told);
            for (Watched folder : watcher.folders) {
                folder.lookAgain(watcher.service);
            }
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new IllegalStateException("cannot watch the rule folders " + folders + ": " + e.getMessage(), e);
        }
    }

    private void loop() {
        boolean pending = false;
        long lastChange = 0;
        try {
            while (true) {
                long wait = pending ? Math.max(1, settleMillis - millisSince(lastChange)) : LOOK_AGAIN_MILLIS;
                WatchKey key = service.poll(wait, TimeUnit.MILLISECONDS);
                boolean changed = false;
                for (Watched folder : folders) {
                    Optional<FolderChange.Kind> kind = folder.lookAgain(service);
                    if (kind.isPresent()) {
                        tell(folder.path, kind.get());
                        changed |= kind.get() != FolderChange.Kind.GONE;
                    }
                }
                if (key != null) {
                    changed |= drain(key);
                }
                if (changed) {
                    pending = true;
                    lastChange = System.nanoTime();
                } else if (pending && millisSince(lastChange) >= settleMillis && folders.stream().allMatch(Watched::present)) {
                    pending = false;
                    reloadSurviving();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reloads; whatever the reload throws is logged, and the watcher goes on watching. */
    private void reloadSurviving() {
        try {
            reload.run();
        } catch (RuntimeException | StackOverflowError | LinkageError | OutOfMemoryError e) {
            LOG.error("Reloading the playbook failed; still watching the rule folders", e);
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    private void tell(Path folder, FolderChange.Kind kind) {
        try {
            told.accept(folder, kind);
        } catch (RuntimeException e) {
            LOG.warn("The playbook listener failed on a change of the rules folder {}", folder, e);
        }
    }

    /** Whether the key's events are a change to a rule file of a folder now watched; parents' events only make folders looked at again. */
    private boolean drain(WatchKey key) {
        List<WatchEvent<?>> events = key.pollEvents();
        key.reset();
        boolean current = folders.stream().anyMatch(folder -> folder.watches(key));
        return current && events.stream().anyMatch(e -> e.kind() == StandardWatchEventKinds.OVERFLOW
                || e.context() instanceof Path p && RuleSource.Folder.isPlaybookFile(p.getFileName().toString()));
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

    /** One watched folder: the directory now registered for it, and its parent's registration. */
    private static final class Watched {
        private final Path path;
        private final Path parent;
        private Optional<String> identity = Optional.empty();
        private Optional<String> parentIdentity = Optional.empty();
        private WatchKey key;
        private WatchKey parentKey;
        private boolean seen;

        Watched(Path path) {
            this.path = path;
            Path absolute = path.toAbsolutePath();
            this.parent = absolute.getParent() == null ? absolute : absolute.getParent();
        }

        boolean present() {
            return identity.isPresent();
        }

        boolean watches(WatchKey candidate) {
            return candidate == key;
        }

        /**
         * Registers whatever directory is now at the path, if it is not the one registered (or
         * its registration ended: a directory deleted and made again may reuse the same identity);
         * returns what happened to the folder, if anything did since the last look.
         */
        Optional<FolderChange.Kind> lookAgain(WatchService service) {
            Optional<String> nowParent = identity(parent);
            if (!nowParent.equals(parentIdentity) || parentKey == null || !parentKey.isValid()) {
                parentIdentity = nowParent;
                parentKey = nowParent.isPresent() ? register(parent, service) : null;
            }
            Optional<String> now = identity(path);
            if (now.equals(identity) && (now.isEmpty() || key != null && key.isValid())) {
                return Optional.empty();
            }
            if (now.equals(identity) && key == null) {
                key = register(path, service);
                return Optional.empty();
            }
            if (key != null) {
                key.cancel();
                key = null;
            }
            Optional<String> before = identity;
            identity = now;
            if (now.isPresent()) {
                key = register(path, service);
            }
            boolean first = !seen;
            seen = true;
            if (first) {
                return Optional.empty();
            }
            if (now.isEmpty()) {
                return before.isPresent() ? Optional.of(FolderChange.Kind.GONE) : Optional.empty();
            }
            return Optional.of(before.isEmpty() ? FolderChange.Kind.BACK : FolderChange.Kind.REPLACED);
        }

        private static WatchKey register(Path directory, WatchService service) {
            try {
                return directory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            } catch (IOException e) {
                LOG.debug("Cannot watch {} now; looking again later", directory, e);
                return null;
            }
        }

        /** The directory at a path, following links: its real path and file key; empty if there is none. */
        private static Optional<String> identity(Path path) {
            try {
                if (!Files.isDirectory(path)) {
                    return Optional.empty();
                }
                return Optional.of(path.toRealPath() + " " + Files.readAttributes(path, BasicFileAttributes.class).fileKey());
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
