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
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_VALUES_PER_FACET = 50;

    private final SearchConfig config;
    /** Derived from the configuration once, not on every request. */
    private final Set<String> searchParameters;

    public SearchRequestParser(SearchConfig config) {
        this.config = config;
        this.searchParameters = java.util.Collections.unmodifiableSet(knownParameters(config));
    }

    /** Every parameter a search understands, in a stable order (for errors and the API docs). */
    public Set<String> searchParameters() {
        return searchParameters;
    }

    private static Set<String> knownParameters(SearchConfig config) {
        Set<String> known = new TreeSet<>(List.of(QUERY, PAGE, PAGE_SIZE, SORT));
        for (FacetSpec facet : config.facets()) {
            known.add(facet.name());
            known.add(facet.name() + SearchConfig.EXCLUDE_SUFFIX);
        }
        if (config.range() != null) {
            known.add(config.range().from());
            known.add(config.range().to());
        }
        return known;
    }

    public SearchRequest parse(Map<String, List<String>> params) {
        return parse(params, Set.of());
    }

    /**
     * Parses a search, allowing {@code routeParameters} besides the search's own: a route that
     * takes a search plus options of its own (export format, pivot axes) validates those itself.
     */
    public SearchRequest parse(Map<String, List<String>> params, Set<String> routeParameters) {
        rejectUnknown(params.keySet(), routeParameters);
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
                    + " cannot be paged to; narrow the search with filters, or use /api/export.");
        }
        String sortName = single(params, SORT, config.defaultSort().name());
        SortSpec sort = config.sort(sortName).orElseThrow(() -> new InvalidRequestException(SORT,
                "Unknown sort '" + sortName + "'. Use one of: " + String.join(", ", config.sorts().stream().map(SortSpec::name).toList()) + "."));
        return new SearchRequest(query, values(params, ""), values(params, SearchConfig.EXCLUDE_SUFFIX), range(params),
                page, pageSize, sort);
    }

    private Map<String, List<String>> values(Map<String, List<String>> params, String suffix) {
        Map<String, List<String>> byFacet = new LinkedHashMap<>();
        for (FacetSpec facet : config.facets()) {
            String name = facet.name() + suffix;
            List<String> values = new ArrayList<>();
            for (String value : params.getOrDefault(name, List.of())) {
                String v = value.strip();
                if (v.isEmpty() || values.contains(v)) {
                    continue;
                }
                checkValue(facet, name, v);
                values.add(v);
            }
            if (values.size() > MAX_VALUES_PER_FACET) {
                throw new InvalidRequestException(name, "At most " + MAX_VALUES_PER_FACET + " values of " + name + " can be given at once.");
            }
            if (!values.isEmpty()) {
                byFacet.put(facet.name(), values);
            }
        }
        return byFacet;
    }

    private SearchRequest.Range range(Map<String, List<String>> params) {
        SearchConfig.RangeSpec spec = config.range();
        if (spec == null) {
            return SearchRequest.Range.NONE;
        }
        Integer from = optionalInteger(params, spec.from());
        Integer to = optionalInteger(params, spec.to());
        if (from != null && to != null && from > to) {
            throw new InvalidRequestException(spec.from(), spec.from() + " (" + from + ") is after " + spec.to() + " (" + to + ").");
        }
        return new SearchRequest.Range(from, to);
    }

    private static void checkValue(FacetSpec facet, String parameter, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidRequestException(parameter, "A " + parameter + " value is at most " + MAX_VALUE_LENGTH + " characters long.");
        }
        rejectControlCharacters(parameter, value);
        if (facet.type() == FacetSpec.Type.INT) {
            parseInt(parameter, value);
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

    private void rejectUnknown(Set<String> names, Set<String> routeParameters) {
        Set<String> known = searchParameters();
        for (String name : names) {
            if (!known.contains(name) && !routeParameters.contains(name)) {
                Set<String> all = new TreeSet<>(known);
                all.addAll(routeParameters);
                throw new InvalidRequestException(name, "Unknown parameter '" + name + "'. Known parameters: " + String.join(", ", all) + ".");
            }
        }
    }

    /** The single value of a parameter, or {@code fallback} when it is absent or blank. */
    public static String single(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidRequestException(name, name + " may be given only once.");
        }
        return values.isEmpty() || values.get(0).isBlank() ? fallback : values.get(0);
    }

    /** A whole-number parameter, or {@code fallback} when it is absent. */
    public static int integer(Map<String, List<String>> params, String name, int fallback) {
        Integer value = optionalInteger(params, name);
        return value == null ? fallback : value;
    }

    private static Integer optionalInteger(Map<String, List<String>> params, String name) {
        String value = single(params, name, null);
        return value == null ? null : parseInt(name, value.strip());
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            throw new InvalidRequestException(name, name + " must be a whole number, not '" + shown + "'.");
        }
    }
}
