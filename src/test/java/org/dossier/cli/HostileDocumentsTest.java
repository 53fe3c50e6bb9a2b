package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.search.DocumentDetail;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchService;
import org.dossier.solr.SolrConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd and hostile files, indexed as a user would: each is indexed or refused by name with a
 * reason; nothing crashes, no batch is lost, and markup stays text. The timeout only guards
 * against a hang; it is not a speed target.
 */
class HostileDocumentsTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path docs;

    @Test
    @Timeout(300)
    void everyFileIsIndexedOrRefusedWithAReason() throws Exception {
        Files.writeString(docs.resolve("markup.txt"), "<script>alert(1)</script> Kim's <b>missile</b> memo\n\n"
                + "Body with <img src=x onerror=alert(1)> and a missile test by North Korea. North Korea again.");
        Files.writeString(docs.resolve("page.html"), "<html><head><title>Sanctions &amp; <script>x</script></title>"
                + "<script>document.write('evil')</script></head><body><p>Sanctions on Russia. Russia responds.</p></body></html>");
        Files.writeString(docs.resolve("one-line.txt"), "Missile ".repeat(1_300_000)); // about 10 MB on one line
        Files.write(docs.resolve("nul.txt"), "text\u0000more".getBytes(StandardCharsets.UTF_8));
        Files.write(docs.resolve("invalid.txt"), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28, 'x'});
        Files.write(docs.resolve("cp1252.txt"), "\u201cSmart quotes\u201d from Windows \u2013 Pyongyang".getBytes(Charset.forName("windows-1252")));
        byte[] utf16 = "Seoul and Tokyo talk. Seoul, Tokyo, again.".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(docs.resolve("utf16.txt"), withBom);
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Files.writeString(docs.resolve("nested.json"), "[".repeat(100_000) + "]".repeat(100_000));
        StringBuilder huge = new StringBuilder("{\"title\": \"Huge\", \"body\": \"");
        huge.append("Sanctions and tariffs. ".repeat(200_000)).append("\", \"speakers\": [");
        for (int i = 0; i < 10_000; i++) {
            huge.append(i == 0 ? "" : ",").append("\"Person ").append(i).append('"');
        }
        Files.writeString(docs.resolve("huge.json"), huge.append("]}").toString());
        Path tiny = Files.createDirectories(docs.resolve("tiny"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(tiny.resolve("t" + i + ".txt"), "Note " + i + "\n\nA short note about sanctions, number " + i + ".");
        }

        CliRun run = CliRun.of("index", docs.toString(), "--data-dir", dataDir.toString());
        int code = run.exitCode();
        String log = run.err();
        String summary = run.out();
        assertThat(code).as(log).isEqualTo(1);
        assertThat(log).contains("nul.txt: binary file", "invalid.txt: not text", "empty.txt: empty file")
                .doesNotContain("\tat ", "Exception");
        List<String> refused = log.lines().filter(l -> l.startsWith("skipped ") || l.startsWith("failed ")).toList();
        int files = 10_000 + 10;

        try (SolrConnection solr = SolrConnection.embedded(dataDir)) {
            SearchService search = new SearchService(solr, SearchConfig.load());
            SearchRequestParser parser = new SearchRequestParser(search.config());
            assertThat(search.count()).as("every file not refused is in the index: " + summary)
                    .isEqualTo(files - refused.size());
            assertThat(summary).contains((files - refused.size()) + " added")
                    .containsPattern("(\\d+) failed, (\\d+) skipped");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) failed, (\\d+) skipped").matcher(summary);
            assertThat(m.find()).isTrue();
            assertThat(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))).isEqualTo(refused.size());
            assertThat(search.search(parser.parse(Map.of("q", List.of("\"short note about sanctions\"")))).totalHits()).isEqualTo(10_000);
            // markup is stored as text, and the page and API escape it
            String markupId = search.search(parser.parse(Map.of("q", List.of("onerror")))).hits().get(0).id();
            DocumentDetail markup = search.document(markupId, null).orElseThrow();
            assertThat(markup.title()).contains("<script>alert(1)</script>");
            assertThat(search.search(parser.parse(Map.of("q", List.of("missile memo")))).hits().get(0).highlightedTitle())
                    .contains("&lt;script&gt;").doesNotContain("<script>");
            assertThat(search.search(parser.parse(Map.of("q", List.of("Seoul")))).totalHits()).as("UTF-16 with a BOM is read").isEqualTo(1);
            assertThat(search.search(parser.parse(Map.of("q", List.of("\"smart quotes\"")))).totalHits()).as("Windows-1252 is detected and read").isEqualTo(1);
            assertThat(search.search(parser.parse(Map.of("q", List.of("document.write")))).totalHits()).as("scripts in HTML are not text").isZero();
        }
    }
}
