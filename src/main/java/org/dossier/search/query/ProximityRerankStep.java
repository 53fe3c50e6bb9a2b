package org.dossier.search.query;

import org.apache.solr.client.solrj.SolrQuery;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;

/**
 * Ranks the best matches higher where the query's words stand close together in the body: Solr's
 * rerank pass over the first documents by the words alone. Scoring that phrase on every match,
 * as edismax's {@code pf} does, read the body's positions of every document with all the words
 * (60,000 of 100,000 for two common words) and set the slowest searches' time; the best few
 * hundred are what a reader pages through. The phrase query is in solrconfig.xml beside the other
 * ranking parameters ({@code proximity.q}); how many documents the pass reorders is
 * {@code query.proximityDocs} in search-config.json. Only for relevance order and several words:
 * with one word there is no proximity, and another order would be undone by the rerank's order by
 * score.
 */
public final class ProximityRerankStep implements QueryStep {
    private final int documents;
    private final String rerank;

    public ProximityRerankStep(SearchConfig config) {
        this.documents = config.query().proximityDocs();
        this.rerank = "{!rerank reRankQuery=$proximity.q reRankDocs=" + documents + " reRankWeight=1}";
    }

    @Override
    public void apply(SearchRequest request, SolrQuery solr) {
        if (reranks(request)) {
            solr.set("rq", rerank);
        }
    }

    /** Whether this search's best {@link #documents()} are reordered by the proximity pass. */
    public boolean reranks(SearchRequest request) {
        return documents > 0 && request.hasQuery() && request.sort().solr().startsWith("score") && hasSeveralWords(request.query());
    }

    /** How many of the best matches the pass reorders; those after them keep the first pass's order. */
    public int documents() {
        return documents;
    }

    /**
     * Whether the text holds two words or more, as the body's analyser will see them: runs of
     * letters and digits, where every Han or kana character is a word of its own.
     */
    static boolean hasSeveralWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isIdeographic(c)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
            if (words > 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdeographic(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
