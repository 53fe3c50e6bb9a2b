package org.dossier.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The declared search behaviour: facets, sort options, paging limits and highlighting, read from
 * {@code search-config.json}. It drives the Solr parameters, the API's validation, the JSON answer
 * and the page alike, so adding a facet is one entry in that file.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SearchConfig(List<FacetSpec> facets, List<SortSpec> sorts, Paging paging, Query query, Highlight highlight) {

    public record Paging(int defaultPageSize, int maxPageSize, int maxResultWindow) {}

    public record Query(int maxLength) {}

    public record Highlight(String field, int snippets) {}

    public SearchConfig {
        facets = List.copyOf(facets);
        sorts = List.copyOf(sorts);
        if (sorts.isEmpty()) {
            throw new IllegalArgumentException("search-config.json must declare at least one sort");
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
}
