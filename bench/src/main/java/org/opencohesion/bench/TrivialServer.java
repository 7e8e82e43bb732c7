package org.opencohesion.bench;

import io.javalin.Javalin;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ceiling: a Javalin app that does nothing but answer, on the same Jetty and in the same JVM
 * as the service, so that what it costs to serve HTTP at all is measured with everything else
 * equal. {@code /ping} answers {@code ok}; {@code /copy} answers a fixed byte array (set to a
 * copy of the cached service response), which tells the cost of sending that many bytes apart
 * from the cost of the service's own work.
 */
final class TrivialServer implements AutoCloseable {
    static final String PING = "/ping";
    static final String COPY = "/copy";

    private final Javalin app;
    private final AtomicReference<byte[]> copy;

    private TrivialServer(Javalin app, AtomicReference<byte[]> copy) {
        this.app = app;
        this.copy = copy;
    }

    static TrivialServer start() {
        AtomicReference<byte[]> copy = new AtomicReference<>(new byte[0]);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.host = "127.0.0.1";
            c.jetty.port = 0;
            c.routes.get(PING, ctx -> ctx.result("ok"));
            c.routes.get(COPY, ctx -> ctx.contentType("application/json").result(copy.get()));
        });
        app.start();
        return new TrivialServer(app, copy);
    }

    /** What {@code /copy} answers from now on. */
    void copy(byte[] body) {
        copy.set(body.clone());
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
