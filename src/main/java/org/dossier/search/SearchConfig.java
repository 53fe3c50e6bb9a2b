package org.dossier.search;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The declared search behaviour: facets, the year range, sort options, paging limits,
 * highlighting and spelling, read from {@code search-config.json}. It drives the Solr parameters,
 * the API's validation, the JSON answer and the page alike, so adding a facet is one entry there.
 */
public record SearchConfig(
        List<FacetSpec> facets,
        RangeSpec range,
        List<SortSpec> sorts,
        Paging paging,
        Query query,
        Highlight highlight,
        Spellcheck spellcheck,
        Faceting faceting) {

    /** A numeric facet that can also be filtered by an inclusive range, e.g. yearFrom/yearTo. */
    public record RangeSpec(String facet, String from, String to, int maxSpan) {}

    public record Paging(int defaultPageSize, int maxPageSize, int maxResultWindow) {}

    /**
     * Limits of a query, and how many of the best matches a second pass reorders by how close the
     * query's words stand in the body ({@code proximityDocs}; see ProximityRerankStep).
     */
    public record Query(int maxLength, int timeAllowedMs, int proximityDocs) {}

    public record Highlight(String field, String titleField, int snippets) {}

    /**
     * How facets are counted. Counting the facets of a large result is most of a search's time,
     * so Solr counts up to {@code threads} fields at once (its facet.threads): a lone search then
     * uses every core instead of one.
     */
    public record Faceting(int threads) {}

    /** "Did you mean" is offered when a search finds at most this many documents. */
    public record Spellcheck(int whenHitsAtMost) {}

    /** Suffix of the parameter that excludes a facet value, e.g. {@code country.not=China}. */
    public static final String EXCLUDE_SUFFIX = ".not";

    public SearchConfig {
        facets = List.copyOf(facets);
        sorts = List.copyOf(sorts);
        faceting = faceting == null ? new Faceting(0) : faceting;
        if (sorts.isEmpty()) {
            throw new IllegalArgumentException("search-config.json must declare at least one sort");
        }
        if (range != null && facets.stream().noneMatch(f -> f.name().equals(range.facet()) && f.type() == FacetSpec.Type.INT)) {
            throw new IllegalArgumentException("The range facet '" + range.facet() + "' must be a declared int facet");
        }
    }

    /** The bundled configuration. */
    public static SearchConfig load() {
        try (InputStream in = SearchConfig.class.getResourceAsStream("search-config.json")) {
            if (in == null) {
                throw new IllegalStateException("search-config.json is missing from the classpath");
            }
            return JsonMapper.builder()
                    .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                    .build()
                    .readValue(in, SearchConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException("search-config.json cannot be read", e);
        }
    }

    public Optional<FacetSpec> facet(String name) {
        return facets.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<SortSpec> sort(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return sorts.stream().filter(s -> s.name().equals(wanted)).findFirst();
    }

    /** The first declared sort is the default. */
    public SortSpec defaultSort() {
        return sorts.get(0);
    }

    /** The same configuration with other facets, e.g. smaller limits in a test. */
    public SearchConfig withFacets(List<FacetSpec> otherFacets) {
        return new SearchConfig(otherFacets, range, sorts, paging, query, highlight, spellcheck, faceting);
    }
}
