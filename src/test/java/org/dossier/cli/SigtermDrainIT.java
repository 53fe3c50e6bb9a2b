package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.cli.bench.CorpusGenerator;
import org.dossier.testing.DossierProcess;
import org.dossier.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to the packaged jar while it is busy: answers already being written finish whole, later
 * requests get 503 (or find the port closed), never a cut-short 200; the process exits 0 and the
 * index opens cleanly afterwards. And with {@code serve --watch}, what was indexed before the
 * signal is committed.
 */
class SigtermDrainIT {
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DOCUMENTS = 3_000;

    @TempDir
    Path temp;

    @Test
    void inFlightAnswersFinishWholeLaterRequestsGet503AndTheProcessExitsZero() throws Exception {
        Path docs = temp.resolve("docs");
        new CorpusGenerator(7, DOCUMENTS).writeTo(docs, DOCUMENTS);
        Path data = temp.resolve("data");
        DossierProcess index = DossierProcess.start("index", docs.toString(), "--data-dir", data.toString(), "--no-progress");
        assertThat(index.awaitExit(Duration.ofMinutes(5))).as(index.output()).isZero();

        try (DossierProcess serve = DossierProcess.start("serve", "--port", "0", "--data-dir", data.toString(),
                "--seeds", temp.resolve("none").toString())) {
            int port = serve.awaitPort();

            // Exports of everything (megabytes each), started, then left unread: the server is
            // blocked writing them, so they are certainly in flight when the signal comes.
            List<RawHttp> exports = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                RawHttp export = new RawHttp(port, "/api/export", 8 * 1024);
                assertThat(export.readHead()).isEqualTo(200);
                exports.add(export);
            }
            SearchLoad load = new SearchLoad(port, 6);
            load.awaitAnswers(30);

            serve.terminate();
            RawHttp.Response refused = awaitRefusal(port);
            assertThat(refused.status()).as("a request after SIGTERM, while exports drain").isEqualTo(503);
            assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(refused.headers()).containsKey("retry-after");
            assertThat(refused.text()).contains("Shutting down");
            assertThat(serve.isAlive()).as("the server waits for the answers in flight").isTrue();

            for (RawHttp export : exports) {
                try (export) {
                    RawHttp.Response answer = export.readRest();
                    assertThat(answer.complete()).as("the export arrived whole").isTrue();
                    List<String> lines = answer.text().lines().toList();
                    Set<String> ids = new HashSet<>();
                    for (String line : lines) {
                        ids.add(JSON.readTree(line).get("id").asText());
                    }
                    assertThat(ids).as("every document, once").hasSize(DOCUMENTS);
                    assertThat(lines).hasSize(DOCUMENTS);
                }
            }
            List<String> loadProblems = load.stop();
            assertThat(loadProblems).as("every 200 was whole; everything else a 503 or a closed port").isEmpty();
            System.out.printf("SIGTERM under load: %d searches answered 200 (all whole), %d got 503, %d found the port closed%n",
                    load.ok.get(), load.unavailable.get(), load.closed.get());

            assertThat(serve.awaitExit(HANG_GUARD)).as(serve.output()).isZero();
            assertThat(serve.output()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");
        }

        try (DossierProcess again = DossierProcess.start("serve", "--port", "0", "--data-dir", data.toString(),
                "--seeds", temp.resolve("none").toString())) {
            int port = again.awaitPort();
            JsonNode all = JSON.readTree(RawHttp.get(port, "/api/search?q=").text());
            assertThat(all.get("totalHits").asInt()).isEqualTo(DOCUMENTS);
            assertThat(again.output()).as("a clean stop leaves nothing to replay").doesNotContain("log replay");
            again.terminate();
            assertThat(again.awaitExit(HANG_GUARD)).isZero();
        }
    }

