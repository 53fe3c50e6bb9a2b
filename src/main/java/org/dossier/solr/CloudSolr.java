package org.dossier.solr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;

/**
 * A SolrCloud collection, reached through ZooKeeper or through a list of Solr nodes. The client
 * follows the cluster state: updates go to shard leaders, queries to any live replica, and a node
 * that stops is routed around without anyone above this class knowing.
 */
final class CloudSolr implements SolrConnection {
    private final CloudHttp2SolrClient client;
    private final String collection;
    private final String where;

    private CloudSolr(CloudHttp2SolrClient client, String collection, String where) {
        this.client = client;
        this.collection = collection;
        this.where = where;
    }

    /** {@code zkHost}: {@code host:port[,host:port...][/chroot]}, as Solr's own ZK_HOST. */
    static CloudSolr viaZooKeeper(String zkHost, String collection) {
        ZkAddress address = ZkAddress.parse(zkHost);
        CloudHttp2SolrClient client = new CloudHttp2SolrClient.Builder(address.hosts(), address.chroot())
                .withInternalClientBuilder(httpClient())
                .withZkConnectTimeout(15, TimeUnit.SECONDS)
                .withZkClientTimeout(30, TimeUnit.SECONDS)
                .build();
        return open(client, collection, "ZooKeeper " + zkHost);
    }

    /** Any live nodes of the cluster, e.g. {@code http://solr1:8983/solr}; the rest is discovered. */
    static CloudSolr viaSolrUrls(List<String> solrUrls, String collection) {
        CloudHttp2SolrClient client = new CloudHttp2SolrClient.Builder(solrUrls)
                .withInternalClientBuilder(httpClient())
                .build();
        return open(client, collection, String.join(",", solrUrls));
    }

    private static Http2SolrClient.Builder httpClient() {
        return new Http2SolrClient.Builder()
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withIdleTimeout(120, TimeUnit.SECONDS);
    }

    private static CloudSolr open(CloudHttp2SolrClient client, String collection, String where) {
        try {
            client.getClusterStateProvider().getLiveNodes(); // fail now, with the address in the message
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw new SolrStartException("Cannot reach the SolrCloud cluster at " + where + ": " + rootMessage(e), e);
        }
        return new CloudSolr(client, collection, where);
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static void closeQuietly(SolrClient client) {
        try {
            client.close();
        } catch (Exception ignored) {
            // already failing: the first error is the one to report
        }
    }

    CloudSolrClient cloudClient() {
        return client;
    }

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
        return "SolrCloud (" + where + ", collection " + collection + ")";
    }

    @Override
    public void close() {
        closeQuietly(client);
    }

    /** A ZooKeeper connect string split as SolrJ wants it: the hosts, and the chroot if any. */
    record ZkAddress(List<String> hosts, Optional<String> chroot) {
        static ZkAddress parse(String zkHost) {
            String value = zkHost.strip();
            int slash = value.indexOf('/');
            String hostPart = slash < 0 ? value : value.substring(0, slash);
            String chroot = slash < 0 ? null : value.substring(slash);
            List<String> hosts = new ArrayList<>();
            Arrays.stream(hostPart.split(",")).map(String::strip).filter(h -> !h.isEmpty()).forEach(hosts::add);
            if (hosts.isEmpty()) {
                throw new SolrStartException("No ZooKeeper host in '" + zkHost + "'; expected host:port[,host:port...][/chroot]");
            }
            return new ZkAddress(List.copyOf(hosts), chroot == null || chroot.equals("/") ? Optional.empty() : Optional.of(chroot));
        }
    }
}
