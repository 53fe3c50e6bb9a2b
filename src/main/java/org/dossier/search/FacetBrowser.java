package org.dossier.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.PivotField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.dossier.search.query.FilterStep;
import org.dossier.search.query.FilterTags;
import org.dossier.search.query.LimitsStep;
import org.dossier.search.query.TextQueryStep;

/**
 * Facets beyond the sidebar's top values: paging and filtering the values of one facet, and the
 * co-occurrence matrix of two facets. Both apply the current search's query and filters.
 */
public final class FacetBrowser {
    public static final int MAX_PIVOT_VALUES = 30;

    private final SolrExecutor solr;
    private final SearchConfig config;

    public FacetBrowser(SearchService search) {
        this.solr = search.executor();
        this.config = search.config();
    }

    /** The search's query and filters, no rows: the base of every facet-only request. */
    private SolrQuery base(SearchRequest request) {
        SolrQuery query = new SolrQuery();
        new TextQueryStep().apply(request, query);
        new FilterStep(config).apply(request, query);
        new LimitsStep(config).apply(request, query);
        query.setRows(0);
        query.setFacet(true);
        query.setFacetMinCount(1);
        return query;
    }

    /**
     * Values of {@code facetName} (counted ignoring its own filter, like the sidebar), optionally
     * only those containing {@code contains} (case-insensitive), one page at a time.
     */
    public FacetPage values(SearchRequest request, String facetName, String contains) {
        FacetSpec facet = facet(facetName, "name");
        SolrQuery query = base(request);
        query.addFacetField("{!ex=" + FilterTags.of(facet.name()) + " key=" + facet.name() + "}" + facet.field());
        query.set("f." + facet.field() + ".facet.offset", request.offset());
        query.set("f." + facet.field() + ".facet.limit", request.pageSize() + 1); // one more tells if there are more
        query.setFacetSort("count");
        if (contains != null && !contains.isBlank()) {
            query.set("f." + facet.field() + ".facet.contains", contains.strip());
            query.set("f." + facet.field() + ".facet.contains.ignoreCase", true);
        }
        FacetField field = solr.query(query).getFacetField(facet.name());
        List<FacetValue> values = new ArrayList<>();
        if (field != null) {
            for (FacetField.Count count : field.getValues()) {
                values.add(new FacetValue(count.getName(), count.getCount(),
                        request.selected(facet.name()).contains(count.getName()),
                        request.excluded(facet.name()).contains(count.getName())));
            }
        }
        boolean hasMore = values.size() > request.pageSize();
        return new FacetPage(facet.name(), contains == null || contains.isBlank() ? null : contains.strip(),
                hasMore ? values.subList(0, request.pageSize()) : values, request.page(), request.pageSize(), hasMore);
    }

    /** Counts of every pair of the top values of two facets within the search. */
    public PivotTable pivot(SearchRequest request, String rowsFacet, String columnsFacet) {
        FacetSpec rows = facet(rowsFacet, "rows");
        FacetSpec columns = facet(columnsFacet, "columns");
        if (rows.name().equals(columns.name())) {
            throw new InvalidRequestException("columns", "rows and columns must be two different facets.");
        }
        SolrQuery query = base(request);
        query.addFacetPivotField(rows.field() + "," + columns.field());
        query.set("facet.pivot.mincount", 1);
        query.set("f." + rows.field() + ".facet.limit", MAX_PIVOT_VALUES);
        query.set("f." + columns.field() + ".facet.limit", -1);
        QueryResponse response = solr.query(query);
        NamedList<List<PivotField>> pivots = response.getFacetPivot();
        List<PivotField> rowPivots = pivots == null ? List.of() : pivots.get(rows.field() + "," + columns.field());
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        Map<String, Long> columnTotals = new LinkedHashMap<>();
        for (PivotField row : rowPivots == null ? List.<PivotField>of() : rowPivots) {
            Map<String, Long> rowCells = new LinkedHashMap<>();
            for (PivotField cell : row.getPivot() == null ? List.<PivotField>of() : row.getPivot()) {
                String column = String.valueOf(cell.getValue());
                rowCells.put(column, (long) cell.getCount());
                columnTotals.merge(column, (long) cell.getCount(), Long::sum);
            }
            cells.put(String.valueOf(row.getValue()), rowCells);
        }
        List<String> columnValues = columnTotals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_PIVOT_VALUES).map(Map.Entry::getKey).toList();
        List<List<Long>> counts = new ArrayList<>();
        for (Map<String, Long> rowCells : cells.values()) {
            counts.add(columnValues.stream().map(c -> rowCells.getOrDefault(c, 0L)).toList());
        }
        return new PivotTable(new PivotTable.Axis(rows.name(), List.copyOf(cells.keySet())),
                new PivotTable.Axis(columns.name(), columnValues), counts);
    }

    private FacetSpec facet(String name, String parameter) {
        return config.facet(name).orElseThrow(() -> new InvalidRequestException(parameter,
                "Unknown facet '" + name + "'. Facets: " + String.join(", ",
                        new LinkedHashSet<>(config.facets().stream().map(FacetSpec::name).toList())) + "."));
    }
}
