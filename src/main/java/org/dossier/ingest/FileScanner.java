package org.dossier.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the files to index under the paths a user names. Folders are walked recursively, in a
 * stable order; hidden files and folders (editor backups, .git) are passed over; files of other
 * types are reported, not silently dropped.
 */
public final class FileScanner {
    /** Text formats the extractor understands. */
    public static final Set<String> SUPPORTED_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "json");

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
                problems.add(new IngestException(path, unsupportedReason(path)));
            }
        }
        return new Scan(files, problems);
    }

    private static void walk(Path folder, List<Path> files, List<IngestException> problems) {
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.filter(p -> !p.equals(folder))
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(p -> {
                        if (supported(p)) {
                            files.add(p);
                        } else {
                            problems.add(new IngestException(p, unsupportedReason(p)));
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            problems.add(new IngestException(folder, "folder not readable (" + e.getMessage() + ")"));
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean supported(Path path) {
        return SUPPORTED_EXTENSIONS.contains(extension(path));
    }

    private static String unsupportedReason(Path path) {
        String ext = extension(path);
        return (ext.isEmpty() ? "no file extension" : "unsupported file type ." + ext)
                + " (supported: " + String.join(", ", SUPPORTED_EXTENSIONS.stream().sorted().toList()) + ")";
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
