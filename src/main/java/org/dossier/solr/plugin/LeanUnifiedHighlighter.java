package org.dossier.solr.plugin;

import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.solr.common.params.HighlightParams;
import org.apache.solr.highlight.UnifiedSolrHighlighter;
import org.apache.solr.request.SolrQueryRequest;

/**
 * Solr's unified highlighter with {@link LeanPassageScorer}: the same snippets, without a 32 KB
 * allocation per scored passage. The embedded engine names it in solrconfig.xml through the
 * {@code dossier.highlighter} property ({@link org.dossier.solr.EmbeddedSolr}); a standalone Solr
 * or SolrCloud, which does not have this class, falls back to Solr's own highlighter.
 */
public class LeanUnifiedHighlighter extends UnifiedSolrHighlighter {
    @Override
    protected UnifiedHighlighter getHighlighter(SolrQueryRequest request) {
        return new SolrExtendedUnifiedHighlighter(request) {
            @Override
            protected PassageScorer getScorer(String field) {
                // Solr's defaults for these parameters, as in its own getScorer
                return new LeanPassageScorer(
                        params.getFieldFloat(field, HighlightParams.SCORE_K1, 1.2f),
                        params.getFieldFloat(field, HighlightParams.SCORE_B, 0.75f),
                        params.getFieldFloat(field, HighlightParams.SCORE_PIVOT, 87f));
            }
        };
    }
}
