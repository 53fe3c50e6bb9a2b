package org.dossier.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.dossier.search.DocumentDetail;
import org.dossier.search.InvalidRequestException;
import org.dossier.search.SearchRequestParser;
import org.dossier.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of Dossier: the JSON API under {@code /api} and the search page from {@code web/}.
 * Handlers only parse, call the search service and return its records; every error leaves as a
 * problem document, never as a stack trace.
 */
public final class DossierServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DossierServer.class);

    private final SearchService search;
    private final SearchRequestParser parser;
    private final ApiConfigView configView;
    private final Javalin app;

    public DossierServer(SearchService search) {
        this.search = search;
        this.parser = new SearchRequestParser(search.config());
        this.configView = ApiConfigView.of(search.config());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            config.http.prefer405over404 = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        });
        routes();
        errors();
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private void routes() {
        app.get("/api/search", ctx -> ctx.json(search.search(parser.parse(ctx.queryParamMap()))));
        app.get("/api/documents/{id}", this::document);
        app.get("/api/config", ctx -> ctx.json(configView));
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        DocumentDetail detail = search.document(id).orElse(null);
        if (detail == null) {
            problem(ctx, HttpStatus.NOT_FOUND, "Document not found", "No document has the id '" + id + "'.");
            return;
        }
        ctx.json(detail);
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
