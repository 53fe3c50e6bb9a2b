package org.dossier.search.query;

/**
 * Tags link a facet's filter to the exclusion in its own facet count, which is what makes facets
 * multi-select: the counts of "country" ignore the country filter, so a user can widen a choice.
 */
public final class FilterTags {
    private FilterTags() {}

    public static String of(String facetName) {
        return "f_" + facetName;
    }
}
