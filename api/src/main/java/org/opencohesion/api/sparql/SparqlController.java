package org.opencohesion.api.sparql;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.opencohesion.api.JsonRenderer;
import org.opencohesion.api.http.AcceptHeader;
import org.opencohesion.api.http.ResponseCache;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.rdf.store.Store;

/**
 * {@code /sparql}, the SPARQL 1.1 Protocol's query operation: GET with {@code query=}, POST of a
 * form or of the query itself. Without a query, GET answers the service description (RDF) or,
 * to a browser, the query page; a browser following a link with a query gets the page too, with
 * the query in the editor. Answers go through the response cache, keyed by the normalised query.
 */
public final class SparqlController {
    private final SparqlService sparql;
    private final ServiceDescription description;
    private final QueryPage page;
    private final ResponseCache cache;

    public SparqlController(Store store, SparqlService sparql, ResponseCache cache, JsonRenderer json) {
        this.sparql = sparql;
        this.description = new ServiceDescription(store, sparql);
        this.page = new QueryPage(sparql, ExampleQueries.load(store.uris()), json);
        this.cache = cache;
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/sparql", this::get);
        config.routes.post("/sparql", this::post);
    }

    private void get(Context ctx) {
        ProtocolRequest request = read(ctx);
        if (request.format() == null && ResultFormat.prefersHtml(request.accept())) {
            page(ctx);
        } else if (request.query() == null) {
            serviceDescription(ctx, request);
        } else {
            answer(ctx, request);
        }
    }

    private void post(Context ctx) {
        answer(ctx, read(ctx));
    }

    private void answer(Context ctx, ProtocolRequest request) {
        SparqlService.Prepared prepared = sparql.prepare(request.query(), request.defaultGraphs(), request.namedGraphs(),
                request.format(), request.accept());
        cache.serveSlow(ctx, prepared.cacheKey(), generation -> sparql.answer(prepared));
    }

    private void serviceDescription(Context ctx, ProtocolRequest request) {
        ResultFormat format;
        try {
            format = ResultFormat.choose(ResultFormat.Shape.GRAPH, request.format(), request.accept(), "the service description");
        } catch (ClientError e) {
            if (e.problem().status() == 406 && AcceptHeader.quality(request.accept(), "text/html") > 0) {
                page(ctx);
                return;
            }
            throw e;
        }
        cache.serve(ctx, "service-description " + format, generation -> description.render(format));
    }

    private void page(Context ctx) {
        ctx.header("Vary", "Accept").header("Cache-Control", "public, max-age=300")
                .contentType("text/html; charset=utf-8").result(page.html());
    }

    private ProtocolRequest read(Context ctx) {
        try {
            return ProtocolRequest.read(ctx, sparql.limits().maxQueryBytes());
        } catch (ClientError e) {
            if (e.problem().status() == 403) {
                sparql.refusedUpdate();
            }
            throw e;
        }
    }
}
