package org.dossier.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static PhraseMatcher<String> matcher() {
        return new PhraseMatcher<String>()
                .add("Korea", false, "korea")
                .add("North Korea", false, "north korea")
                .add("sanction*", false, "sanctions")
                .add("US", true, "us");
    }

    private static List<String> found(PhraseMatcher<String> m, String text) {
        List<String> out = new ArrayList<>();
        m.scan(text, hit -> out.add(hit.value() + "@" + hit.start() + "-" + hit.end()));
        return out;
    }

    @Test
    void longestPhraseWinsAndWordsAreBounded() {
        assertThat(found(matcher(), "North Korea's sanctions, US and us; Koreans"))
                .containsExactly("north korea@0-11", "sanctions@14-23", "us@25-27");
    }

    /** The copy of the text is kept for the next scan: what a longer text left in it must not count. */
    @Test
    void aShorterTextAfterALongerOneEndsWhereItEnds() {
        PhraseMatcher<String> m = matcher();
        assertThat(found(m, "Korea" + "n".repeat(2000))).isEmpty();
        assertThat(found(m, "Korea")).containsExactly("korea@0-5");
        assertThat(found(m, "sanction")).containsExactly("sanctions@0-8");
        assertThat(found(m, "US")).containsExactly("us@0-2");
    }

    /** A scan started from a sink must not disturb the scan that called it. */
    @Test
    void aScanFromASinkLeavesTheOuterScanAlone() {
        PhraseMatcher<String> m = matcher();
        List<String> outer = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        m.scan("Korea and North Korea", hit -> {
            outer.add(hit.value() + "@" + hit.start());
            inner.addAll(found(m, "the US sanctioned"));
        });
        assertThat(outer).containsExactly("korea@0", "north korea@10");
        assertThat(inner).containsExactly("us@4-6", "sanctions@7-17", "us@4-6", "sanctions@7-17");
    }
}
