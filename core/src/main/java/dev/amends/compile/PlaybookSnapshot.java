package dev.amends.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The rule sources as one consistent version: read when their folders had been quiet for the
 * settle time, and found unchanged after reading (the same files with the same sizes, times and
 * identities, and the same texts when read again). A folder swapped for another by a rename or a
 * symbolic link is thus read whole before the swap or whole after it, never half of each.
 *
 * <p>Quiet is seen, not computed from the files' times, which file systems keep coarsely (some to
 * the second) and clocks skew: the folders are looked at, looked at again a settle time later,
 * and read only if nothing changed in between.
 *
 * <p>The digest is computed on a thread of its own from the moment the snapshot is taken, so that
 * it is worked out while the rules compile (on a cold start, hashing the text is interpreted code).
 */
public final class PlaybookSnapshot {

    /** How often a snapshot is tried before the folders are taken to be still changing. */
    public static final int ATTEMPTS = 10;

    private final PlaybookSources.Read read;
    private final CompletableFuture<String> digest;

    private PlaybookSnapshot(PlaybookSources.Read read) {
        this.read = read;
        List<RuleFile> files = read.files();
        this.digest = CompletableFuture.supplyAsync(() -> digest(files), work -> {
            Thread thread = new Thread(work, "amends-playbook-digest");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The files and the problems met reading them. */
    public PlaybookSources.Read read() {
        return read;
    }

    /** The SHA-256 of the files' names and texts, in lowercase hex. */
    public String digest() {
        return digest.join();
    }

    /**
     * A consistent snapshot of the sources, waiting for their folders to be quiet for {@code settle};
     * empty if they were still changing after {@value #ATTEMPTS} tries.
     */
    public static Optional<PlaybookSnapshot> take(PlaybookSources sources, Duration settle) throws InterruptedException {
        List<Path> folders = sources.folders();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Stamps before = Stamps.of(folders);
            if (!folders.isEmpty() && !settle.isZero()) {
                Thread.sleep(settle.toMillis());
                if (!Stamps.of(folders).equals(before)) {
                    continue;
                }
            }
            PlaybookSources.Read read = sources.read();
            if (!Stamps.of(folders).equals(before) || !folders.isEmpty() && !sources.read().equals(read)) {
                continue;
            }
            return Optional.of(new PlaybookSnapshot(read));
        }
        return Optional.empty();
    }

    /** SHA-256 over, for each file in order, its name, a line break, its text as UTF-8 and a NUL. */
    static String digest(List<RuleFile> files) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (RuleFile file : files) {
            sha256.update(file.name().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(file.text().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * What can be seen of the folders without reading their files: each folder's real path and
     * identity and time, and each rule file's identity, size and times.
     */
    private record Stamps(List<String> lines) {

        static Stamps of(List<Path> folders) {
            List<String> lines = new ArrayList<>();
            for (Path folder : folders) {
                lines.add("folder " + folder);
                if (!Files.isDirectory(folder)) {
                    lines.add("missing");
                    continue;
                }
                try (Stream<Path> entries = Files.list(folder)) {
                    lines.add("real " + folder.toRealPath());
                    stamp(folder, "", lines);
                    for (Path file : entries.filter(p -> RuleSource.Folder.isPlaybookFile(p.getFileName().toString())).sorted().toList()) {
                        stamp(file, file.getFileName().toString(), lines);
                    }
                } catch (IOException e) {
                    lines.add("unreadable " + e);
                }
            }
            return new Stamps(List.copyOf(lines));
        }

        /** Adds a line for one file or folder: its identity, size, and times modified and status changed. */
        private static void stamp(Path path, String name, List<String> lines) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                Instant modified = attributes.lastModifiedTime().toInstant();
                lines.add(name + " " + attributes.fileKey() + " " + attributes.size() + " " + modified + " "
                        + statusChanged(path).map(Instant::toString).orElse("-"));
            } catch (IOException e) {
                lines.add(name + " unreadable " + e);
            }
        }

        /** When the file's status last changed (on Unix, also when it was renamed into place), where the system tells. */
        private static Optional<Instant> statusChanged(Path path) {
            try {
                return Optional.of(((FileTime) Files.getAttribute(path, "unix:ctime")).toInstant());
            } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException e) {
                return Optional.empty();
            }
        }
    }
}
