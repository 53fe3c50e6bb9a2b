package org.dossier.search;

/** One value of a facet with the number of matching documents, and whether it is filtered on. */
public record FacetValue(String value, long count, boolean selected) {}
