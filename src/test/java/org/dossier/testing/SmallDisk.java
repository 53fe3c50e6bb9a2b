package org.dossier.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, small file system for tests of a full or read-only disk: a tmpfs of a few megabytes
 * mounted on a folder. Needs root (or CAP_SYS_ADMIN): where mounting is impossible the tests that
 * need it are skipped with the reason, except in CI (CI=true), where they fail instead, so that a
 * CI machine cannot silently stop testing this. Closing unmounts (lazily if something still holds
 * it), so nothing stays mounted on the machine.
 */
public final class SmallDisk implements AutoCloseable {
    private static String unavailable;
    private static boolean probed;

    private final Path dir;
    private String size;
    private boolean mounted;

    private SmallDisk(Path dir, String size) {
        this.dir = dir.toAbsolutePath().normalize();
        this.size = size;
    }

    /** Skips the calling test (fails it in CI) when tmpfs cannot be mounted here. */
    public static synchronized void assumeMountable() {
        if (!probed) {
            probed = true;
            unavailable = probe();
        }
        if (unavailable == null) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but the full and read-only disk tests cannot run: " + unavailable);
        }
        Assumptions.abort("Full and read-only disk tests skipped: " + unavailable);
    }

    private static String probe() {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return "tmpfs mounts need Linux";
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("dossier-mount-probe");
            String failed = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", dir.toString());
            if (failed != null) {
                return "cannot mount a tmpfs (needs root or CAP_SYS_ADMIN): " + failed;
            }
            unmount(dir);
            return null;
        } catch (IOException e) {
            return e.toString();
        } finally {
            if (dir != null) {
                dir.toFile().delete();
            }
        }
    }

    /** Mounts a tmpfs of {@code size} (e.g. "3m") on {@code dir}, creating the folder. */
    public static SmallDisk mount(Path dir, String size) {
        assumeMountable();
        SmallDisk disk = new SmallDisk(dir, size);
        try {
            Files.createDirectories(disk.dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        disk.must("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.dir.toString());
        disk.mounted = true;
        return disk;
    }

    public Path path() {
        return dir;
    }

    /** Grows (or shrinks) the file system, keeping its files: "more disk" without copying. */
    public void resize(String newSize) {
        must("mount", "-o", "remount,size=" + newSize, dir.toString());
        size = newSize;
    }

    public void readOnly() {
        must("mount", "-o", "remount,ro", dir.toString());
    }

    public void readWrite() {
        must("mount", "-o", "remount,rw", dir.toString());
    }

    @Override
    public void close() {
        if (mounted) {
            mounted = false;
            unmount(dir);
        }
    }

    private static void unmount(Path dir) {
        if (run("umount", dir.toString()) != null) {
            String lazy = run("umount", "-l", dir.toString());
            if (lazy != null) {
                throw new IllegalStateException("cannot unmount " + dir + ": " + lazy);
            }
        }
    }

    private void must(String... command) {
        String failed = run(command);
        if (failed != null) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + failed);
        }
    }

    /** Runs a command; null when it succeeded, else what it printed. */
    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
            return p.exitValue() == 0 ? null : "exit " + p.exitValue() + (out.isEmpty() ? "" : ": " + out);
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Override
    public String toString() {
        return "tmpfs of " + size + " on " + dir;
    }
}
