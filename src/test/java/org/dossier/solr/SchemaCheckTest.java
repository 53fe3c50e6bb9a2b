package org.dossier.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema version marker, the messages that refuse a wrong collection, the configset zip. */
class SchemaCheckTest {
    @TempDir
    Path dataDir;

    @Test
    void theSchemaNameIsDossiersVersionAndMatchesTheShippedFile() throws Exception {
        assertThat(Configset.schemaName()).matches("dossier-\\d+");
        assertThat(Files.readString(Path.of("solr-config/conf/schema.xml")))
                .contains("<schema name=\"" + Configset.schemaName() + "\"");
    }

    @Test
    void anEmbeddedIndexPassesTheCheck() {
        try (SolrConnection solr = SolrConnection.embedded(dataDir)) {
            assertThat(SchemaCheck.schemaNameOf(solr)).isEqualTo(Configset.schemaName());
            SchemaCheck.verify(solr);
        }
    }

    @Test
    void anOlderSchemaIsRefusedWithTheWayToUpgrade() {
        String message = SchemaCheck.mismatch("news", "SolrCloud (zk1:2181)", "dossier-3", "dossier-2");
        assertThat(message).contains("Dossier schema 2", "needs schema 3", "reindex",
                "dossier solr init --collection news-v3", "dossier index --collection news-v3", "DEPLOY.md");
        assertThat(SchemaCheck.mismatch("news", "x", "dossier-1", "dossier")).contains("Dossier schema 0");
    }

    @Test
    void aNewerOrForeignSchemaIsRefused() {
        assertThat(SchemaCheck.mismatch("news", "x", "dossier-1", "dossier-2")).contains("newer Dossier", "Upgrade Dossier");
        assertThat(SchemaCheck.mismatch("news", "x", "dossier-1", "default-config"))
                .contains("does not use Dossier's schema", "'default-config'", "dossier solr init", "bin/solr create");
    }

    @Test
    void theConfigsetZipHoldsTheConfFilesAtItsRoot() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Configset.zip()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("schema.xml", "solrconfig.xml", "lang/stopwords_en.txt", "synonyms.txt");
    }

    @Test
    void zooKeeperAddressesWithAndWithoutChroot() {
        assertThat(CloudSolr.ZkAddress.parse("zk1:2181,zk2:2181, zk3:2181/solr"))
                .isEqualTo(new CloudSolr.ZkAddress(List.of("zk1:2181", "zk2:2181", "zk3:2181"), Optional.of("/solr")));
        assertThat(CloudSolr.ZkAddress.parse("localhost:9983"))
                .isEqualTo(new CloudSolr.ZkAddress(List.of("localhost:9983"), Optional.empty()));
        assertThatThrownBy(() -> CloudSolr.ZkAddress.parse("/solr")).isInstanceOf(SolrStartException.class);
    }

    @Test
    void anUnreachableSolrIsNamedInTheError() {
        assertThatThrownBy(() -> SolrConnection.remote("http://127.0.0.1:9/solr", "dossier"))
                .isInstanceOf(SolrStartException.class).hasMessageContaining("Cannot reach Solr at http://127.0.0.1:9/solr");
    }
}
