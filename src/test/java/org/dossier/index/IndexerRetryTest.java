package org.dossier.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.dossier.model.Document;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.Test;

/** Batches survive transient failures (node down, leader election, timeouts) and are never dropped. */
class IndexerRetryTest {
    /** A Solr that fails the next requests as scripted, then accepts; it records what it received. */
    static final class ScriptedSolr extends SolrClient implements SolrConnection {
        final Deque<Exception> failures = new ArrayDeque<>();
        final List<String> received = new ArrayList<>();
        int requests;
        /** The collection of each commit, in order. */
        final List<String> commits = new ArrayList<>();

        @Override
        public NamedList<Object> request(SolrRequest<?> request, String collection) throws SolrServerException, IOException {
            requests++;
            Exception failure = failures.poll();
            if (failure instanceof SolrServerException e) {
                throw e;
            } else if (failure instanceof IOException e) {
                throw e;
            } else if (failure instanceof RuntimeException e) {
                throw e;
            }
            NamedList<Object> response = new NamedList<>();
            if (request instanceof UpdateRequest update) {
                if (update.getDocuments() != null) {
                    for (SolrInputDocument doc : update.getDocuments()) {
                        received.add((String) doc.getFieldValue("id"));
                    }
                }
                if (update.getParams() != null && update.getParams().getBool("commit", false)) {
                    commits.add(collection);
                }
            } else {
                response.add("response", new SolrDocumentList());
            }
            return response;
        }

        @Override
        public void close() {}

        @Override
        public SolrClient client() {
            return this;
        }

        @Override
        public String collection() {
            return "test";
        }

        @Override
        public String describe() {
            return "scripted";
        }
    }

    final ScriptedSolr solr = new ScriptedSolr();
    final List<Duration> sleeps = new ArrayList<>();
    final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(300));

    Indexer indexer(int batchSize) {
        return new Indexer(solr, batchSize, Clock.systemUTC(), policy, sleeps::add);
    }

    static Document doc(String id) {
        return Document.builder().id(id).title("Title " + id).body("Body " + id).build();
    }

    @Test
    void transientFailuresAreRetriedWithGrowingWaitsAndNothingIsLost() {
        Indexer indexer = indexer(2);
        solr.failures.add(new SolrServerException("No live SolrServers available to handle this request",
                new ConnectException("Connection refused")));
        solr.failures.add(new RemoteSolrException("http://node2/solr", 503, "No registered leader was found", null));
        solr.failures.add(new SolrServerException("Timeout occurred while waiting response from server",
                new java.util.concurrent.TimeoutException()));
        for (String id : List.of("a", "b", "c")) {
            indexer.add(doc(id));
        }
        indexer.commit();

        assertThat(solr.received).containsExactly("a", "b", "c");
        assertThat(indexer.added()).isEqualTo(3);
        assertThat(indexer.retries()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
        assertThat(solr.commits).as("passages first: a document never shows without them")
                .containsExactly("test_passages", "test");
    }

    @Test
    void aBatchSolrRefusesIsReportedAtOnceAndStaysQueued() {
        Indexer indexer = indexer(10);
        indexer.add(doc("a"), false); // new documents: no old passages to delete first
        indexer.add(doc("b"), false);
        solr.failures.add(new RemoteSolrException("http://node1/solr", 400, "ERROR: [doc=a] unknown field 'x'", null));

        assertThatThrownBy(indexer::commit).isInstanceOf(IndexException.class)
                .hasMessageContaining("sending a batch of 2 documents (ids a ... b)")
                .hasMessageContaining("unknown field");
        assertThat(solr.requests).isEqualTo(1);
        assertThat(sleeps).isEmpty();

        indexer.commit(); // the same documents are still queued, not dropped
        assertThat(solr.received).containsExactly("a", "b");
        assertThat(indexer.added()).isEqualTo(2);
    }

    @Test
    void aClusterThatStaysDownIsReportedAfterTheLastAttempt() {
        Indexer indexer = indexer(1);
        for (int i = 0; i < 10; i++) {
            solr.failures.add(new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "no servers hosting shard: shard1"));
        }
        assertThatThrownBy(() -> indexer.add(doc("a"))).isInstanceOf(IndexException.class)
                .hasMessageContaining("after 4 attempts")
                .hasMessageContaining("no servers hosting shard")
                .hasMessageContaining("run the same command again");
        assertThat(solr.requests).isEqualTo(4);
        assertThat(indexer.added()).isZero();
    }

    @Test
    void readingStoredChecksumsIsRetriedToo() {
        Indexer indexer = indexer(10);
        solr.failures.add(new SolrServerException(new ConnectException("Connection refused")));
        assertThat(indexer.storedChecksums(List.of("a", "b"))).isEmpty();
        assertThat(indexer.retries()).isEqualTo(1);
    }

    @Test
    void whatCountsAsTransient() {
        assertThat(RetryPolicy.isTransient(new SolrServerException("x"))).isTrue();
        assertThat(RetryPolicy.isTransient(new IOException("reset"))).isTrue();
        assertThat(RetryPolicy.isTransient(new SolrException(SolrException.ErrorCode.SERVER_ERROR, "x"))).isTrue();
        assertThat(RetryPolicy.isTransient(new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "x"))).isTrue();
        assertThat(RetryPolicy.isTransient(new RemoteSolrException("h", 429, "slow down", null))).isTrue();
        assertThat(RetryPolicy.isTransient(new SolrException(SolrException.ErrorCode.BAD_REQUEST, "x"))).isFalse();
        assertThat(RetryPolicy.isTransient(new SolrException(SolrException.ErrorCode.NOT_FOUND, "no collection"))).isFalse();
        assertThat(RetryPolicy.isTransient(new IllegalArgumentException("bug"))).isFalse();
        assertThat(RetryPolicy.DEFAULT.backoff(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(RetryPolicy.DEFAULT.backoff(30)).isEqualTo(Duration.ofSeconds(10));
    }
}
