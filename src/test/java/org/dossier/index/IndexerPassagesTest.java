package org.dossier.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.model.Document;
import org.dossier.model.Passage;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passages live in their own collection and follow their document: replaced with it, deleted with it. */
class IndexerPassagesTest {
    @TempDir
    Path dataDir;
    SolrConnection solr;

    @BeforeEach
    void open() {
        solr = SolrConnection.embedded(dataDir);
    }

    @AfterEach
    void close() {
        solr.close();
    }

    static Document withTurns(String id, int turns) {
        List<Passage> passages = java.util.stream.IntStream.range(0, turns)
                .mapToObj(i -> new Passage(i, "Speaker " + i, null, "Turn " + i + " of " + id)).toList();
        return Document.builder().id(id).title("Title " + id).body("Body " + id).checksum("c").passages(passages).build();
    }

    @Test
    void documentsAndPassagesGoToTheirOwnCollections() throws Exception {
        Indexer indexer = new Indexer(solr, 3, java.time.Clock.systemUTC()); // small batches: passages flush on their own
        for (int i = 0; i < 5; i++) {
            indexer.add(withTurns("d" + i, 4), false);
        }
        indexer.commit();
        assertThat(count(solr.collection())).isEqualTo(5);
        assertThat(count(solr.passageCollection())).isEqualTo(20);
        assertThat(indexer.added()).isEqualTo(5);
    }

    @Test
    void aNewVersionWithFewerPassagesLeavesNoneOfTheOldOnes() throws Exception {
        Indexer indexer = new Indexer(solr);
        indexer.add(withTurns("d", 5));
        indexer.commit();
        indexer.add(withTurns("d", 2));
        indexer.commit();
        assertThat(count(solr.passageCollection())).isEqualTo(2);
        assertThat((Object) solr.client().getById(solr.passageCollection(), "d#4")).isNull();
    }

    @Test
    void deletingDocumentsDeletesTheirPassages() throws Exception {
        Indexer indexer = new Indexer(solr);
        indexer.add(withTurns("keep", 3));
        indexer.add(withTurns("gone", 3));
        indexer.commit();
        indexer.delete(List.of("gone"));
        indexer.commit();
        assertThat(count(solr.collection())).isEqualTo(1);
        assertThat(count(solr.passageCollection())).isEqualTo(3);
        assertThat((Object) solr.client().getById(solr.passageCollection(), "keep#0")).isNotNull();

        new DocumentWriter(solr).delete("keep");
        assertThat(count(solr.collection())).isZero();
        assertThat(count(solr.passageCollection())).isZero();
    }

    private long count(String collection) throws Exception {
        return solr.client().query(collection, new SolrQuery().setRows(0)).getResults().getNumFound();
    }
}
