package org.dossier.search;

/**
 * One value of a facet with the number of matching documents (ignoring that facet's own filter),
 * and whether it is selected or excluded.
 */
public record FacetValue(String value, long count, boolean selected, boolean excluded) {}
