package org.dossier.web;

import org.dossier.index.DocumentWriter;

/** What the write routes need: where documents go, how uploads are parsed, how to reindex. */
public record WriteServices(DocumentWriter writer, DocumentIntake intake, Reindexing reindexing) {}
