package org.dossier.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.dossier.search.SearchConfig;

/** What the page needs of the search configuration to draw its facets and controls. */
record ApiConfigView(List<Facet> facets, List<Sort> sorts, PageSize pageSize, String yearFacet) {
    record Facet(String name, String label) {}

    record Sort(String name, String label) {}

    record PageSize(@JsonProperty("default") int defaultSize, int max) {}

    static ApiConfigView of(SearchConfig config) {
        return new ApiConfigView(
                config.facets().stream().map(f -> new Facet(f.name(), f.label())).toList(),
                config.sorts().stream().map(s -> new Sort(s.name(), s.label())).toList(),
                new PageSize(config.paging().defaultPageSize(), config.paging().maxPageSize()),
                config.range() == null ? null : config.range().facet());
    }
}
