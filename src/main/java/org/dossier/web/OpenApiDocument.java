package org.dossier.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The OpenAPI 3 description of the API, generated from the route table. */
final class OpenApiDocument {
    private OpenApiDocument() {}

    static Map<String, Object> of(List<ApiRoute> routes, String version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Dossier API", "version", version,
                "description", "Full-text search with faceted browsing for foreign-policy sources. "
                        + "Errors are application/problem+json (RFC 9457)."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (ApiRoute route : routes) {
            String path = route.path();
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
            Map<String, Object> operation = new LinkedHashMap<>();
            operation.put("summary", route.summary());
            List<Map<String, Object>> params = new ArrayList<>();
            for (ApiRoute.Param p : route.params()) {
                Map<String, Object> param = new LinkedHashMap<>();
                param.put("name", p.name());
                param.put("in", p.in());
                param.put("required", p.in().equals("path"));
                param.put("description", p.description());
                Map<String, Object> schema = Map.of("type", p.type());
                if (p.repeatable()) {
                    param.put("schema", Map.of("type", "array", "items", schema));
                    param.put("style", "form");
                    param.put("explode", true);
                } else {
                    param.put("schema", schema);
                }
                params.add(param);
            }
            operation.put("parameters", params);
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put("200", Map.of("description", "OK", "content", Map.of(route.produces(), Map.of())));
            responses.put("400", problem("A parameter is unknown, malformed or out of range"));
            if (route.path().contains("{")) {
                responses.put("404", problem("No such document or facet"));
            }
            operation.put("responses", responses);
            item.put(route.method().name().toLowerCase(Locale.ROOT), operation);
        }
        doc.put("paths", paths);
        return doc;
    }

    private static Map<String, Object> problem(String description) {
        return Map.of("description", description, "content", Map.of(Problem.CONTENT_TYPE, Map.of("schema",
                Map.of("type", "object", "properties", Map.of(
                        "type", Map.of("type", "string"), "title", Map.of("type", "string"),
                        "status", Map.of("type", "integer"), "detail", Map.of("type", "string"))))));
    }
}
