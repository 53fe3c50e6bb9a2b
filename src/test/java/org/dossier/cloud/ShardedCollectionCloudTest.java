package org.dossier.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.dossier.extract.DocumentExtractor;
import org.dossier.index.Indexer;
import org.dossier.ingest.DocumentLoader;
import org.dossier.ingest.SourceFileReader;
import org.dossier.model.Document;
import org.dossier.search.Exporter;
import org.dossier.search.FacetBrowser;
import org.dossier.search.Hit;
import org.dossier.search.PassageHit;
import org.dossier.search.PassageResponse;
import org.dossier.search.PassageService;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchResponse;
import org.dossier.search.SearchService;
import org.dossier.search.SuggestService;
import org.dossier.solr.SchemaCheck;
import org.dossier.solr.SolrBootstrap;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dossier on a real SolrCloud: MiniSolrCloudCluster with 2 nodes and an embedded ZooKeeper, a
 * collection of 2 shards x 2 replicas created by Dossier's own bootstrap. The seeds plus 2,000
 * skewed documents go into it and into the embedded engine; a fixed set of searches must give the
 * same answers on both; then one node is stopped, and searching and indexing must still work.
 *
 * <p>Runs in the separate "cloud-test" Surefire execution (Jetty 10 classpath, no Javalin).
 */
