package org.dossier.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * A SolrJ client and the two collections Dossier uses: documents in {@link #collection()}, their
 * passages in {@link #passageCollection()}. Search and indexing see only this, so they work the
 * same against the embedded engine, a standalone Solr or a SolrCloud cluster.
 */
public interface SolrConnection extends AutoCloseable {
    String DEFAULT_COLLECTION = "dossier";
    /** Appended to the document collection's name to name its passage collection. */
    String PASSAGE_SUFFIX = "_passages";

    SolrClient client();

    /** The documents. */
    String collection();

    /**
     * The passages (speaker turns, paragraphs) of the documents in {@link #collection()}: a
     * collection of their own, so that searching and counting documents never walks the seven
     * times as many passages (docs/ARCHITECTURE.md, "Passages").
     */
    default String passageCollection() {
        return passageCollectionOf(collection());
    }

    /** Both collections, documents first. */
    default List<String> collections() {
        return List.of(collection(), passageCollection());
    }

    static String passageCollectionOf(String collection) {
        return collection + PASSAGE_SUFFIX;
    }

    /** A short description for logs and {@code /api/stats}, e.g. "embedded (./data)". */
    String describe();

    /**
     * Where the index is stored, for messages about storage ("no space left on device in ..."):
     * the data directory of the embedded engine, otherwise the Solr that holds it.
     */
    default String storage() {
        return describe();
    }

    /**
     * Called after a write failed for lack of space (or a read-only disk), so that writes work again
     * once the disk is fixed. The embedded engine's index writer closes itself on such a failure and
     * would otherwise refuse every later write until a restart; a remote Solr manages its own.
     */
    default void afterStorageFailure() {}

    @Override
    void close();

    /** Starts the embedded engine with its Solr home under {@code dataDir}. */
    static SolrConnection embedded(Path dataDir) {
        return EmbeddedSolr.start(dataDir, DEFAULT_COLLECTION);
    }

    /**
     * A running Solr at {@code solrUrls}: one base URL (e.g. http://localhost:8983/solr) or a
     * comma-separated list of nodes of one SolrCloud cluster. A single node is asked whether it
     * runs in cloud mode; if so the cluster is used through its state (leaders, live replicas),
     * otherwise the core {@code collection} of that standalone Solr.
     */
    static SolrConnection remote(String solrUrls, String collection) {
        List<String> urls = Arrays.stream(solrUrls.split(",")).map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).toList();
        if (urls.isEmpty()) {
            throw new SolrStartException("No Solr URL in '" + solrUrls + "'");
        }
        if (urls.size() > 1) {
            return CloudSolr.viaSolrUrls(urls, collection);
        }
        String baseUrl = urls.get(0);
        Http2SolrClient client = new Http2SolrClient.Builder(baseUrl).build();
        boolean cloud;
        try {
            cloud = "solrcloud".equals(systemInfo(client).get("mode"));
        } catch (SolrServerException | IOException | RuntimeException e) {
            client.close();
            throw new SolrStartException("Cannot reach Solr at " + baseUrl + ": " + CloudSolr.rootMessage(e), e);
        }
        if (cloud) {
            client.close();
            return CloudSolr.viaSolrUrls(urls, collection);
        }
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
                return "standalone Solr (" + baseUrl + ", cores " + collection + " and " + passageCollection() + ")";
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    /** A SolrCloud collection through ZooKeeper: {@code host:port[,host:port...][/chroot]}. */
    static SolrConnection cloud(String zkHost, String collection) {
        return CloudSolr.viaZooKeeper(zkHost, collection);
    }

    private static NamedList<Object> systemInfo(SolrClient client) throws SolrServerException, IOException {
        return client.request(new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/info/system", new ModifiableSolrParams()));
    }
}
