package org.dossier.solr;

import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.Optional;

/**
 * Solr could not write its files: the disk is full, or the file system is read-only. Neither goes
 * away by trying again a few seconds later, and both need the person running Dossier, so wherever
 * Solr writes (at start, when indexing, when the API stores a document) they are told apart from
 * other failures and explained instead of retried.
 *
 * <p>They are recognised by the operating system's words for them (ENOSPC, EROFS), which reach us
 * as the message of an {@code IOException} somewhere in the cause chain in embedded mode, and in
 * the error text of a remote Solr.
 */
public enum StorageFailure {
    NO_SPACE("no space left on device", "free some space"),
    READ_ONLY("read-only file system", "make it writable");

    private final String words;
    private final String remedy;

    StorageFailure(String words, String remedy) {
        this.words = words;
        this.remedy = remedy;
    }

    /** The failure this is, if it is one; looks through the causes and their messages. */
    public static Optional<StorageFailure> of(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
            for (String text : texts(t)) {
                String lower = text.toLowerCase(Locale.ROOT);
                for (StorageFailure kind : values()) {
                    if (lower.contains(kind.words)) {
                        return Optional.of(kind);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String[] texts(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage();
        if (t instanceof FileSystemException fse && fse.getReason() != null) {
            return new String[] {message, fse.getReason()};
        }
        return new String[] {message};
    }

    /**
     * One line for the person running Dossier, e.g. "No space left on device in the data directory
     * /srv/dossier (while committing). Everything committed before is kept: free some space, then
     * try again."
     */
    public String explain(String where, String doing) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + (this == NO_SPACE ? " in " : " at ") + where
                + (doing == null || doing.isBlank() ? "" : " (while " + doing + ")")
                + ". Everything committed before is kept: " + remedy + ", then try again.";
    }
}
