package dev.amends.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener that keeps everything it hears, for tests to look at. */
final class HeardListener implements PlaybookListener {
    final List<ReloadResult> reloaded = new CopyOnWriteArrayList<>();
    final List<ReloadResult> rejected = new CopyOnWriteArrayList<>();
    final List<FolderChange> changes = new CopyOnWriteArrayList<>();

    @Override
    public void reloaded(ReloadResult result) {
        reloaded.add(result);
    }

    @Override
    public void rejected(ReloadResult result) {
        rejected.add(result);
    }

    @Override
    public void folderChanged(FolderChange change) {
        changes.add(change);
    }
}
