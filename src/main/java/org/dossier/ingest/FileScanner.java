package org.dossier.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the files to index under the paths a user names. Folders are walked recursively, in a
 * stable order; hidden files and folders (.git) and editors' temporary files ({@link
 * Formats#isTemporary}) are passed over; files of other types are reported as skipped, not silently
 * dropped.
 */
public final class FileScanner {
    /** The formats Dossier reads: text ones and, through Tika, document ones. */
    public static final Set<String> SUPPORTED_EXTENSIONS = Formats.ALL;

    public record Scan(List<Path> files, List<IngestException> problems) {}

    public Scan scan(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>();
        for (Path root : roots) {
            Path path = root.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                problems.add(new IngestException(path, "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                walk(path, files, problems);
            } else if (supported(path)) {
                files.add(path);
            } else {
                problems.add(IngestException.skipped(path, unsupportedReason(path)));
            }
        }
        return new Scan(files, problems);
    }

    private static void walk(Path folder, List<Path> files, List<IngestException> problems) {
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.filter(p -> !p.equals(folder))
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(p -> !Formats.isTemporary(p))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(p -> {
                        if (supported(p)) {
                            files.add(p);
                        } else {
                            problems.add(IngestException.skipped(p, unsupportedReason(p)));
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            problems.add(new IngestException(folder, "folder not readable (" + e.getMessage() + ")"));
        }
    }

    /** Whether a path under a watched or scanned folder is one to pass over silently. */
    public static boolean ignored(Path root, Path path) {
        Path relative = root.relativize(path);
        return isHidden(relative) || Formats.isTemporary(path);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    public static boolean supported(Path path) {
        return Formats.isSupported(path);
    }

    private static String unsupportedReason(Path path) {
        String ext = extension(path);
        return (ext.isEmpty() ? "no file extension" : "unsupported file type ." + ext)
                + " (supported: " + String.join(", ", Formats.ALL) + ")";
    }

    private static String extension(Path path) {
        return Formats.extension(path);
    }
}
