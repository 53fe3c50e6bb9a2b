package org.dossier.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file types Dossier reads, by extension. Text formats are decoded here and parsed by the
 * extractor (jsoup for HTML, explicit fields for JSON, front matter for Markdown); document formats
 * go through Apache Tika first.
 */
public final class Formats {
    private Formats() {}

    public static final Set<String> TEXT = Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml", "json");
    public static final Set<String> DOCUMENTS = Set.of("pdf", "docx", "doc", "odt", "rtf", "epub");

    /** Every supported extension, sorted, for messages and help. */
    public static final Set<String> ALL;

    static {
        TreeSet<String> all = new TreeSet<>(TEXT);
        all.addAll(DOCUMENTS);
        ALL = java.util.Collections.unmodifiableSortedSet(all);
    }

    public static boolean isSupported(Path path) {
        return ALL.contains(extension(path));
    }

    public static boolean isDocument(Path path) {
        return DOCUMENTS.contains(extension(path));
    }

    static boolean isHtml(Path path) {
        String ext = extension(path);
        return ext.equals("html") || ext.equals("htm") || ext.equals("xhtml");
    }

    /**
     * Files nobody means to index though they sit among those one does: hidden files, editors'
     * backups, swap and lock files, downloads in progress, Office's owner files ({@code ~$x.docx}).
     */
    public static boolean isTemporary(Path path) {
        Path file = path.getFileName();
        if (file == null) {
            return false;
        }
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || name.startsWith("#") || name.endsWith("~")
                || lower.endsWith(".swp") || lower.endsWith(".swx") || lower.endsWith(".swo")
                || lower.endsWith(".tmp") || lower.endsWith(".temp") || lower.endsWith(".part")
                || lower.endsWith(".crdownload") || lower.endsWith(".partial") || lower.endsWith(".bak");
    }

    static String extension(Path path) {
        Path file = path.getFileName();
        String name = file == null ? "" : file.toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
