package org.opencohesion.api.metrics;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * Request counts and latencies per route (the route template, never the raw path, so the number
 * of series stays bounded), served at {@code GET /metrics} in Prometheus text format.
 */
public final class RequestMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/metrics", this::scrape);
    }

    /** Records one finished request. */
    public void record(Context ctx, float ms) {
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.status().getCode()))
                .publishPercentileHistogram(false)
                .register(registry)
                .record((long) (ms * 1000), TimeUnit.MICROSECONDS);
    }

    /** The matched route template, or a fixed label when nothing matched. */
    public static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    private void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").header("Cache-Control", "no-store").result(registry.scrape());
    }
}
