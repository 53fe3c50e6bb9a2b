package org.dossier.search;

import java.util.List;

/** One page of a facet's values within the current search, e.g. for a long speaker list. */
public record FacetPage(String facet, String contains, List<FacetValue> values, int page, int pageSize, boolean hasMore) {}
