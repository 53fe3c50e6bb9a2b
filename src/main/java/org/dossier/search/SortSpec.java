package org.dossier.search;

/** A sort option: its API name, the page's label, and the Solr sort clause it stands for. */
public record SortSpec(String name, String label, String solr) {}
