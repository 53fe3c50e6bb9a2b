package org.dossier.search;

import java.util.Set;

/**
 * One facet as declared in {@code search-config.json}: its API name (the query parameter and the
 * key in the answer), the label the page shows, the Solr field, how many values to return, and
 * optionally how Solr counts it ({@code method}: {@code enum} suits a field with few distinct
 * values, each counted from a cached set of documents; absent, Solr's default walks the doc values
 * of every match, which suits long tails such as speakers).
 */
public record FacetSpec(String name, String label, String field, Type type, int limit, String method) {
    private static final Set<String> METHODS = Set.of("enum", "fc", "fcs", "uif");

    public enum Type {
        /** Free text values such as country names. */
        STRING,
        /** Whole numbers such as years; filter values must parse as integers. */
        INT
    }

    public FacetSpec {
        if (name == null || field == null || type == null || limit < 1) {
            throw new IllegalArgumentException("A facet needs a name, a field, a type and a positive limit: " + name);
        }
        if (method != null && !METHODS.contains(method)) {
            throw new IllegalArgumentException("Facet " + name + ": unknown method '" + method + "' (one of " + METHODS + ")");
        }
        label = label == null ? name : label;
    }

    public FacetSpec(String name, String label, String field, Type type, int limit) {
        this(name, label, field, type, limit, null);
    }
}
