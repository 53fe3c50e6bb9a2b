package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier solr init|status} and the Solr options' refusals, with the embedded engine. */
class SolrCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void initAndStatusWorkOnTheEmbeddedEngine() {
        CliRun init = run("solr", "init", "--data-dir", dataDir.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Ready: embedded", "schema dossier-");
        CliRun status = run("solr", "status", "--data-dir", dataDir.toString());
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("documents: 0", "schema: dossier-");
    }

    @Test
    void zkHostAndSolrUrlTogetherAreRefused() {
        CliRun both = run("solr", "status", "--zk-host", "zk:2181", "--solr-url", "http://solr:8983/solr");
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).contains("either --zk-host or --solr-url");
    }

    @Test
    void helpListsTheModesAndTheirEnvironmentVariables() {
        CliRun help = run("solr", "init", "--help");
        assertThat(help.out()).contains("--zk-host", "--solr-url", "--collection", "--shards", "--replicas",
                "DOSSIER_ZK_HOST", "DOSSIER_SHARDS");
        assertThat(run("serve", "--help").out()).contains("--zk-host", "--init");
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
