package org.dossier.search;

import java.util.List;

/** What autocomplete offers for the text typed so far. */
public record Suggestions(String query, List<Suggestion> suggestions) {}
