package org.opencohesion.api.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Any origin may read (GET, HEAD) from a browser; writes are not offered cross-origin, since
 * they are made with tokens by scripts and servers, never from someone's browser session.
 * {@code /sparql} also takes POST from any origin: a query POSTed there only reads, and query
 * editors hosted elsewhere (YASGUI and the like) send long queries that way.
 */
public final class Cors {
    /** Sent with every read, so made once (see {@link ResponseFields}). */
    private static final HttpField[] READ = {
        new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS,
                "ETag, Link, X-Total-Count, Content-Location, X-Result-Row-Limit, X-Result-Truncated")};

    private Cors() {}

    public static void register(JavalinConfig config) {
        config.routes.before(ctx -> {
            if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD
                    || (ctx.method() == HandlerType.POST && isSparql(ctx))) {
                ResponseFields.put(ctx.res(), READ);
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
        boolean sparql = isSparql(ctx);
        ctx.header("Allow", sparql ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS");
        if ("GET".equals(method) || "HEAD".equals(method) || (sparql && "POST".equals(method))) {
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("Access-Control-Allow-Methods", sparql ? "GET, HEAD, POST" : "GET, HEAD");
            ctx.header("Access-Control-Allow-Headers", sparql ? "Accept, Content-Type, If-None-Match" : "Accept, If-None-Match");
            ctx.header("Access-Control-Max-Age", "86400");
        }
        ctx.status(204);
    }

    private static boolean isSparql(Context ctx) {
        return ctx.path().equals("/sparql") || ctx.path().equals("/sparql/");
    }
}
