package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.extract.facet.KindClassifier;
import org.dossier.model.Document;
import org.dossier.model.Kind;
import org.junit.jupiter.api.Test;

/**
 * Kind cues count only in the first and last {@link KindClassifier#WINDOW} characters of a long
 * body, and only when they lie wholly inside one of those windows: a cue across a window's edge
 * does not count. (The extractor finds them in its one pass over the body and rescans a window
 * on its own when a hit crosses its edge; these cases hold it to what scanning each window alone
 * gives.)
 */
class KindWindowsTest {
    private static final DocumentExtractor EXTRACTOR = DocumentExtractor.withDefaults();
    private static final String CUE = "ladies and gentlemen"; // 'other', enough on its own
    private static final int W = KindClassifier.WINDOW;
    private static final int LENGTH = 3 * W;

    @Test
    void aCueCountsWhollyInsideAWindow() {
        assertThat(kindWithCueAt(100)).isEqualTo(Kind.OTHER);
        assertThat(kindWithCueAt(W - CUE.length() - 1)).isEqualTo(Kind.OTHER);
        assertThat(kindWithCueAt(LENGTH - W + 1)).isEqualTo(Kind.OTHER);
        assertThat(kindWithCueAt(LENGTH - CUE.length() - 10)).isEqualTo(Kind.OTHER);
    }

    @Test
    void aCueAcrossAWindowsEdgeOrInTheMiddleDoesNot() {
        assertThat(kindWithCueAt(W - 8)).isEqualTo(Kind.ARTICLE);
        assertThat(kindWithCueAt(LENGTH - W - 8)).isEqualTo(Kind.ARTICLE);
        assertThat(kindWithCueAt(LENGTH / 2)).isEqualTo(Kind.ARTICLE);
    }

    /** The kind of a titled page whose body holds the cue at {@code at} among neutral words. */
    private static Kind kindWithCueAt(int at) {
        StringBuilder body = new StringBuilder();
        while (body.length() < LENGTH) {
            body.append("The garden path winds past old stone walls and quiet ponds. ");
        }
        body.setLength(LENGTH - 1);
        body.append('.');
        body.replace(at - 1, at + CUE.length() + 1, " " + CUE + " "); // whole words
        Document d = EXTRACTOR.extract("page.txt", "A Walk Through the Garden\n\n" + body);
        assertThat(d.body()).isEqualTo(body.toString());
        return d.kind();
    }
}
