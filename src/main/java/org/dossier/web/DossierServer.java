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
import org.dossier.index.IndexStorageException;
import org.dossier.search.DocumentDetail;
import org.dossier.search.Exporter;
import org.dossier.search.FacetBrowser;
import org.dossier.search.FacetSpec;
import org.dossier.search.InvalidRequestException;
import org.dossier.search.PassageService;
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

    private static final Logger ACCESS = LoggerFactory.getLogger("org.dossier.access");

    private final SearchService search;
    private final SearchRequestParser parser;
    private final SuggestService suggest;
    private final PassageService passages;
    private final FacetBrowser facets;
    private final Exporter exporter;
    private final StatsService stats;
    private final ServerSettings settings;
    private final WriteServices writes;
    private final WriteAccess writeAccess;
    private final SearchLimiter limiter;
    private final HttpMetrics metrics = new HttpMetrics();
    private final ObjectMapper json = objectMapper();
    private final List<ApiRoute> routes;
    private final Map<String, Object> openApi;
    private final Javalin app;
    /** Requests being answered, so that closing can let them finish (SIGTERM). */
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private static final long DRAIN_MS = 10_000;
    private volatile boolean closing;

    /** A read-only server with default settings. */
    public DossierServer(SearchService search) {
        this(search, ServerSettings.defaults(), null);
    }

    /** {@code writes} may be null: the write routes then answer 403, as without an API key. */
    public DossierServer(SearchService search, ServerSettings settings, WriteServices writes) {
        this.search = search;
        this.parser = new SearchRequestParser(search.config());
        this.suggest = new SuggestService(search);
        this.passages = new PassageService(search);
        this.facets = new FacetBrowser(search);
        this.exporter = new Exporter(search);
        this.stats = new StatsService(search);
        this.settings = settings;
        this.writes = writes;
        this.writeAccess = new WriteAccess(writes == null ? null : settings.apiKey());
        this.limiter = new SearchLimiter(settings.maxConcurrentSearches());
        this.routes = routes();
        this.openApi = OpenApiDocument.of(routes, VERSION);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.multipartConfig.maxFileSize(settings.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxBodyBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(json)));
            // counted around the whole servlet, so a request stays in flight until Javalin has written
            // and closed its answer (its request logger runs before the last bytes are flushed)
            config.jetty.modifyServletContextHandler(context -> context.addFilter(
                    new org.eclipse.jetty.servlet.FilterHolder(new InFlightFilter(inFlight)), "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    String first = settings.corsOrigins().get(0);
                    rule.allowHost(first, settings.corsOrigins().subList(1, settings.corsOrigins().size()).toArray(String[]::new));
                }));
            }
            config.requestLogger.http((ctx, ms) -> {
                metrics.record(ctx, ms);
                if (settings.accessLog()) {
                    ACCESS.info("method={} path={} status={} ms={} bytes={} remote={}", ctx.method(), ctx.path(),
                            ctx.status().getCode(), String.format("%.1f", ms), ctx.res().getHeader("Content-Length"), ctx.ip());
                }
            });
        });
        metrics.gauge("dossier.index.documents", "Documents in the index", search::count);
        app.before(ctx -> {
            // the request is already counted (InFlightFilter), so close() cannot see zero between this
            // check and the request's work
            if (closing) {
                throw new ShuttingDown();
            }
        });
        app.before(DossierServer::securityHeaders);
        routes.forEach(route -> app.addHttpHandler(route.method(), route.path(), route.handler()));
        app.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
        app.get("/ready", this::ready);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
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
                searchParams, json, limiter.limit(ctx -> ctx.json(search.search(parser.parse(ctx.queryParamMap()))))));
        table.add(new ApiRoute(HandlerType.GET, "/api/passages",
                "Passage search: who said what, where exactly (speaker turns or paragraphs), with every document filter",
                searchParams, json, limiter.limit(ctx -> ctx.json(passages.search(parser.parse(ctx.queryParamMap()))))));
        table.add(new ApiRoute(HandlerType.GET, "/api/suggest", "Autocomplete over titles, speakers, countries, topics and sources",
                List.of(query("q", "string", "What has been typed so far (at most " + SuggestService.MAX_TEXT + " characters)."),
                        query("limit", "integer", "How many suggestions, 1 to " + SuggestService.MAX_LIMIT + " (default 8).")),
                json, limiter.limit(this::suggest)));
        table.add(new ApiRoute(HandlerType.GET, "/api/facets/{name}", "Page through and filter the values of one facet within a search",
                with(searchParams, path("name", "The facet: " + facetNames() + "."),
                        query("contains", "string", "Only values containing this text, ignoring case.")),
                json, limiter.limit(this::facetValues)));
        table.add(new ApiRoute(HandlerType.GET, "/api/pivot", "Co-occurrence counts of two facets within a search",
                with(searchParams, query("rows", "string", "Facet for the rows: " + facetNames() + "."),
                        query("columns", "string", "Facet for the columns: " + facetNames() + ".")),
                json, limiter.limit(this::pivot)));
        table.add(new ApiRoute(HandlerType.GET, "/api/documents/{id}", "One whole document; with q, its body and summary highlighted",
                List.of(path("id", "The document's id, as in a hit."),
                        query("q", "string", "Query whose matches are marked in highlightedBody and highlightedSummary.")),
                json, limiter.limit(this::document)));
        table.add(new ApiRoute(HandlerType.GET, "/api/documents/{id}/similar", "Documents similar to this one (MoreLikeThis)",
                List.of(path("id", "The document's id."), query("limit", "integer", "How many, 1 to 20 (default 5).")),
                json, limiter.limit(this::similar)));
        table.add(new ApiRoute(HandlerType.GET, "/api/export", "Every matching document, streamed as JSON Lines or CSV",
                with(exportParams(searchParams), query("format", "string", "jsonl (default) or csv.")),
                "application/x-ndjson", limiter.limit(this::export)));
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
                feedParams(searchParams), "application/atom+xml", limiter.limit(this::feed)));
        table.add(new ApiRoute(HandlerType.POST, "/api/documents",
                "Add or replace a document: a JSON document (Content-Type application/json) or a file (multipart/form-data, part 'file'); needs the API key",
                List.of(), json, this::addDocument));
        table.add(new ApiRoute(HandlerType.DELETE, "/api/documents/{id}", "Delete a document; needs the API key",
                List.of(path("id", "The document's id.")), json, this::deleteDocument));
        table.add(new ApiRoute(HandlerType.POST, "/api/reindex", "Index the server's folders again (new and changed files); needs the API key",
                List.of(), json, this::reindex));
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

    private void addDocument(Context ctx) throws java.io.IOException {
        writeAccess.check(ctx);
        Params.only(ctx.queryParamMap());
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        org.dossier.model.Document document;
        if (type.startsWith("application/json")) {
            byte[] body = ctx.bodyAsBytes();
            // JSON is UTF-8 by definition (RFC 8259): a charset parameter is not taken at its word
            document = writes.intake().parse("posted.json", null, body);
            String explicitId = explicitId(body);
            document = document.toBuilder().id(explicitId != null ? explicitId : contentId("json", body)).build();
        } else if (type.startsWith("multipart/form-data")) {
            io.javalin.http.UploadedFile file = ctx.uploadedFile("file");
            if (file == null) {
                throw new InvalidRequestException("file", "Send the document as the multipart part named 'file'.");
            }
            byte[] content;
            try (var in = file.content()) {
                content = in.readAllBytes();
            }
            String name = file.filename() == null || file.filename().isBlank() ? "upload.txt" : file.filename();
            document = writes.intake().parse(name, file.contentType(), content).toBuilder().id(contentId("upload:" + name, new byte[0])).build();
        } else {
            throw new UnsupportedType("Send application/json or multipart/form-data, not '" + (type.isEmpty() ? "nothing" : type) + "'.");
        }
        writes.writer().put(document);
        ctx.status(HttpStatus.CREATED).header("Location", "/api/documents/" + document.id());
        ctx.json(search.document(document.id(), null).orElseThrow());
    }

    private void deleteDocument(Context ctx) {
        writeAccess.check(ctx);
        Params.only(ctx.queryParamMap());
        String id = ctx.pathParam("id");
        if (!writes.writer().delete(id)) {
            problem(ctx, HttpStatus.NOT_FOUND, "Document not found", "No document has the id '" + id + "'.");
            return;
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void reindex(Context ctx) {
        writeAccess.check(ctx);
        Params.only(ctx.queryParamMap());
        ctx.json(writes.reindexing().reindex());
    }

    /** An "id" the client chose in a posted JSON document, if it is a sensible one. */
    private String explicitId(byte[] body) {
        try {
            com.fasterxml.jackson.databind.JsonNode id = json.readTree(body).get("id");
            if (id == null || id.isNull()) {
                return null;
            }
            String value = id.asText();
            if (!value.matches("[A-Za-z0-9._:-]{1,100}")) {
                throw new InvalidRequestException("id", "A document id is 1 to 100 letters, digits or . _ : -");
            }
            return value;
        } catch (java.io.IOException e) {
            throw new InvalidRequestException("body", "The body is not valid JSON.");
        }
    }

    /** Ids of posted documents derive from their content or upload name, so posting again replaces. */
    private static String contentId(String prefix, byte[] content) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(content);
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void ready(Context ctx) {
        try {
            long documents = search.count();
            ctx.json(Map.of("status", "READY", "documents", documents));
        } catch (RuntimeException e) {
            LOG.warn("Readiness check failed: {}", e.getMessage());
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("status", "NOT_READY", "detail", "Solr does not answer."));
        }
    }

    private static final class UnsupportedType extends RuntimeException {
        UnsupportedType(String message) {
            super(message);
        }
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
        app.exception(WriteAccess.Denied.class, (e, ctx) -> {
            if (e.status == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"dossier\"");
            }
            problem(ctx, HttpStatus.forStatus(e.status), e.title, e.getMessage());
        });
        app.exception(DocumentIntake.RejectedDocumentException.class, (e, ctx) ->
                problem(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "Document rejected", e.getMessage()));
        app.exception(UnsupportedType.class, (e, ctx) ->
                problem(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type", e.getMessage()));
        app.exception(ShuttingDown.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Shutting down", e.getMessage());
        });
        app.exception(SearchLimiter.Busy.class, (e, ctx) -> {
            ctx.header("Retry-After", "1");
            problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage());
        });
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            String detail = status == HttpStatus.CONTENT_TOO_LARGE
                    ? "The body is larger than the limit of " + settings.maxBodyBytes() + " bytes."
                    : e.getMessage();
            problem(ctx, status, status.getMessage(), detail);
        });
        app.exception(IndexStorageException.class, (e, ctx) -> {
            LOG.warn("Request {} {} could not be stored: {}", ctx.method(), ctx.path(), e.getMessage());
            problem(ctx, HttpStatus.INSUFFICIENT_STORAGE, "Insufficient storage",
                    "The index cannot be written: " + e.reason() + ". Nothing stored before is lost and searching still works;"
                            + " try again once the server's storage is fixed.");
        });
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

    /**
     * Stops gracefully: new requests are refused with 503, those in flight get up to 10 s to
     * finish, then the server stops.
     */
    @Override
    public void close() {
        closing = true;
        long deadline = System.nanoTime() + DRAIN_MS * 1_000_000;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            app.stop();
        } finally {
            metrics.close();
        }
    }

    private static final class ShuttingDown extends RuntimeException {
        ShuttingDown() {
            super("The server is shutting down.");
        }
    }
}
