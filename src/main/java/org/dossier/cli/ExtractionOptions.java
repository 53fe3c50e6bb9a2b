package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.extract.DocumentExtractor;
import picocli.CommandLine.Option;

/** How documents are understood: the bundled topic taxonomy, or the user's own. */
final class ExtractionOptions {
    @Option(names = "--taxonomy", paramLabel = "FILE", defaultValue = "${DOSSIER_TAXONOMY}",
            description = "Topic taxonomy (JSON, the format of the bundled topics.json) to use instead of the default one (env DOSSIER_TAXONOMY).")
    Path taxonomy;

    DocumentExtractor extractor() {
        return taxonomy == null ? DocumentExtractor.withDefaults() : DocumentExtractor.withTaxonomy(taxonomy);
    }
}
