package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.solr.SolrConnection;
import picocli.CommandLine.Option;

/** Where the index lives: the embedded engine in a data directory, or a running Solr. */
final class SolrOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${DOSSIER_DATA_DIR:-data}",
            description = "Data directory of the embedded Solr (default: ${DEFAULT-VALUE}; env DOSSIER_DATA_DIR).")
    Path dataDir;

    @Option(names = "--solr-url", paramLabel = "URL", defaultValue = "${DOSSIER_SOLR_URL}",
            description = "Use a running Solr instead of the embedded one, e.g. http://localhost:8983/solr "
                    + "(its collection must use Dossier's configset; env DOSSIER_SOLR_URL).")
    String solrUrl;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "${DOSSIER_COLLECTION:-dossier}",
            description = "Collection (or core) name with --solr-url (default: ${DEFAULT-VALUE}).")
    String collection;

    SolrConnection connect() {
        return solrUrl == null || solrUrl.isBlank()
                ? SolrConnection.embedded(dataDir)
                : SolrConnection.remote(solrUrl, collection);
    }
}
