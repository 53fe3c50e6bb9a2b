package org.dossier.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * One route of the API: how it is called, what it is for, its parameters, and its handler. The
 * server registers routes from this table and the OpenAPI document is generated from it, so the
 * documentation cannot drift from what is served.
 */
record ApiRoute(HandlerType method, String path, String summary, List<Param> params, String produces, Handler handler) {

    /** A documented parameter; {@code repeatable} ones may be given several times. */
    record Param(String name, String in, String type, boolean repeatable, String description) {
        static Param query(String name, String type, String description) {
            return new Param(name, "query", type, false, description);
        }

        static Param path(String name, String description) {
            return new Param(name, "path", "string", false, description);
        }
    }
}
