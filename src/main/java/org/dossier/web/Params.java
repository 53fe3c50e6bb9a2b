package org.dossier.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.search.InvalidRequestException;
import org.dossier.search.SearchRequestParser;

/** Validation of the query parameters of routes that take no search, or options besides one. */
final class Params {
    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The parameters, refusing any not in {@code allowed}. */
    static Params only(Map<String, List<String>> values, String... allowed) {
        Set<String> known = new TreeSet<>(List.of(allowed));
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidRequestException(name, "Unknown parameter '" + name + "'."
                        + (known.isEmpty() ? " This route takes none." : " Known parameters: " + String.join(", ", known) + "."));
            }
        }
        return new Params(values);
    }

    String text(String name, int maxLength) {
        String value = SearchRequestParser.single(values, name, "");
        if (value.length() > maxLength) {
            throw new InvalidRequestException(name, name + " is at most " + maxLength + " characters long.");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidRequestException(name, name + " contains a control character.");
            }
        }
        return value.strip();
    }

    int integer(String name, int fallback, int min, int max) {
        int value = SearchRequestParser.integer(values, name, fallback);
        if (value < min || value > max) {
            throw new InvalidRequestException(name, name + " must be between " + min + " and " + max + ".");
        }
        return value;
    }

    String oneOf(String name, String fallback, Set<String> choices) {
        String value = SearchRequestParser.single(values, name, fallback);
        if (!choices.contains(value)) {
            throw new InvalidRequestException(name, name + " must be one of: " + String.join(", ", new TreeSet<>(choices)) + ".");
        }
        return value;
    }
}
