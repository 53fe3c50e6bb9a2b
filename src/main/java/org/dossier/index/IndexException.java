package org.dossier.index;

/** Solr refused or failed an indexing operation; nothing committed before it is affected. */
public class IndexException extends RuntimeException {
    /** Solr's messages can quote a whole refused document; a person needs the start of it. */
    private static final int MAX_DETAIL = 300;

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The first line of a failure's message, cut to a readable length. */
    static String brief(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        return message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL) + "...";
    }
}
