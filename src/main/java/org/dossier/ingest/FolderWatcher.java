package org.dossier.ingest;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder below them) and reports what changed in batches: events are
 * coalesced until the folders have been quiet for a moment ({@code quiet}), or at the latest
 * {@code maxDelay} after the first event, so a burst of a thousand new files, or an editor's
 * save-by-rename dance, is one batch. Hidden files, editors' temporary files and unsupported types
 * are passed over. A renamed file is a deleted one plus a new one; a removed folder is reported as
 * such (its files' documents must go too). When the operating system dropped events (overflow),
 * the batch says so and the caller rescans.
 *
 * <p>{@link #run} delivers batches on the calling thread, one at a time: events that arrive while
 * a batch is being indexed wait in the operating system's queue and form the next batch.
 */
public final class FolderWatcher implements AutoCloseable {
    /** One batch of changes. Paths are absolute; a path is in at most one of the sets. */
    public record Changes(Set<Path> changed, Set<Path> deleted, Set<Path> deletedFolders, boolean overflow) {
        public int size() {
            return changed.size() + deleted.size() + deletedFolders.size();
        }
    }

    private final WatchService service;
    private final List<Path> roots = new ArrayList<>();
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Duration quiet;
    private final Duration maxDelay;
    private volatile boolean closed;

    /** Registers the folders now, so changes made from here on are seen even before {@link #run}. */
    public FolderWatcher(List<Path> folders, Duration quiet, Duration maxDelay) throws IOException {
        this.quiet = quiet;
        this.maxDelay = maxDelay;
        this.service = FileSystems.getDefault().newWatchService();
        try {
            for (Path folder : folders) {
                Path root = folder.toAbsolutePath().normalize();
                if (!Files.isDirectory(root)) {
                    throw new IOException("not a folder: " + root);
                }
                roots.add(root);
                registerTree(root, null);
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    public List<Path> roots() {
        return List.copyOf(roots);
    }

    /** Number of folders being watched. */
    public int folders() {
        return keys.size();
    }

    /** Delivers batches of changes to {@code listener} until {@link #close()}. */
    public void run(Consumer<Changes> listener) {
        Pending pending = new Pending();
        long first = 0;
        long last = 0;
        while (!closed) {
            WatchKey key;
            try {
                if (pending.isEmpty()) {
                    key = service.take();
                } else {
                    long now = System.nanoTime();
                    long due = Math.min(last + quiet.toNanos(), first + maxDelay.toNanos());
                    key = due <= now ? null : service.poll(due - now, TimeUnit.NANOSECONDS);
                }
            } catch (ClosedWatchServiceException | InterruptedException e) {
                break;
            }
            if (key == null) {
                Changes changes = pending.drain();
                try {
                    listener.accept(changes);
                } catch (RuntimeException e) {
                    System.err.println("dossier: watching failed on a batch of " + changes.size() + " changes: " + e);
                }
                continue;
            }
            int before = pending.size();
            Path folder = keys.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW) {
                    pending.overflow = true;
                } else if (folder != null) {
                    handle(event.kind(), folder.resolve((Path) event.context()), pending);
                }
            }
            if (!key.reset()) {
                keys.remove(key);
            }
            if (pending.size() != before || pending.overflow) {
                long now = System.nanoTime();
                if (before == 0) {
                    first = now;
                }
                last = now;
            }
        }
    }

    private void handle(WatchEvent.Kind<?> kind, Path path, Pending pending) {
        if (Formats.isTemporary(path)) {
            return;
        }
        if (kind == ENTRY_DELETE) {
            if (keys.containsValue(path)) {
                forgetTree(path);
                pending.deletedFolders.add(path);
                pending.changed.removeIf(p -> p.startsWith(path));
                pending.deleted.removeIf(p -> p.startsWith(path));
            } else if (Formats.isSupported(path)) {
                pending.changed.remove(path);
                pending.deleted.add(path);
            }
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            if (kind == ENTRY_CREATE) {
                // files may have landed in it before it was registered: take them all
                registerTree(path, pending);
                pending.deletedFolders.remove(path);
            }
        } else if (Formats.isSupported(path)) {
            pending.deleted.remove(path);
            pending.changed.add(path);
        }
    }

    private void registerTree(Path folder, Pending found) {
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.filter(p -> p.equals(folder) || !FileScanner.ignored(folder, p)).forEach(p -> {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        keys.put(p.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else if (found != null && Formats.isSupported(p)) {
                    found.changed.add(p);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a folder that vanished while being walked: its deletion event follows
        }
    }

    private void forgetTree(Path folder) {
        keys.entrySet().removeIf(entry -> {
            if (entry.getValue().startsWith(folder)) {
                entry.getKey().cancel();
                return true;
            }
            return false;
        });
    }

    /** Stops {@link #run} after the batch in progress, if any. */
    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static final class Pending {
        final Set<Path> changed = new LinkedHashSet<>();
        final Set<Path> deleted = new LinkedHashSet<>();
        final Set<Path> deletedFolders = new LinkedHashSet<>();
        boolean overflow;

        boolean isEmpty() {
            return size() == 0 && !overflow;
        }

        int size() {
            return changed.size() + deleted.size() + deletedFolders.size();
        }

        Changes drain() {
            Changes changes = new Changes(Set.copyOf(changed), Set.copyOf(deleted), Set.copyOf(deletedFolders), overflow);
            changed.clear();
            deleted.clear();
            deletedFolders.clear();
            overflow = false;
            return changes;
        }
    }
}
