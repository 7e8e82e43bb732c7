package org.opencohesion.api.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Any origin may read (GET, HEAD) from a browser; writes are not offered cross-origin, since
 * they are made with tokens by scripts and servers, never from someone's browser session.
 */
public final class Cors {
    private Cors() {}

    public static void register(JavalinConfig config) {
        config.routes.before(ctx -> {
            if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
                ctx.header("Access-Control-Allow-Origin", "*");
                ctx.header("Access-Control-Expose-Headers", "ETag, Link, X-Total-Count, Content-Location");
            } else if (ctx.method() == HandlerType.OPTIONS) {
                // answered here rather than by an OPTIONS route on every path, which would turn
                // a 404 for an unknown path into a 405
                preflight(ctx);
                ctx.skipRemainingHandlers();
            }
        });
    }

    private static void preflight(Context ctx) {
        String method = ctx.header("Access-Control-Request-Method");
        ctx.header("Allow", "GET, HEAD, OPTIONS");
        if ("GET".equals(method) || "HEAD".equals(method)) {
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("Access-Control-Allow-Methods", "GET, HEAD");
            ctx.header("Access-Control-Allow-Headers", "Accept, If-None-Match");
            ctx.header("Access-Control-Max-Age", "86400");
        }
        ctx.status(204);
    }
}
