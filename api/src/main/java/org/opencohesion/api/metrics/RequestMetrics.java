package org.opencohesion.api.metrics;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Request counts and latencies per route (the route template, never the raw path, so the number
 * of series stays bounded), served at {@code GET /metrics} in Prometheus text format.
 */
public final class RequestMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /**
     * The timers already registered. The registry would find them too, but only after building and
     * sorting their tags on every request; this key costs one small object. It holds no more
     * entries than the registry has series.
     */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(HandlerType method, String route, int status) {}

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/metrics", this::scrape);
    }

    /** Records one finished request. */
    public void record(Context ctx, float ms) {
        TimerKey key = new TimerKey(ctx.method(), route(ctx), ctx.statusCode());
        Timer timer = timers.get(key);
        if (timer == null) {
            timer = timers.computeIfAbsent(key, this::timer);
        }
        timer.record((long) (ms * 1000), TimeUnit.MICROSECONDS);
    }

    private Timer timer(TimerKey key) {
        return Timer.builder("http.server.requests")
                .tag("method", key.method().name())
                .tag("route", key.route())
                .tag("status", Integer.toString(key.status()))
                .publishPercentileHistogram(false)
                .register(registry);
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
