package org.dossier.search;

/**
 * One facet as declared in {@code search-config.json}: its API name (the query parameter and the
 * key in the answer), the label the page shows, the Solr field, and how many values to return.
 */
public record FacetSpec(String name, String label, String field, Type type, int limit) {
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
        label = label == null ? name : label;
    }
}
