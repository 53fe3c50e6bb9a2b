package org.dossier.search;

/**
 * One autocomplete entry: a facet value ({@code type} is the facet's name, with its document
 * count) or a document title ({@code type} "title", with the document's id).
 */
public record Suggestion(String type, String value, Long count, String id) {}
