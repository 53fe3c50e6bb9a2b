package org.dossier.search;

import static org.dossier.solr.SolrFields.ID;
import static org.dossier.solr.SolrFields.TITLE;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Autocomplete in one Solr request, cheap enough for every keystroke: titles whose words start with
 * what was typed (an edge n-gram field), and the values of the suggestable facets that contain it.
 */
public final class SuggestService {
    /** Facets whose values are worth suggesting as filters. */
    static final List<String> SUGGESTED_FACETS = List.of("speaker", "country", "topic", "source");
    private static final String TITLE_TAG = "ac";
    public static final int MAX_LIMIT = 20;
    public static final int MAX_TEXT = 100;

    private final SolrExecutor solr;
    private final SearchConfig config;

    public SuggestService(SearchService search) {
        this.solr = search.executor();
        this.config = search.config();
    }

    public Suggestions suggest(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return new Suggestions(typed, List.of());
        }
        SolrQuery query = new SolrQuery();
        // text without a letter or digit analyses to nothing, which the field parser cannot express
        boolean titles = typed.codePoints().anyMatch(Character::isLetterOrDigit);
        if (titles) {
            query.addFilterQuery("{!field tag=" + TITLE_TAG + " f=title_prefix v=$typed}");
            query.set("typed", typed);
        }
        query.setFields(ID, TITLE);
        query.setRows(titles ? limit : 0);
        query.set("sort", "date desc, id asc");
        query.setFacet(true);
        query.setFacetMinCount(1);
        List<FacetSpec> facets = config.facets().stream().filter(f -> SUGGESTED_FACETS.contains(f.name())).toList();
        for (FacetSpec facet : facets) {
            query.addFacetField("{!ex=" + TITLE_TAG + " key=" + facet.name() + "}" + facet.field());
            query.set("f." + facet.field() + ".facet.contains", typed);
            query.set("f." + facet.field() + ".facet.contains.ignoreCase", true);
            query.set("f." + facet.field() + ".facet.limit", limit);
        }
        query.setTimeAllowed(config.query().timeAllowedMs());
        QueryResponse response = solr.query(query);

        List<Suggestion> suggestions = new ArrayList<>();
        for (FacetSpec facet : facets) {
            FacetField field = response.getFacetField(facet.name());
            if (field != null) {
                field.getValues().stream()
                        .map(c -> new Suggestion(facet.name(), c.getName(), c.getCount(), null))
                        .forEach(suggestions::add);
            }
        }
        // facet values that start with the text first, then by count
        suggestions.sort((a, b) -> {
            int prefix = Boolean.compare(!startsWith(a.value(), typed), !startsWith(b.value(), typed));
            return prefix != 0 ? prefix : Long.compare(b.count(), a.count());
        });
        List<Suggestion> result = new ArrayList<>(suggestions.subList(0, Math.min(suggestions.size(), Math.max(1, limit / 2))));
        for (SolrDocument doc : response.getResults()) {
            if (result.size() >= limit) {
                break;
            }
            result.add(new Suggestion("title", (String) doc.getFirstValue(TITLE), null, (String) doc.getFirstValue(ID)));
        }
        for (Suggestion s : suggestions) {
            if (result.size() >= limit) {
                break;
            }
            if (!result.contains(s)) {
                result.add(s);
            }
        }
        return new Suggestions(typed, result);
    }

    private static boolean startsWith(String value, String typed) {
        return value.regionMatches(true, 0, typed, 0, typed.length());
    }
}
