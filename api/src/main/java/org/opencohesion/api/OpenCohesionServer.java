package org.opencohesion.api;

import io.javalin.Javalin;
import org.opencohesion.api.areas.AreaController;
import org.opencohesion.api.assets.AssetController;
import org.opencohesion.api.auth.TokenAuthenticator;
import org.opencohesion.api.csvw.CsvwController;
import org.opencohesion.api.csvw.CsvwMetadata;
import org.opencohesion.api.datasets.DatasetController;
import org.opencohesion.api.datasets.DatasetWriteController;
import org.opencohesion.api.datasets.DatasetWriter;
import org.opencohesion.api.catalog.CatalogController;
import org.opencohesion.api.catalog.CatalogService;
import org.opencohesion.api.catalog.VoidService;
import org.opencohesion.api.docs.DocsController;
import org.opencohesion.api.downloads.DownloadController;
import org.opencohesion.api.dumps.DumpController;
import org.opencohesion.api.dumps.DumpService;
import org.opencohesion.api.feed.FeedController;
import org.opencohesion.api.feed.FeedDocuments;
import org.opencohesion.api.feed.FeedService;
import org.opencohesion.api.health.HealthController;
import org.opencohesion.api.http.Cors;
import org.opencohesion.api.http.ListRenderer;
import org.opencohesion.api.http.ReadApi;
import org.opencohesion.api.http.ResponseCache;
import org.opencohesion.api.indicators.IndicatorController;
import org.opencohesion.api.indicators.ObservationCubes;
import org.opencohesion.api.linkeddata.LinkedDataController;
import org.opencohesion.api.metrics.AccessLog;
import org.opencohesion.api.metrics.RequestMetrics;
import org.opencohesion.api.pages.Pages;
import org.opencohesion.api.partnerships.PartnershipController;
import org.opencohesion.api.plans.PlanController;
import org.opencohesion.api.problem.ProblemHandler;
import org.opencohesion.api.readmodel.ReadModels;
import org.opencohesion.api.sparql.SparqlController;
import org.opencohesion.api.sparql.SparqlService;
import org.opencohesion.rdf.store.Store;

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
    private final Config config;
    private final Javalin app;

    private OpenCohesionServer(Config config, Javalin app) {
        this.config = config;
        this.app = app;
    }

    public static OpenCohesionServer create(Config config, Store store) {
        JsonRenderer json = new JsonRenderer();
        RequestMetrics metrics = new RequestMetrics();
        AccessLog accessLog = new AccessLog();
        ReadModels models = new ReadModels(store);
        ResponseCache cache = new ResponseCache(store, config.cacheMaxBytes(), metrics.registry());
        ReadApi api = new ReadApi(models, cache, new ListRenderer(json), json);
        ObservationCubes observations = new ObservationCubes(store, config.observations().cacheBytes(), config.observations().loadWait());
        CsvwMetadata csvw = new CsvwMetadata(store.uris(), config.publication().licence());
        ProblemHandler problems = new ProblemHandler(json);
        DatasetWriteController writes = new DatasetWriteController(TokenAuthenticator.fromFile(config.tokenFile()),
                new DatasetWriter(store), models, cache, json, config.maxBodyBytes());
        SparqlController sparql = new SparqlController(store, new SparqlService(store, config.sparql(), metrics.registry()), cache, json);
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.prefer405over404 = true;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.requestLogger.http((ctx, ms) -> {
                accessLog.record(ctx, ms);
                metrics.record(ctx, ms);
            });
            problems.register(c);
            Cors.register(c);
            // Javalin tries a request's path against every route of its method in the order they were
            // registered, a regular expression each: the REST API, most of the traffic, goes first
            new AreaController(api).register(c);
            new PartnershipController(api).register(c);
            new PlanController(api).register(c);
            new AssetController(api).register(c);
            new IndicatorController(api, store, observations).register(c);
            new DatasetController(api).register(c);
            writes.register(c);
            LinkedDataController linkedData = new LinkedDataController(store, cache, new Pages(store.uris(), models, observations));
            linkedData.register(c);
            new CatalogController(new CatalogService(store, config.publication()), new VoidService(store, config.publication()),
                    linkedData, cache).register(c);
            new DumpController(new DumpService(store)).register(c);
            new FeedController(new FeedService(store), new FeedDocuments(store.uris(), json.mapper()), cache).register(c);
            new CsvwController(api, csvw).register(c);
            new DownloadController(api, observations, csvw).register(c);
            sparql.register(c);
            new HealthController(store, json).register(c);
            metrics.register(c);
            new DocsController().register(c);
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