@Tag("cloud")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShardedCollectionCloudTest {
    static final int GENERATED = 2_000;

    @TempDir
    static Path tmp;

    static MiniSolrCloudCluster cluster;
    static SolrConnection cloud;
    static SolrConnection embedded;
    static SearchService cloudSearch;
    static SearchService embeddedSearch;
    static SearchRequestParser parser;
    static List<Document> corpus;

    @BeforeAll
    static void start() throws Exception {
        long t0 = System.nanoTime();
        cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster"))
                .withDistributedClusterStateUpdates(false, false)
                .configure();
        long t1 = System.nanoTime();
        cloud = SolrConnection.cloud(cluster.getZkServer().getZkAddress(), "dossier");
        SolrBootstrap.init(cloud, new SolrBootstrap.Layout(2, 2), line -> System.out.println("[init] " + line));
        long t2 = System.nanoTime();
        System.out.printf("[figures] cluster of 2 nodes up in %d ms; configset + 2x2 collection in %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        embedded = SolrConnection.embedded(tmp.resolve("embedded"));

        corpus = new ArrayList<>(seeds());
        corpus.addAll(SkewedCorpus.generate(GENERATED, 6));
        index(embedded, corpus, "embedded");
        index(cloud, corpus, "2x2 cloud collection");

        cloudSearch = new SearchService(cloud, SearchConfig.load());
        embeddedSearch = new SearchService(embedded, SearchConfig.load());
        parser = new SearchRequestParser(cloudSearch.config());
    }

    @AfterAll
    static void stop() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
        if (embedded != null) {
            embedded.close();
        }
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    static List<Document> seeds() throws Exception {
        DocumentLoader loader = new DocumentLoader(DocumentExtractor.withDefaults());
        SourceFileReader reader = new SourceFileReader();
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                docs.add(loader.load(reader.read(file)));
            }
        }
        assertThat(docs).isNotEmpty();
        return docs;
    }

    static void index(SolrConnection solr, List<Document> docs, String where) {
        long start = System.nanoTime();
        Indexer indexer = new Indexer(solr);
        docs.forEach(indexer::add);
        indexer.commit();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[figures] indexed %d documents into the %s in %d ms (%.0f docs/s, %d retries)%n",
                docs.size(), where, ms, docs.size() * 1000.0 / Math.max(ms, 1), indexer.retries());
        assertThat(indexer.added()).isEqualTo(docs.size());
    }

    /** The fixed searches both engines must answer alike. */
    static final List<Map<String, List<String>>> SEARCHES = List.of(
            Map.of(),
            Map.of("q", List.of("missile")),
            Map.of("q", List.of("nuclear talks"), "pageSize", List.of("50")),
            Map.of("q", List.of("\"satellite launch\"")),
            Map.of("q", List.of("sanctions"), "country", List.of("Russia")),
            Map.of("country", List.of("Russia", "China"), "sort", List.of("oldest"), "pageSize", List.of("100")),
            Map.of("topic", List.of("diplomacy"), "country.not", List.of("North Korea"), "sort", List.of("newest")),
            Map.of("yearFrom", List.of("2010"), "yearTo", List.of("2020"), "sort", List.of("title"), "pageSize", List.of("50")),
            Map.of("q", List.of("ammunition artillery"), "page", List.of("2")),
            Map.of("speaker", List.of("Victor Cha"), "kind", List.of("podcast", "article")),
            Map.of("q", List.of("misile")),
            Map.of("q", List.of("pipeline gas"), "language", List.of("en"), "page", List.of("3"), "pageSize", List.of("20")));

    static SearchResponse comparable(SearchResponse r) {
        return new SearchResponse(r.totalHits(), r.page(), r.pageSize(), r.totalPages(), 0, r.partial(), r.didYouMean(),
                r.hits(), r.facets(), r.yearHistogram(), r.facetStats());
    }

    static SearchRequest request(Map<String, List<String>> params) {
        return parser.parse(params);
    }

    static void assertSameAnswers(String phase) {
        for (Map<String, List<String>> params : SEARCHES) {
            SearchRequest request = request(params);
            SearchResponse expected = comparable(embeddedSearch.search(request));
            SearchResponse actual = comparable(cloudSearch.search(request));
            String what = phase + " " + params;
            assertThat(actual.partial()).as(what + " partial").isFalse();
            assertThat(actual.totalHits()).as(what + " totalHits").isEqualTo(expected.totalHits());
            assertThat(actual.facets()).as(what + " facets").isEqualTo(expected.facets());
            assertThat(actual.hits().stream().map(Hit::id).toList()).as(what + " ids")
                    .isEqualTo(expected.hits().stream().map(Hit::id).toList());
            assertThat(actual.hits()).as(what + " hits").isEqualTo(expected.hits());
            assertThat(actual.didYouMean()).as(what + " did you mean").isEqualTo(expected.didYouMean());
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    @Test
    @Order(1)
    void theCollectionHasTwoShardsEachWithAReplicaOnBothNodes() {
        DocCollection state = cluster.getZkStateReader().getClusterState().getCollection("dossier");
        assertThat(state.getSlices()).hasSize(2);
        for (Slice slice : state.getSlices()) {
            Set<String> nodes = new HashSet<>();
            slice.getReplicas().stream().map(Replica::getNodeName).forEach(nodes::add);
            assertThat(nodes).as(slice.getName()).hasSize(2);
        }
        assertThat(SchemaCheck.schemaNameOf(cloud)).startsWith("dossier-");
        assertThat(cloudSearch.count()).isEqualTo(corpus.size());
        // the passages have a collection of their own, laid out alike
        DocCollection passages = cluster.getZkStateReader().getClusterState().getCollection("dossier_passages");
        assertThat(passages.getSlices()).hasSize(2);
        assertThat(SolrBootstrap.describeLayout(cloud)).anyMatch(line -> line.startsWith("dossier_passages: configset dossier-"));
    }

    @Test
    @Order(3)
    void passageSearchGivesTheSameAnswersAsTheEmbeddedEngine() {
        PassageService cloudPassages = new PassageService(cloudSearch);
        PassageService embeddedPassages = new PassageService(embeddedSearch);
        for (Map<String, List<String>> params : List.of(Map.<String, List<String>>of("sort", List.of("newest")),
                Map.of("q", List.of("sanctions"), "sort", List.of("newest")),
                Map.of("q", List.of("nuclear"), "country", List.of("North Korea"), "sort", List.of("oldest")))) {
            PassageResponse fromCloud = cloudPassages.search(request(params));
            PassageResponse fromEmbedded = embeddedPassages.search(request(params));
            assertThat(fromCloud.totalHits()).as("passages " + params).isPositive().isEqualTo(fromEmbedded.totalHits());
            assertThat(fromCloud.hits()).extracting(PassageHit::id).as("passages " + params)
                    .isEqualTo(fromEmbedded.hits().stream().map(PassageHit::id).toList());
            assertThat(fromCloud.facets()).as("passage facets " + params).isEqualTo(fromEmbedded.facets());
        }
    }

    @Test
    @Order(2)
    void aNodeUrlIsRecognisedAsACloudNode() {
        String url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
        try (SolrConnection viaUrl = SolrConnection.remote(url, "dossier")) {
            assertThat(viaUrl.describe()).startsWith("SolrCloud");
            SchemaCheck.verify(viaUrl);
        }
    }

    @Test
    @Order(3)
    void searchesGiveTheSameAnswersAsTheEmbeddedEngine() {
        long start = System.nanoTime();
        assertSameAnswers("2 nodes");
        // the comparisons above are not vacuous: spellcheck and highlighting do answer
        SearchResponse misspelt = cloudSearch.search(request(Map.of("q", List.of("misile"))));
        assertThat(misspelt.didYouMean()).isEqualTo("missile");
        assertThat(cloudSearch.search(request(Map.of("q", List.of("missile")))).hits().get(0).snippets())
                .anySatisfy(snippet -> assertThat(snippet).contains("<mark>"));
        System.out.printf("[figures] %d searches x 2 engines compared in %d ms%n", SEARCHES.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    @Order(4)
    void suggestFacetPagesPivotDocumentAndExportAgree() {
        SuggestService cloudSuggest = new SuggestService(cloudSearch);
        SuggestService embeddedSuggest = new SuggestService(embeddedSearch);
        for (String typed : List.of("ru", "vic", "sanc", "missile t")) {
            assertThat(cloudSuggest.suggest(typed, 10)).as("suggest " + typed).isEqualTo(embeddedSuggest.suggest(typed, 10));
        }

        FacetBrowser cloudFacets = new FacetBrowser(cloudSearch);
        FacetBrowser embeddedFacets = new FacetBrowser(embeddedSearch);
        SearchRequest page2 = request(Map.of("q", List.of("missile"), "page", List.of("2"), "pageSize", List.of("10")));
        assertThat(cloudFacets.values(page2, "speaker", null)).isEqualTo(embeddedFacets.values(page2, "speaker", null));
        assertThat(cloudFacets.values(page2, "country", "an")).isEqualTo(embeddedFacets.values(page2, "country", "an"));
        SearchRequest all = request(Map.of());
        assertThat(cloudFacets.pivot(all, "country", "topic")).isEqualTo(embeddedFacets.pivot(all, "country", "topic"));

        String id = corpus.get(corpus.size() / 2).id();
        assertThat(cloudSearch.document(id, "missile")).isEqualTo(embeddedSearch.document(id, "missile"));

        SearchRequest export = request(Map.of("country", List.of("Russia"), "sort", List.of("newest")));
        List<String> cloudIds = new ArrayList<>();
        List<String> embeddedIds = new ArrayList<>();
        long exported = new Exporter(cloudSearch).export(export, d -> cloudIds.add(d.id()));
        new Exporter(embeddedSearch).export(export, d -> embeddedIds.add(d.id()));
        assertThat(exported).isGreaterThan(500); // more than one cursor page
        assertThat(cloudIds).isEqualTo(embeddedIds);
    }

    @Test
    @Order(5)
    void similarDocumentsComeFromBothShards() {
        String id = corpus.get(10).id();
        List<Hit> similar = cloudSearch.similar(id, 10).orElseThrow();
        List<Hit> reference = embeddedSearch.similar(id, 10).orElseThrow();
        System.out.printf("[figures] similar to %s: cloud %s, embedded %s%n", id,
                similar.stream().map(Hit::id).toList(), reference.stream().map(Hit::id).toList());
        assertThat(similar).hasSize(10);
        assertThat(similar).extracting(Hit::id).doesNotContain(id);
    }

    @Test
    @Order(6)
    void withOneNodeStoppedSearchesAnswerCompletelyAndIndexingCompletes() throws Exception {
        long t0 = System.nanoTime();
        JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
        cluster.waitForJettyToStop(stopped);
        long t1 = System.nanoTime();
        System.out.printf("[figures] node 2 stopped in %d ms%n", (t1 - t0) / 1_000_000);

        assertSameAnswers("1 node down");
        long t2 = System.nanoTime();
        System.out.printf("[figures] searches with a node down compared in %d ms%n", (t2 - t1) / 1_000_000);

        // an indexing run with one node down: 300 changed documents and 300 new ones, into both engines
        List<Document> changed = new ArrayList<>();
        for (Document d : corpus.subList(100, 400)) {
            changed.add(d.toBuilder().title(d.title() + " (revised)").checksum(d.checksum() + "-2").build());
        }
        for (Document d : SkewedCorpus.generate(300, 7)) {
            changed.add(d.toBuilder().id("new-" + d.id()).build());
        }
        index(cloud, changed, "2x2 collection with a node down");
        index(embedded, changed, "embedded");
        assertThat(cloudSearch.count()).isEqualTo(corpus.size() + 300L);
        // Lucene's term statistics count replaced documents until their segments merge, and two
        // engines merge differently: merge both down so relevance scores are comparable again.
        cloud.client().optimize(cloud.collection());
        embedded.client().optimize(embedded.collection());
        assertSameAnswers("after indexing with 1 node down");
    }

}
