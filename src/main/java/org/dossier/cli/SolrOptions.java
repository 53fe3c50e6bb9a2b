package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.index.PassageMigration;
import org.dossier.solr.SchemaCheck;
import org.dossier.solr.SolrBootstrap;
import org.dossier.solr.SolrConnection;
import org.dossier.solr.SolrStartException;
import picocli.CommandLine.Option;

/**
 * Where the index lives: the embedded engine in a data directory (default), a standalone Solr
 * ({@code --solr-url}), or a SolrCloud collection ({@code --zk-host}, or {@code --solr-url} with
 * one or more nodes of a cluster). Everything above gets a {@link SolrConnection} and never knows which.
 */
final class SolrOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${DOSSIER_DATA_DIR:-data}",
            description = "Data directory of the embedded Solr (default: ${DEFAULT-VALUE}; env DOSSIER_DATA_DIR).")
    Path dataDir;

    @Option(names = "--solr-url", paramLabel = "URL[,URL...]", defaultValue = "${DOSSIER_SOLR_URL}",
            description = "Use a running Solr instead of the embedded one, e.g. http://localhost:8983/solr; "
                    + "a node of a SolrCloud cluster (detected) or a comma-separated list of them "
                    + "(env DOSSIER_SOLR_URL).")
    String solrUrl;

    @Option(names = "--zk-host", paramLabel = "HOST:PORT[,...][/CHROOT]", defaultValue = "${DOSSIER_ZK_HOST}",
            description = "Use a SolrCloud cluster through its ZooKeeper ensemble, e.g. zk1:2181,zk2:2181/solr "
                    + "(env DOSSIER_ZK_HOST).")
    String zkHost;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "${DOSSIER_COLLECTION:-dossier}",
            description = "Collection (or core) name with --solr-url or --zk-host (default: ${DEFAULT-VALUE}; env DOSSIER_COLLECTION).")
    String collection;

    @Option(names = "--init", defaultValue = "${DOSSIER_SOLR_INIT:-false}",
            description = "SolrCloud: upload the configset and create the collection when it is missing, as `dossier solr init` "
                    + "does (env DOSSIER_SOLR_INIT=true).")
    boolean init;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "${DOSSIER_SHARDS:-1}",
            description = "Shards of a collection created by --init or `solr init` (default: ${DEFAULT-VALUE}; env DOSSIER_SHARDS).")
    int shards;

    @Option(names = "--replicas", paramLabel = "R", defaultValue = "${DOSSIER_REPLICAS:-2}",
            description = "Replicas of each shard of a collection created by --init or `solr init` (default: ${DEFAULT-VALUE}, "
                    + "so one node can fail; env DOSSIER_REPLICAS).")
    int replicas;

    /**
     * Connects, creates the collections if asked to, refuses collections with another schema, and
     * moves passages an older Dossier kept beside their documents into their own collection.
     */
    SolrConnection connect() {
        return connect(init);
    }

    SolrConnection connect(boolean initialise) {
        SolrConnection connection = open();
        try {
            if (initialise) {
                SolrBootstrap.init(connection, layout(), System.err::println);
            } else {
                SchemaCheck.verify(connection);
            }
            PassageMigration.run(connection, System.err::println);
            return connection;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    SolrBootstrap.Layout layout() {
        try {
            return new SolrBootstrap.Layout(shards, replicas);
        } catch (IllegalArgumentException e) {
            throw new SolrStartException(e.getMessage());
        }
    }

    private SolrConnection open() {
        boolean hasZk = zkHost != null && !zkHost.isBlank();
        boolean hasUrl = solrUrl != null && !solrUrl.isBlank();
        if (hasZk && hasUrl) {
            throw new SolrStartException("Give either --zk-host or --solr-url, not both (check DOSSIER_ZK_HOST and DOSSIER_SOLR_URL).");
        }
        if (hasZk) {
            return SolrConnection.cloud(zkHost, collection);
        }
        if (hasUrl) {
            return SolrConnection.remote(solrUrl, collection);
        }
        return SolrConnection.embedded(dataDir);
    }
}
