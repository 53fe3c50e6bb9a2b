package org.dossier.solr;

import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;

/**
 * A SolrJ client and the collection Dossier uses. Search and indexing see only this, so they work
 * the same against the embedded engine, a standalone Solr or (later) a SolrCloud cluster.
 */
public interface SolrConnection extends AutoCloseable {
    String DEFAULT_COLLECTION = "dossier";

    SolrClient client();

    String collection();

    /** A short description for logs and {@code /api/stats}, e.g. "embedded (./data)". */
    String describe();

    @Override
    void close();

    /** Starts the embedded engine with its Solr home under {@code dataDir}. */
    static SolrConnection embedded(Path dataDir) {
        return EmbeddedSolr.start(dataDir, DEFAULT_COLLECTION);
    }

    /** Talks to a running Solr at {@code baseUrl} (e.g. http://localhost:8983/solr). */
    static SolrConnection remote(String baseUrl, String collection) {
        Http2SolrClient client = new Http2SolrClient.Builder(baseUrl).build();
        return new SolrConnection() {
            @Override
            public SolrClient client() {
                return client;
            }

            @Override
            public String collection() {
                return collection;
            }

            @Override
            public String describe() {
                return "remote (" + baseUrl + ", collection " + collection + ")";
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }
}
