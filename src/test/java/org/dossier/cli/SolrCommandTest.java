package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier solr init|status} and the Solr options' refusals, with the embedded engine. */
class SolrCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void initAndStatusWorkOnTheEmbeddedEngine() {
        Result init = run("solr", "init", "--data-dir", dataDir.toString());
        assertThat(init.exitCode).as(init.err).isZero();
        assertThat(init.out).contains("Ready: embedded", "schema dossier-");
        Result status = run("solr", "status", "--data-dir", dataDir.toString());
        assertThat(status.exitCode).as(status.err).isZero();
        assertThat(status.out).contains("documents: 0", "schema: dossier-");
    }

    @Test
    void zkHostAndSolrUrlTogetherAreRefused() {
        Result both = run("solr", "status", "--zk-host", "zk:2181", "--solr-url", "http://solr:8983/solr");
        assertThat(both.exitCode).isEqualTo(1);
        assertThat(both.err).contains("either --zk-host or --solr-url");
    }

    @Test
    void helpListsTheModesAndTheirEnvironmentVariables() {
        Result help = run("solr", "init", "--help");
        assertThat(help.out).contains("--zk-host", "--solr-url", "--collection", "--shards", "--replicas",
                "DOSSIER_ZK_HOST", "DOSSIER_SHARDS");
        assertThat(run("serve", "--help").out).contains("--zk-host", "--init");
    }

    record Result(int exitCode, String out, String err) {}

    private static synchronized Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = DossierCli.run(args);
            return new Result(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
