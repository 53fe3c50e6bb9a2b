package org.dossier.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.dossier.model.Document;
import org.dossier.model.Kind;
import org.dossier.model.Passage;
import org.dossier.search.PassageService;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written before passages had a collection of their own keeps them beside their
 * documents: the first start after the upgrade moves them, with every field, and both searches
 * then answer as before.
 */
class PassageMigrationTest {
    @TempDir
    Path dataDir;

    static final Document INTERVIEW = Document.builder().id("doc-1").title("Cha on leaking sanctions").kind(Kind.PODCAST)
            .date(LocalDate.of(2024, 3, 1)).year(2024).speakers(List.of("Victor Cha", "Andrew Schwartz"))
            .countries(List.of("North Korea", "Russia")).topics(List.of("sanctions")).language("en").checksum("c1")
            .body("North Korea is sending artillery shells to Russia. What should Washington do about sanctions?")
            .passages(List.of(new Passage(0, "Victor Cha", 31, "North Korea is sending artillery shells to Russia."),
                    new Passage(1, "Andrew Schwartz", 65, "What should Washington do about sanctions?")))
            .build();

    @Test
    void passagesKeptBesideTheirDocumentsMoveToTheirOwnCollection() throws Exception {
        try (SolrConnection solr = SolrConnection.embedded(dataDir)) {
            writeTheOldWay(solr, INTERVIEW);
            assertThat(count(solr, solr.collection())).isEqualTo(3);

            List<String> log = new ArrayList<>();
            assertThat(PassageMigration.run(solr, log::add)).isEqualTo(2);
            assertThat(log).anyMatch(line -> line.contains("Moving 2 passages"));

            assertThat(count(solr, solr.collection())).isEqualTo(1);
            assertThat(count(solr, solr.passageCollection())).isEqualTo(2);
            SolrDocument moved = solr.client().getById(solr.passageCollection(), "doc-1#0");
            assertThat(moved.getFieldValue("speaker")).isEqualTo(List.of("Victor Cha"));
            assertThat(moved.getFieldValue("parent_id")).isEqualTo("doc-1");
            assertThat(moved.getFieldValues("country")).containsExactly("North Korea", "Russia");
            assertThat(moved.getFieldValue("start_seconds")).isEqualTo(31);

            SearchService search = new SearchService(solr, SearchConfig.load());
            SearchRequestParser parser = new SearchRequestParser(search.config());
            var passages = new PassageService(search).search(parser.parse(Map.of("q", List.of("artillery"))));
            assertThat(passages.hits()).extracting(hit -> hit.speaker()).containsExactly("Victor Cha");
            assertThat(search.search(parser.parse(Map.of())).totalHits()).isEqualTo(1);

            assertThat(PassageMigration.run(solr, log::add)).as("a second start has nothing to move").isZero();
        }
    }

    @Test
    void anIndexWrittenByThisVersionHasNothingToMove() {
        try (SolrConnection solr = SolrConnection.embedded(dataDir)) {
            Indexer indexer = new Indexer(solr);
            indexer.add(INTERVIEW);
            indexer.commit();
            List<String> log = new ArrayList<>();
            assertThat(PassageMigration.run(solr, log::add)).isZero();
            assertThat(log).isEmpty();
        }
    }

    /** What Dossier wrote before the split: the document and its passages in one collection. */
    private static void writeTheOldWay(SolrConnection solr, Document document) throws Exception {
        List<SolrInputDocument> all = new ArrayList<>(SolrDocumentMapper.passages(document, Instant.now()));
        all.add(SolrDocumentMapper.toSolr(document, Instant.now()));
        solr.client().add(solr.collection(), all);
        solr.client().commit(solr.collection());
    }

    /** Every Solr document in the collection, documents and passages alike (no query: q.alt is *:*). */
    private static long count(SolrConnection solr, String collection) throws Exception {
        return solr.client().query(collection, new SolrQuery().setRows(0)).getResults().getNumFound();
    }
}
