package org.dossier.search;

/** Smallest and largest value of a numeric facet over the whole corpus; null when it is empty. */
public record RangeStats(Integer min, Integer max) {
    public static final RangeStats EMPTY = new RangeStats(null, null);
}
