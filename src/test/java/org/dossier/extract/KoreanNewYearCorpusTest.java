package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The 73 real North Korean New Year addresses (1946-2019, CC0) in ../shared/corpus: every file must
 * extract, be Korean, and carry the year of its file name, except 1987, for which no address was
 * given: the file holds the policy speech of 30 December 1986 that replaced it, and says so, so
 * 1986 is the document's own date; and 2011, whose date line reads "2010.1.1." (a slip in the
 * source: the text says 새해 주체100(2011)년). A date line outranks a phrase in the prose, so the
 * extractor reports 2010 there; these two are pinned so that any other change is noticed.
 */
class KoreanNewYearCorpusTest {
    private static final Path DIR = Path.of("../shared/corpus/ko-new-year-addresses");

    @Test
    void allAddressesExtractAsKoreanWithTheirYear() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "Korean corpus not present at " + DIR.toAbsolutePath());
        DocumentExtractor x = DocumentExtractor.withDefaults();
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d{4}\\.txt")).sorted().toList();
        }
        assertThat(files).hasSize(73);
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            int expected = Integer.parseInt(f.getFileName().toString().substring(0, 4));
            if (expected == 1987 || expected == 2011) {
                expected -= 1;
            }
            Document d = x.extract(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            if (!"ko".equals(d.language()) || d.year() == null || d.year() != expected || d.title() == null
                    || d.body().isBlank()) {
                wrong.add(f.getFileName() + ": language=" + d.language() + " year=" + d.year() + " title=" + d.title());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