    @Test
    void serveWatchCommitsWhatItIndexedBeforeSigtermAndTheNextRunFindsTheRest() throws Exception {
        Path watched = Files.createDirectories(temp.resolve("watched"));
        Path watchData = temp.resolve("watch-data");
        int files = 300;
        int reported;
        String serveOutput;
        try (DossierProcess serve = DossierProcess.start("serve", "--port", "0", "--data-dir", watchData.toString(),
                "--seeds", temp.resolve("none").toString(), "--watch", watched.toString())) {
            serve.awaitPort();
            serve.awaitOutput("for changes", HANG_GUARD);
            new CorpusGenerator(8, files).writeTo(watched, files);
            Thread.sleep(1_500); // about when the watcher's batch starts: the signal may land before, in or after it
            serve.terminate();
            assertThat(serve.awaitExit(HANG_GUARD)).as(serve.output()).isZero();
            reported = 0;
            serveOutput = serve.output();
            Matcher batches = Pattern.compile("watch: (\\d+) added, (\\d+) updated").matcher(serveOutput);
            while (batches.find()) {
                reported += Integer.parseInt(batches.group(1)) + Integer.parseInt(batches.group(2));
            }
        }
        DossierProcess check = DossierProcess.start("index", watched.toString(), "--data-dir", watchData.toString(), "--no-progress");
        assertThat(check.awaitExit(HANG_GUARD)).as(check.output()).isZero();
        Matcher counts = Pattern.compile("(\\d+) added, (\\d+) updated, (\\d+) unchanged, 0 failed").matcher(check.output());
        assertThat(counts.find()).as(check.output()).isTrue();
        System.out.printf("serve --watch, SIGTERM 1.5 s after %d new files: %d indexed and committed before exit, %d added by the next run%n",
                files, reported, Integer.parseInt(counts.group(1)));
        assertThat(Integer.parseInt(counts.group(3))).as("everything the server reported indexed was committed; it printed:\n"
                + serveOutput).isEqualTo(reported);
        assertThat(Integer.parseInt(counts.group(1))).as("the rest is indexed by the next run").isEqualTo(files - reported);
    }

    /** Sends fresh requests until one is not a 200; that answer (status -1: the connection closed unanswered). */
    private static RawHttp.Response awaitRefusal(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            RawHttp.Response answer = RawHttp.get(port, "/api/search?q=policy");
            if (answer.status() != 200) {
                return answer;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("still answering 200 30 s after SIGTERM");
    }

    /** Clients searching in a loop until the server refuses them; any 200 that is not whole is a problem. */
    private static final class SearchLoad {
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger unavailable = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        final List<Thread> clients = new ArrayList<>();

        SearchLoad(int port, int clients) {
            String[] queries = {"policy", "sanctions", "trade", "nuclear", "\"foreign minister\"", "border"};
            for (int i = 0; i < clients; i++) {
                String query = "/api/search?q=" + java.net.URLEncoder.encode(queries[i % queries.length], java.nio.charset.StandardCharsets.UTF_8);
                Thread client = new Thread(() -> run(port, query), "search-load-" + i);
                client.setDaemon(true);
                client.start();
                this.clients.add(client);
            }
        }

        private void run(int port, String query) {
            while (true) {
                RawHttp.Response answer;
                try {
                    answer = RawHttp.get(port, query);
                } catch (ConnectException e) {
                    closed.incrementAndGet(); // the server stopped listening: the other acceptable ending
                    return;
                } catch (IOException e) {
                    problems.add(query + ": " + e);
                    return;
                }
                if (answer.status() == 200) {
                    if (!answer.complete()) {
                        problems.add(query + ": a 200 cut short at " + answer.body().length + " bytes");
                        return;
                    }
                    try {
                        JSON.readTree(answer.body()).get("totalHits").asLong();
                    } catch (IOException | RuntimeException e) {
                        problems.add(query + ": a 200 that is not a search answer");
                        return;
                    }
                    ok.incrementAndGet();
                } else if (answer.status() == 503) {
                    unavailable.incrementAndGet();
                    return;
                } else if (answer.status() == -1) {
                    closed.incrementAndGet(); // closed before answering: no 200 was promised
                    return;
                } else {
                    problems.add(query + ": status " + answer.status());
                    return;
                }
            }
        }

        void awaitAnswers(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ok.get() < count && System.nanoTime() < deadline && problems.isEmpty()) {
                Thread.sleep(10);
            }
            assertThat(problems).isEmpty();
            assertThat(ok.get()).as("searches answered before the signal").isGreaterThanOrEqualTo(count);
        }

        List<String> stop() throws InterruptedException {
            for (Thread client : clients) {
                client.join(HANG_GUARD.toMillis());
            }
            return List.copyOf(problems);
        }
    }
}
