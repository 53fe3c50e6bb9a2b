package org.dossier.solr.plugin;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, times a position norm) computed without Lucene's
 * per-passage {@code BytesRefHash}. That hash allocates a 32 KB block for every candidate passage
 * the unified highlighter scores; on common query words that was over a quarter of all the bytes a
 * search allocated, and the young-generation collections it caused set the p99 latency. A passage
 * holds few distinct terms, so a linear search among them finds each one. The arithmetic is
 * Lucene's, term for term and in the same order, so the scores, and therefore the chosen snippets,
 * are the same.
 */
public final class LeanPassageScorer extends PassageScorer {
    public LeanPassageScorer(float k1, float b, float pivot) {
        super(k1, b, pivot);
    }

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // the distinct terms in order of first appearance (Lucene's hash numbers them that way)
        int[] firstMatch = new int[matches];
        int[] freqInPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int term = 0;
            while (term < distinct && !terms[firstMatch[term]].bytesEquals(terms[i])) {
                term++;
            }
            if (term == distinct) {
                firstMatch[distinct++] = i;
            }
            freqInPassage[term]++;
        }
        double score = 0;
        for (int term = 0; term < distinct; term++) {
            score += tf(freqInPassage[term], passage.getLength()) * weight(contentLength, freqsInDoc[firstMatch[term]]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
