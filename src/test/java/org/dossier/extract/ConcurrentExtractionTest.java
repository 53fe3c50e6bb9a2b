package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;

/**
 * One extractor is shared by the indexing threads. The speed work added lazily built state (the
 * frozen trie, per-character furniture and cue screens), so check that a fresh extractor used from
 * many threads at once gives exactly what it gives on one thread.
 */
class ConcurrentExtractionTest {

    @Test
    void aSharedExtractorGivesTheSameResultsOnManyThreads() throws URISyntaxException, IOException {
        List<Path> files = new ArrayList<>();
        for (String set : new String[] {"/extract/dev/gold.json", "/extract/holdout/gold.json"}) {
            Path dir = Path.of(getClass().getResource(set).toURI()).getParent();
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> !p.getFileName().toString().equals("gold.json")).sorted().forEach(files::add);
            }
        }
        List<String> texts = files.stream().map(ConcurrentExtractionTest::read).toList();
        DocumentExtractor sequential = DocumentExtractor.withDefaults();
        List<String> expected = IntStream.range(0, files.size())
                .mapToObj(i -> describe(sequential.extract(files.get(i).getFileName().toString(), texts.get(i)))).toList();

        DocumentExtractor shared = DocumentExtractor.withDefaults(); // fresh: its lazy state is built under contention
        int rounds = 8;
        List<String> parallel = IntStream.range(0, files.size() * rounds).parallel()
                .mapToObj(k -> {
                    int i = k % files.size();
                    return i + "\t" + describe(shared.extract(files.get(i).getFileName().toString(), texts.get(i)));
                })
                .toList();
        for (String line : parallel) {
            int i = Integer.parseInt(line.substring(0, line.indexOf('\t')));
            assertThat(line.substring(line.indexOf('\t') + 1)).as(files.get(i).toString()).isEqualTo(expected.get(i));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Document d) {
        return String.join(" | ", String.valueOf(d.title()), String.valueOf(d.kind()), String.valueOf(d.date()),
                String.valueOf(d.year()), String.valueOf(d.countries()), String.valueOf(d.topics()),
                String.valueOf(d.speakers()), String.valueOf(d.language()), String.valueOf(d.summary()),
                String.valueOf(d.chapters()), d.body());
    }
}
