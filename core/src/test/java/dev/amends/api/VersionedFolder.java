package dev.amends.api;

import dev.amends.model.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rules folder of several files whose every rule's wording carries the mark of the version it
 * belongs to ("... of version 7."), so that a plan's steps tell which version of each file made them.
 */
final class VersionedFolder {

    private static final Action[] ACTIONS = {Action.TAKE_OWNERSHIP, Action.FIX, Action.OFFER_REMEDY, Action.FOLLOW_UP,
            Action.SHARE_PREVENTION, Action.FIND_ROOT_CAUSE};
    private static final Pattern MARK = Pattern.compile(" of version (\\d+)\\.$");

    private final Path folder;
    private final int files;

    VersionedFolder(Path folder, int files) {
        if (files > ACTIONS.length) {
            throw new IllegalArgumentException("at most " + ACTIONS.length + " files");
        }
        this.folder = folder;
        this.files = files;
    }

    Path path() {
        return folder;
    }

    int files() {
        return files;
    }

    /** Writes every file of a version at once. */
    VersionedFolder writeAll(int version) throws IOException {
        for (int file = 0; file < files; file++) {
            write(file, version);
        }
        return this;
    }

    /** Writes one file of a version, as an editor that saves through a temporary file and a rename does. */
    void write(int file, int version) throws IOException {
        replace(file, text(file, version));
    }

    /** Writes one file of a version with a syntax error in it. */
    void writeBroken(int file, int version) throws IOException {
        replace(file, Drl.HEADER + "rule \"Step " + file + "\" when Incident( then plan.step(Action.FIX, \"of version "
                + version + ".\"); end\n");
    }

    /** Writes the text of a file straight into it, not through a rename: a reader may see it half written. */
    void writeInPlace(int file, String text) throws IOException {
        Files.writeString(name(file), text);
    }

    void replace(int file, String text) throws IOException {
        Path temp = folder.resolve(".file-" + file + ".tmp");
        Files.writeString(temp, text);
        Files.move(temp, name(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    Path name(int file) {
        return folder.resolve("file-" + file + ".drl");
    }

    /** The rule of one file of a version. */
    String text(int file, int version) {
        return Drl.HEADER + "rule \"Step " + file + "\" when Incident() then plan.step(Action." + ACTIONS[file]
                + ", \"Step " + file + " of version " + version + ".\"); end\n";
    }

    /** The versions a plan's steps come from: one when the plan is whole, more when it mixes versions. */
    static Set<Integer> versionsIn(RecoveryPlan plan) {
        Set<Integer> versions = new TreeSet<>();
        for (Step step : plan.steps()) {
            Matcher mark = MARK.matcher(step.wording());
            if (!mark.find()) {
                throw new AssertionError("a step without a version mark: " + step.wording());
            }
            versions.add(Integer.valueOf(mark.group(1)));
        }
        return versions;
    }
}
