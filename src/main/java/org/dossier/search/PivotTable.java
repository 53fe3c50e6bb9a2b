package org.dossier.search;

import java.util.List;

/**
 * Co-occurrence counts of two facets within the current search: {@code counts.get(i).get(j)} is the
 * number of documents with {@code rows.values[i]} and {@code columns.values[j]}.
 */
public record PivotTable(Axis rows, Axis columns, List<List<Long>> counts) {
    public record Axis(String facet, List<String> values) {}
}
