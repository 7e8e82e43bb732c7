package org.opencohesion.api.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

/** Route registration shared by the read-only resources. */
public final class Routes {
    private Routes() {
    }

    /**
     * Registers {@code handler} for GET and for HEAD: Javalin 7 does not answer HEAD from a GET
     * route, and clients (link checkers, harvesters, caches revalidating) send it. Jetty drops the
     * body of a HEAD response and keeps its headers, ETag and Content-Length included.
     */
    public static void getAndHead(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }
}
