package org.opencohesion.api.metrics;

import io.javalin.http.Context;
import org.opencohesion.api.http.ResponseCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per request: method, route, path, status, time and cache outcome. Never the
 * query string or headers: they can carry tokens or what people searched for.
 *
 * <p>The line is put together by hand and handed to the logger whole: {@code String.format} for
 * the time and the logger's own placeholders cost a cached GET about a fifth of its CPU.
 */
public final class AccessLog {
    private final Logger log;

    public AccessLog() {
        this(LoggerFactory.getLogger("org.opencohesion.access"));
    }

    AccessLog(Logger log) {
        this.log = log;
    }

    /** Logs one finished request that took {@code ms}. */
    public void record(Context ctx, float ms) {
        if (!log.isInfoEnabled()) {
            return;
        }
        Object cache = ctx.attribute(ResponseCache.OUTCOME);
        StringBuilder line = new StringBuilder(160)
                .append("method=").append(ctx.method().name())
                .append(" route=").append(RequestMetrics.route(ctx))
                .append(" path=").append(ctx.path())
                .append(" status=").append(ctx.statusCode())
                .append(" ms=");
        appendTenths(line, ms);
        log.info(line.append(" cache=").append(cache == null ? "-" : cache).toString());
    }

    /** {@code ms} with one decimal, rounded half up, as {@code %.1f} writes it in the root locale. */
    static void appendTenths(StringBuilder sb, float ms) {
        if (!(ms >= 0) || ms >= Long.MAX_VALUE / 10.0) {
            sb.append(String.format(java.util.Locale.ROOT, "%.1f", ms));
            return;
        }
        long tenths = Math.round((double) ms * 10);
        sb.append(tenths / 10).append('.').append(tenths % 10);
    }
}
