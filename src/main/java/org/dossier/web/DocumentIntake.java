package org.dossier.web;

import org.dossier.model.Document;

/**
 * Turns an uploaded file into a document the way the indexer would (validation, extraction, a
 * stable id). The server is handed one by whoever wires it, so the web layer needs no knowledge of
 * parsing.
 */
@FunctionalInterface
public interface DocumentIntake {
    /**
     * @param contentType the content's media type as the client sent it (may name a charset), or null
     * @throws RejectedDocumentException when the content cannot become a document (empty, binary, no text...)
     */
    Document parse(String fileName, String contentType, byte[] content);

    /** The reason an upload was refused, meant for the client. */
    final class RejectedDocumentException extends RuntimeException {
        public RejectedDocumentException(String reason) {
            super(reason);
        }
    }
}
