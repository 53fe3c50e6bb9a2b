package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.dossier.extract.eval.EvalReport;
import org.dossier.extract.eval.Evaluator;

/** The gold sets under src/test/resources/extract, scored by the bundled extractor, and their floors. */
final class GoldSetScores {
    private GoldSetScores() {}

    /** Scores the set in {@code /extract/NAME/} against its gold.json; no extraction may fail. */
    static EvalReport evaluate(String name) throws URISyntaxException {
        Path dir = Path.of(GoldSetScores.class.getResource("/extract/" + name + "/gold.json").toURI()).getParent();
        EvalReport r = new Evaluator(DocumentExtractor.withDefaults())
                .evaluate(Evaluator.readGold(dir.resolve("gold.json")), dir, true);
        assertThat(r.errors()).as("extraction errors").isNull();
        return r;
    }

    /** Each score at least its floor; a failure lists the per-document misses. */
    static void assertAtLeast(EvalReport r, double countries, double speakers, double topics, double year, double kind,
            double title) {
        assertThat(r.countries().f1()).as("countries F1 %s", r.misses()).isGreaterThanOrEqualTo(countries);
        assertThat(r.speakers().f1()).as("speakers F1 %s", r.misses()).isGreaterThanOrEqualTo(speakers);
        assertThat(r.topics().f1()).as("topics F1 %s", r.misses()).isGreaterThanOrEqualTo(topics);
        assertThat(r.year().accuracy()).as("year %s", r.misses()).isGreaterThanOrEqualTo(year);
        assertThat(r.kind().accuracy()).as("kind %s", r.misses()).isGreaterThanOrEqualTo(kind);
        assertThat(r.title().accuracy()).as("title %s", r.misses()).isGreaterThanOrEqualTo(title);
    }
}
