package org.dossier.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Makes SolrCloud ready for Dossier: uploads the shipped configset (named after the schema version,
 * e.g. {@code dossier-4}) and creates the two collections (documents, and their passages) when
 * they are missing; both use the same configset. Embedded
 * Solr installs its configset at every start and needs nothing; a standalone Solr cannot receive a
 * configset over HTTP, so its core is created with {@code bin/solr create} (the message says how).
 */
public final class SolrBootstrap {
    private SolrBootstrap() {}

    /** Shards and replicas of a collection to create; ignored when it exists. */
    public record Layout(int shards, int replicas) {
        public Layout {
            if (shards < 1 || replicas < 1) {
                throw new IllegalArgumentException("shards and replicas must be 1 or more (got " + shards + " and " + replicas + ")");
            }
        }
    }

    /**
     * Uploads the configset (replacing a previous upload of the same schema version) and creates the
     * collection if it does not exist; reports each step to {@code log}. Then checks the schema.
     */
    public static void init(SolrConnection solr, Layout layout, Consumer<String> log) {
        if (solr instanceof CloudSolr cloud) {
            initCloud(cloud, layout, log);
        } else if (solr instanceof EmbeddedSolr) {
            log.accept("Embedded Solr: the configset is installed at every start; nothing to do.");
        } else {
            try {
                SchemaCheck.schemaNameOf(solr);
            } catch (SolrStartException e) {
                throw new SolrStartException(e.getMessage() + " (A standalone Solr cannot receive a configset over HTTP.)", e);
            }
        }
        SchemaCheck.verify(solr);
    }

    private static void initCloud(CloudSolr solr, Layout layout, Consumer<String> log) {
        CloudSolrClient client = solr.cloudClient();
        String configName = Configset.schemaName();
        String current = solr.collection();
        try {
            List<String> existing = CollectionAdminRequest.listCollections(client);
            List<String> missing = new ArrayList<>();
            for (String collection : solr.collections()) {
                current = collection;
                boolean exists = existing.contains(collection)
                        || !client.getClusterStateProvider().resolveAlias(collection).equals(List.of(collection));
                if (!exists) {
                    missing.add(collection);
                } else if (!configName.equals(SchemaCheck.schemaNameOf(solr, collection))) {
                    // never touch a collection built for another schema: the check explains the way out
                    SchemaCheck.verify(solr);
                }
            }
            upload(client, configName);
            log.accept("Uploaded the configset '" + configName + "'.");
            for (String collection : solr.collections()) {
                current = collection;
                if (missing.contains(collection)) {
                    CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, configName,
                            layout.shards(), layout.replicas());
                    create.setWaitForFinalState(true);
                    create.process(client);
                    log.accept("Created the collection '" + collection + "': " + layout.shards() + " shard(s) x "
                            + layout.replicas() + " replica(s).");
                    continue;
                }
                DocCollection state = client.getClusterStateProvider().getCollection(
                        client.getClusterStateProvider().resolveSimpleAlias(collection));
                if (state != null && configName.equals(state.getConfigName())) {
                    CollectionAdminRequest.reloadCollection(state.getName()).process(client);
                    log.accept("The collection '" + collection + "' exists; reloaded it with the configset.");
                } else {
                    log.accept("The collection '" + collection + "' exists (configset '"
                            + (state == null ? "?" : state.getConfigName()) + "'); left as it is.");
                }
            }
        } catch (SolrStartException e) {
            throw e;
        } catch (Exception e) {
            throw new SolrStartException("Could not prepare the collection '" + current + "' in " + solr.describe()
                    + ": " + CloudSolr.rootMessage(e), e);
        }
    }

    private static void upload(CloudSolrClient client, String configName) throws Exception {
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                .setConfigSetName(configName)
                .setUploadStream(new ContentStreamBase.ByteArrayStream(Configset.zip(), configName + ".zip", "application/zip"))
                .setOverwrite(true)
                .setCleanup(true);
        upload.process(client);
    }

    /** Lines describing both collections' shards and replicas (SolrCloud), for {@code dossier solr status}. */
    public static List<String> describeLayout(SolrConnection solr) {
        List<String> lines = new ArrayList<>();
        if (!(solr instanceof CloudSolr cloud)) {
            return lines;
        }
        try {
            var provider = cloud.cloudClient().getClusterStateProvider();
            Set<String> live = new TreeSet<>(provider.getLiveNodes());
            lines.add("live nodes: " + String.join(", ", live));
            for (String collection : solr.collections()) {
                DocCollection state = provider.getCollection(provider.resolveSimpleAlias(collection));
                if (state == null) {
                    lines.add(collection + ": missing");
                    continue;
                }
                lines.add(collection + ": configset " + state.getConfigName());
                for (Slice slice : state.getSlices()) {
                    List<String> replicas = new ArrayList<>();
                    for (Replica replica : slice.getReplicas()) {
                        boolean up = replica.isActive(live);
                        replicas.add(replica.getNodeName() + (replica.isLeader() ? " (leader)" : "") + (up ? "" : " DOWN"));
                    }
                    lines.add("  " + slice.getName() + ": " + String.join(", ", replicas));
                }
            }
        } catch (Exception e) {
            lines.add("cluster state unavailable: " + CloudSolr.rootMessage(e));
        }
        return lines;
    }
}
