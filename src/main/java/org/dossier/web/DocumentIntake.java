package org.dossier.web;

import org.dossier.model.Document;

/**
 * Turns an uploaded file into a document the way the indexer would (validation, extraction, a
 * stable id). The server is handed one by whoever wires it, so the web layer needs no knowledge of
 * parsing.
 */
@FunctionalInterface
public interface DocumentIntake {
    /** @throws RejectedDocumentException when the content cannot become a document (empty, binary, not UTF-8...) */
    Document parse(String fileName, byte[] content);

    /** The reason an upload was refused, meant for the client. */
    final class RejectedDocumentException extends RuntimeException {
        public RejectedDocumentException(String reason) {
            super(reason);
        }
    }
}
