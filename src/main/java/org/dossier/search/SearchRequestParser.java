package org.dossier.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns raw query parameters (as any HTTP layer or script gives them) into a {@link SearchRequest},
 * rejecting anything malformed with a message a user can act on. Unknown parameters are rejected
 * too, so a typo such as {@code contry=Russia} does not silently return everything.
 */
public final class SearchRequestParser {
    public static final String QUERY = "q";
    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pageSize";
    public static final String SORT = "sort";
    private static final int MAX_VALUE_LENGTH = 200;
    private static final int MAX_VALUES_PER_FACET = 50;

    private final SearchConfig config;

    public SearchRequestParser(SearchConfig config) {
        this.config = config;
    }

    public SearchRequest parse(Map<String, List<String>> params) {
        rejectUnknown(params.keySet());
        String query = single(params, QUERY, "");
        if (query.length() > config.query().maxLength()) {
            throw new InvalidRequestException(QUERY, "q is " + query.length() + " characters long; at most "
                    + config.query().maxLength() + " are allowed.");
        }
        rejectControlCharacters(QUERY, query);
        int pageSize = integer(params, PAGE_SIZE, config.paging().defaultPageSize());
        if (pageSize < 1 || pageSize > config.paging().maxPageSize()) {
            throw new InvalidRequestException(PAGE_SIZE, "pageSize must be between 1 and " + config.paging().maxPageSize() + ".");
        }
        int page = integer(params, PAGE, 1);
        if (page < 1) {
            throw new InvalidRequestException(PAGE, "page must be 1 or more.");
        }
        if ((long) page * pageSize > config.paging().maxResultWindow()) {
            throw new InvalidRequestException(PAGE, "Results beyond the first " + config.paging().maxResultWindow()
                    + " cannot be paged to; narrow the search with filters.");
        }
        String sortName = single(params, SORT, config.defaultSort().name());
        SortSpec sort = config.sort(sortName).orElseThrow(() -> new InvalidRequestException(SORT,
                "Unknown sort '" + sortName + "'. Use one of: " + String.join(", ", config.sorts().stream().map(SortSpec::name).toList()) + "."));
        return new SearchRequest(query, filters(params), page, pageSize, sort);
    }

    private Map<String, List<String>> filters(Map<String, List<String>> params) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (FacetSpec facet : config.facets()) {
            List<String> raw = params.getOrDefault(facet.name(), List.of());
            List<String> values = new ArrayList<>();
            for (String value : raw) {
                String v = value.strip();
                if (v.isEmpty() || values.contains(v)) {
                    continue;
                }
                checkValue(facet, v);
                values.add(v);
            }
            if (values.size() > MAX_VALUES_PER_FACET) {
                throw new InvalidRequestException(facet.name(), "At most " + MAX_VALUES_PER_FACET + " values of " + facet.name() + " can be selected at once.");
            }
            if (!values.isEmpty()) {
                filters.put(facet.name(), values);
            }
        }
        return filters;
    }

    private static void checkValue(FacetSpec facet, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidRequestException(facet.name(), "A " + facet.name() + " value is at most " + MAX_VALUE_LENGTH + " characters long.");
        }
        rejectControlCharacters(facet.name(), value);
        if (facet.type() == FacetSpec.Type.INT) {
            try {
                Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(facet.name(), facet.name() + " must be a whole number, not '" + value + "'.");
            }
        }
    }

    private static void rejectControlCharacters(String parameter, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new InvalidRequestException(parameter, parameter + " contains a control character (U+"
                        + String.format("%04X", (int) c) + ").");
            }
        }
    }

    private void rejectUnknown(Set<String> names) {
        Set<String> known = new TreeSet<>(List.of(QUERY, PAGE, PAGE_SIZE, SORT));
        config.facets().forEach(f -> known.add(f.name()));
        for (String name : names) {
            if (!known.contains(name)) {
                throw new InvalidRequestException(name, "Unknown parameter '" + name + "'. Known parameters: " + String.join(", ", known) + ".");
            }
        }
    }

    private static String single(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidRequestException(name, name + " may be given only once.");
        }
        return values.isEmpty() || values.get(0).isBlank() ? fallback : values.get(0);
    }

    private static int integer(Map<String, List<String>> params, String name, int fallback) {
        String value = single(params, name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, name + " must be a whole number, not '" + value + "'.");
        }
    }
}
