package org.dossier.solr.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The lean scorer must rank passages exactly as Lucene's does, or the embedded engine would pick
 * other snippets than a standalone Solr with the same configset.
 */
class LeanPassageScorerTest {
    private static final String[] WORDS = {"sanctions", "missile", "treaty", "north", "korea", "summit", "a", "aa"};

    @Test
    void scoresEveryPassageExactlyAsLucene() {
        Random random = new Random(20261125);
        for (int round = 0; round < 20_000; round++) {
            float k1 = round % 3 == 0 ? 1.2f : 0.5f + random.nextFloat() * 2;
            float b = round % 3 == 0 ? 0.75f : random.nextFloat();
            float pivot = round % 3 == 0 ? 87f : 20 + random.nextFloat() * 200;
            Passage passage = randomPassage(random);
            int contentLength = passage.getEndOffset() + random.nextInt(50_000);
            float lucene = new PassageScorer(k1, b, pivot).score(passage, contentLength);
            float lean = new LeanPassageScorer(k1, b, pivot).score(passage, contentLength);
            assertThat(Float.floatToIntBits(lean)).as("passage %s", passage).isEqualTo(Float.floatToIntBits(lucene));
        }
    }

    @Test
    void countsARepeatedTermOnceWithItsFrequencyInThePassage() {
        Passage once = passage(0, 100, "treaty");
        Passage thrice = passage(0, 100, "treaty", "treaty", "treaty");
        Passage twoTerms = passage(0, 100, "treaty", "summit");
        LeanPassageScorer scorer = new LeanPassageScorer(1.2f, 0.75f, 87f);
        assertThat(scorer.score(thrice, 1000)).isGreaterThan(scorer.score(once, 1000));
        // two different words weigh more than one word said again: BM25 saturates a term's frequency
        assertThat(scorer.score(twoTerms, 1000)).isGreaterThan(scorer.score(passage(0, 100, "treaty", "treaty"), 1000));
        assertThat(scorer.score(new Passage(), 1000)).isZero();
    }

    private static Passage passage(int start, int end, String... terms) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        int offset = start;
        for (String term : terms) {
            passage.addMatch(offset, offset + term.length(), new BytesRef(term), 3);
            offset += term.length() + 1;
        }
        return passage;
    }

    private static Passage randomPassage(Random random) {
        Passage passage = new Passage();
        int start = random.nextInt(20_000);
        int length = 1 + random.nextInt(600);
        passage.setStartOffset(start);
        passage.setEndOffset(start + length);
        int matches = random.nextInt(40);
        int[] freqInDoc = new int[WORDS.length];
        for (int i = 0; i < WORDS.length; i++) {
            freqInDoc[i] = 1 + random.nextInt(60);
        }
        for (int i = 0; i < matches; i++) {
            int word = random.nextInt(random.nextBoolean() ? 2 : WORDS.length);
            int at = start + random.nextInt(length);
            // a fresh BytesRef each time, as the highlighter hands over equal terms in different objects
            passage.addMatch(at, at + WORDS[word].length(), new BytesRef(WORDS[word]), freqInDoc[word]);
        }
        return passage;
    }
}
