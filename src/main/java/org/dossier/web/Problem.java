package org.dossier.web;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): what every error of the API
 * looks like, so scripts can rely on one shape.
 */
public record Problem(String type, String title, int status, String detail) {
    static final String CONTENT_TYPE = "application/problem+json";

    static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
