package org.dossier.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Prometheus metrics: requests and latency per route and status, plus whatever the layers below
 * record in Micrometer's global registry (Solr request times), and gauges for the index.
 */
final class HttpMetrics implements AutoCloseable {
    /**
     * This server's registry. It joins Micrometer's global registry, where the layers below record
     * (Solr request times), and leaves it when the server closes.
     */
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    HttpMetrics() {
        Metrics.addRegistry(registry);
    }

    @Override
    public void close() {
        Metrics.removeRegistry(registry);
        registry.close();
    }

    void record(Context ctx, float elapsedMs) {
        Timer.builder("dossier.http.requests")
                .description("HTTP requests by route, method and status")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", String.valueOf(ctx.status().getCode()))
                .publishPercentileHistogram(false)
                .register(registry)
                .record(Duration.ofNanos((long) (elapsedMs * 1_000_000)));
    }

    /** The route template (/api/documents/{id}), not the path, so ids do not explode the series. */
    static String route(Context ctx) {
        try {
            String path = ctx.endpointHandlerPath();
            return path == null || path.isEmpty() || path.equals("*") ? "static" : path;
        } catch (RuntimeException e) {
            return "static";
        }
    }

    void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, () -> {
            try {
                return value.get();
            } catch (RuntimeException e) {
                return Double.NaN; // Solr down: the gauge says "unknown", the scrape still works
            }
        }).description(description).strongReference(true).register(registry);
    }

    String scrape() {
        return registry.scrape();
    }
}
