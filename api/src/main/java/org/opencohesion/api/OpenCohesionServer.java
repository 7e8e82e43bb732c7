package org.opencohesion.api;

import io.javalin.Javalin;
import org.opencohesion.api.datasets.DatasetController;
import org.opencohesion.api.datasets.DatasetQueries;
import org.opencohesion.api.health.HealthController;
import org.opencohesion.api.problem.ProblemHandler;
import org.opencohesion.rdf.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the HTTP service over a store from one {@link Config}.
 *
 * <pre>{@code
 * try (Store store = LocalStore.inMemory(Uris.of(config.baseUri()));
 *      OpenCohesionServer server = OpenCohesionServer.create(config, store).start()) {
 *     int port = server.port();
 * }
 * }</pre>
 */
public final class OpenCohesionServer implements AutoCloseable {
    private static final Logger ACCESS = LoggerFactory.getLogger("org.opencohesion.access");

    private final Config config;
    private final Javalin app;

    private OpenCohesionServer(Config config, Javalin app) {
        this.config = config;
        this.app = app;
    }

    public static OpenCohesionServer create(Config config, Store store) {
        JsonRenderer json = new JsonRenderer();
        ProblemHandler problems = new ProblemHandler(json);
        HealthController health = new HealthController(store, json);
        DatasetController datasets = new DatasetController(new DatasetQueries(store), json);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.prefer405over404 = true;
            // Path and status only: query strings may carry tokens or search text people typed.
            c.requestLogger.http((ctx, ms) -> ACCESS.info("method={} path={} status={} ms={}",
                    ctx.method(), ctx.path(), ctx.status().getCode(), String.format("%.1f", ms)));
            problems.register(c);
            health.register(c);
            datasets.register(c);
        });
        return new OpenCohesionServer(config, app);
    }

    public OpenCohesionServer start() {
        app.start();
        return this;
    }

    /** The port the server listens on (the real one when configured with 0). */
    public int port() {
        return app.port();
    }

    public Config config() {
        return config;
    }

    @Override
    public void close() {
        app.stop();
    }
}
