package org.dossier.web;

import static org.dossier.web.ApiRoute.Param.path;
import static org.dossier.web.ApiRoute.Param.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.search.DocumentDetail;
import org.dossier.search.Exporter;
import org.dossier.search.FacetBrowser;
import org.dossier.search.FacetSpec;
import org.dossier.search.InvalidRequestException;
import org.dossier.search.SearchConfig;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchResponse;
import org.dossier.search.SearchService;
import org.dossier.search.StatsService;
import org.dossier.search.SuggestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of Dossier: the JSON API under {@code /api}, the Atom feed, and the search page
 * from {@code web/}. Handlers parse, call a search service and return its records; every error
 * leaves as a problem document, never as a stack trace.
 */
public final class DossierServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DossierServer.class);
    static final String VERSION = "0.1.0";
    /** Scripts and styles only from this server; no framing; no inline code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final int FEED_SIZE = 30;

    private final SearchService search;
    private final SearchRequestParser parser;
    private final SuggestService suggest;
    private final FacetBrowser facets;
    private final Exporter exporter;
    private final StatsService stats;
    private final ObjectMapper json = objectMapper();
    private final List<ApiRoute> routes;
    private final Map<String, Object> openApi;
    private final Javalin app;

    public DossierServer(SearchService search) {
        this.search = search;
        this.parser = new SearchRequestParser(search.config());
        this.suggest = new SuggestService(search);
        this.facets = new FacetBrowser(search);
        this.exporter = new Exporter(search);
        this.stats = new StatsService(search);
        this.routes = routes();
        this.openApi = OpenApiDocument.of(routes, VERSION);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(json)));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        });
        app.before(DossierServer::securityHeaders);
        routes.forEach(route -> app.addHttpHandler(route.method(), route.path(), route.handler()));
        errors();
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private List<ApiRoute> routes() {
        List<ApiRoute.Param> searchParams = searchParams();
        String json = "application/json";
        List<ApiRoute> table = new ArrayList<>();
        table.add(new ApiRoute(HandlerType.GET, "/api/search", "Search: hits, facet counts, year histogram, did-you-mean",
                searchParams, json, ctx -> ctx.json(search.search(parser.parse(ctx.queryParamMap())))));
        table.add(new ApiRoute(HandlerType.GET, "/api/suggest", "Autocomplete over titles, speakers, countries, topics and sources",
                List.of(query("q", "string", "What has been typed so far (at most " + SuggestService.MAX_TEXT + " characters)."),
                        query("limit", "integer", "How many suggestions, 1 to " + SuggestService.MAX_LIMIT + " (default 8).")),
                json, this::suggest));
        table.add(new ApiRoute(HandlerType.GET, "/api/facets/{name}", "Page through and filter the values of one facet within a search",
                with(searchParams, path("name", "The facet: " + facetNames() + "."),
                        query("contains", "string", "Only values containing this text, ignoring case.")),
                json, this::facetValues));
        table.add(new ApiRoute(HandlerType.GET, "/api/pivot", "Co-occurrence counts of two facets within a search",
                with(searchParams, query("rows", "string", "Facet for the rows: " + facetNames() + "."),
                        query("columns", "string", "Facet for the columns: " + facetNames() + ".")),
                json, this::pivot));
        table.add(new ApiRoute(HandlerType.GET, "/api/documents/{id}", "One whole document; with q, its body and summary highlighted",
                List.of(path("id", "The document's id, as in a hit."),
                        query("q", "string", "Query whose matches are marked in highlightedBody and highlightedSummary.")),
                json, this::document));
        table.add(new ApiRoute(HandlerType.GET, "/api/documents/{id}/similar", "Documents similar to this one (MoreLikeThis)",
                List.of(path("id", "The document's id."), query("limit", "integer", "How many, 1 to 20 (default 5).")),
                json, this::similar));
        table.add(new ApiRoute(HandlerType.GET, "/api/export", "Every matching document, streamed as JSON Lines or CSV",
                with(exportParams(searchParams), query("format", "string", "jsonl (default) or csv.")),
                "application/x-ndjson", this::export));
        table.add(new ApiRoute(HandlerType.GET, "/api/stats", "Documents, index size, last indexing time and facet counts",
                List.of(), json, ctx -> {
                    Params.only(ctx.queryParamMap());
                    ctx.json(stats.stats());
                }));
        table.add(new ApiRoute(HandlerType.GET, "/api/config", "Facets, sorts and limits, for clients that draw a search form",
                List.of(), json, ctx -> {
                    Params.only(ctx.queryParamMap());
                    ctx.json(ApiConfigView.of(search.config()));
                }));
        table.add(new ApiRoute(HandlerType.GET, "/api/openapi.json", "This description of the API",
                List.of(), json, ctx -> ctx.json(openApi)));
        table.add(new ApiRoute(HandlerType.GET, "/feed.atom", "Atom feed of the newest documents matching a search",
                feedParams(searchParams), "application/atom+xml", this::feed));
        return List.copyOf(table);
    }

    /** The route table, for tests and documentation. */
    List<ApiRoute> routeTable() {
        return routes;
    }

    private List<ApiRoute.Param> searchParams() {
        SearchConfig config = search.config();
        List<ApiRoute.Param> params = new ArrayList<>();
        params.add(query(SearchRequestParser.QUERY, "string", "Query (edismax: \"phrases\", -exclusion, AND/OR); empty: every document. At most "
                + config.query().maxLength() + " characters."));
        for (FacetSpec facet : config.facets()) {
            String type = facet.type() == FacetSpec.Type.INT ? "integer" : "string";
            params.add(new ApiRoute.Param(facet.name(), "query", type, true,
                    "Keep documents with this " + facet.label().toLowerCase() + "; repeat to OR values; different facets AND together."));
            params.add(new ApiRoute.Param(facet.name() + SearchConfig.EXCLUDE_SUFFIX, "query", type, true,
                    "Drop documents with this " + facet.label().toLowerCase() + "; repeatable."));
        }
        if (config.range() != null) {
            params.add(query(config.range().from(), "integer", "Only documents from this " + config.range().facet() + " on (inclusive)."));
            params.add(query(config.range().to(), "integer", "Only documents up to this " + config.range().facet() + " (inclusive)."));
        }
        params.add(query(SearchRequestParser.PAGE, "integer", "Page, from 1."));
        params.add(query(SearchRequestParser.PAGE_SIZE, "integer", "Hits per page, 1 to " + config.paging().maxPageSize()
                + " (default " + config.paging().defaultPageSize() + ")."));
        params.add(query(SearchRequestParser.SORT, "string", "Order: " + String.join(", ",
                config.sorts().stream().map(s -> s.name()).toList()) + "."));
        return params;
    }

    /** An export has no pages: it streams everything. */
    private static List<ApiRoute.Param> exportParams(List<ApiRoute.Param> searchParams) {
        return searchParams.stream().filter(p -> !p.name().equals(SearchRequestParser.PAGE) && !p.name().equals(SearchRequestParser.PAGE_SIZE)).toList();
    }

    /** A feed is always the newest documents of the search. */
    private static List<ApiRoute.Param> feedParams(List<ApiRoute.Param> searchParams) {
        return exportParams(searchParams).stream().filter(p -> !p.name().equals(SearchRequestParser.SORT)).toList();
    }

    private static List<ApiRoute.Param> with(List<ApiRoute.Param> base, ApiRoute.Param... more) {
        List<ApiRoute.Param> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private String facetNames() {
        return String.join(", ", search.config().facets().stream().map(FacetSpec::name).toList());
    }

    private void suggest(Context ctx) {
        Params params = Params.only(ctx.queryParamMap(), "q", "limit");
        ctx.json(suggest.suggest(params.text("q", SuggestService.MAX_TEXT), params.integer("limit", 8, 1, SuggestService.MAX_LIMIT)));
    }

    private void facetValues(Context ctx) {
        SearchRequest request = parser.parse(ctx.queryParamMap(), Set.of("contains"));
        String contains = Params.only(Map.of("contains", ctx.queryParams("contains")), "contains").text("contains", 200);
        ctx.json(facets.values(request, ctx.pathParam("name"), contains));
    }

    private void pivot(Context ctx) {
        SearchRequest request = parser.parse(ctx.queryParamMap(), Set.of("rows", "columns"));
        String rows = SearchRequestParser.single(ctx.queryParamMap(), "rows", "country");
        String columns = SearchRequestParser.single(ctx.queryParamMap(), "columns", "topic");
        ctx.json(facets.pivot(request, rows, columns));
    }

    private void document(Context ctx) {
        Params params = Params.only(ctx.queryParamMap(), "q");
        String id = ctx.pathParam("id");
        DocumentDetail detail = search.document(id, params.text("q", search.config().query().maxLength())).orElse(null);
        if (detail == null) {
            problem(ctx, HttpStatus.NOT_FOUND, "Document not found", "No document has the id '" + id + "'.");
            return;
        }
        ctx.json(detail);
    }

    private void similar(Context ctx) {
        int limit = Params.only(ctx.queryParamMap(), "limit").integer("limit", 5, 1, 20);
        String id = ctx.pathParam("id");
        search.similar(id, limit).ifPresentOrElse(
                hits -> ctx.json(Map.of("hits", hits)),
                () -> problem(ctx, HttpStatus.NOT_FOUND, "Document not found", "No document has the id '" + id + "'."));
    }

    private void export(Context ctx) throws Exception {
        Set<String> noPaging = Set.of(SearchRequestParser.PAGE, SearchRequestParser.PAGE_SIZE);
        for (String name : noPaging) {
            if (ctx.queryParamMap().containsKey(name)) {
                throw new InvalidRequestException(name, "An export streams every matching document: " + name + " does not apply.");
            }
        }
        SearchRequest request = parser.parse(ctx.queryParamMap(), Set.of("format"));
        String format = Params.only(Map.of("format", ctx.queryParams("format")), "format").oneOf("format", "jsonl", ExportWriter.FORMATS);
        ctx.contentType(ExportWriter.contentType(format));
        ctx.header("Content-Disposition", "attachment; filename=\"dossier-export." + format + "\"");
        OutputStream out = ctx.res().getOutputStream();
        try (ExportWriter writer = new ExportWriter(format, out, json)) {
            exporter.export(request, writer::write);
        }
    }

    private void feed(Context ctx) throws Exception {
        if (ctx.queryParamMap().containsKey(SearchRequestParser.SORT)) {
            throw new InvalidRequestException(SearchRequestParser.SORT, "A feed is always newest first: sort does not apply.");
        }
        SearchRequest request = parser.parse(ctx.queryParamMap()).withPaging(1, FEED_SIZE)
                .withSort(search.config().sort("newest").orElseThrow());
        SearchResponse response = search.search(request);
        String base = ctx.scheme() + "://" + ctx.host();
        String queryString = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        String title = "Dossier: " + (request.hasQuery() ? request.query() : "newest documents");
        ctx.contentType("application/atom+xml; charset=utf-8");
        AtomFeedWriter.write(ctx.res().getOutputStream(), title, base + "/feed.atom" + queryString,
                base + "/" + queryString, base, response.hits(), Instant.now());
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
    }

    private void errors() {
        app.exception(InvalidRequestException.class, (e, ctx) ->
                problem(ctx, HttpStatus.BAD_REQUEST, "Invalid parameter: " + e.parameter(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                    "The server could not answer this request; the cause is in the server's log.");
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (!isProblem(ctx)) {
                problem(ctx, HttpStatus.NOT_FOUND, "Not found", "Nothing is at " + ctx.path() + ".");
            }
        });
        app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx ->
                problem(ctx, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path() + "."));
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }

    private static void problem(Context ctx, HttpStatus status, String title, String detail) {
        ctx.status(status).json(Problem.of(status.getCode(), title, detail)).contentType(Problem.CONTENT_TYPE);
    }

    /** Starts listening; port 0 picks a free port. */
    public DossierServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
