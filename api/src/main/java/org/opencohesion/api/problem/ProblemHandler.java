package org.opencohesion.api.problem;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.opencohesion.api.JsonRenderer;
import org.opencohesion.ingest.InvalidInputException;
import org.opencohesion.rdf.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors become responses: every failure is an {@code application/problem+json}
 * document. Client errors are logged at info, server errors at error with their stack trace.
 */
public final class ProblemHandler {
    public static final String MEDIA_TYPE = "application/problem+json";
    /**
     * Request attribute: set to {@code true} by a handler that has negotiated HTML (a linked-data
     * page), so its problems are written as an HTML page rather than problem+json.
     */
    public static final String AS_HTML = "opencohesion.problem.html";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    private final JsonRenderer json;

    public ProblemHandler(JsonRenderer json) {
        this.json = json;
    }

    public void register(JavalinConfig config) {
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(json)));
        config.routes.exception(ClientError.class, (e, ctx) -> client(ctx, e.problem()));
        config.routes.exception(InvalidInputException.class, (e, ctx) -> client(ctx, new Problem(
                Problem.TYPE_BASE + "invalid-input", "The input was refused; nothing was changed", 422,
                e.getMessage(), null, null, e.errors(), e.total())));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> client(ctx,
                Problem.of(e.getStatus(), "http-" + e.getStatus(), titleFor(e.getStatus()), e.getMessage())));
        config.routes.exception(ServerError.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            if (e.getCause() == null) {
                LOG.warn("{} {} -> {} {}", ctx.method(), ctx.path(), e.problem().status(), e.problem().title());
                write(ctx, e.problem());
            } else {
                server(ctx, e.problem(), e);
            }
        });
        config.routes.exception(StoreException.class, (e, ctx) -> server(ctx,
                Problem.of(503, "store-unavailable", "The store is unavailable", e.getMessage()), e));
        config.routes.exception(Exception.class, (e, ctx) -> server(ctx,
                Problem.of(500, "internal-error", "Internal error", "the service failed to answer; the error has been logged"), e));
        config.routes.error(404, ctx -> {
            if (!ctx.res().isCommitted() && ctx.result() == null) {
                write(ctx, Problem.of(404, "not-found", "Not found", "no resource at " + ctx.path()));
            }
        });
        config.routes.error(405, ctx -> write(ctx, Problem.of(405, "method-not-allowed", "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path())));
    }

    private void client(Context ctx, Problem problem) {
        LOG.info("{} {} -> {} {}", ctx.method(), ctx.path(), problem.status(), problem.title());
        write(ctx, problem);
    }

    private void server(Context ctx, Problem problem, Exception e) {
        if (problem.status() == 503) {
            ctx.header("Retry-After", "5");
        }
        if (e instanceof ServerError && problem.status() == 503) {
            // busy or still loading: expected under load, not a fault to chase
            LOG.warn("{} {} -> 503 {}", ctx.method(), ctx.path(), problem.title());
        } else {
            LOG.error("{} {} -> {}", ctx.method(), ctx.path(), problem.status(), e);
        }
        write(ctx, problem);
    }

    private void write(Context ctx, Problem problem) {
        if (Boolean.TRUE.equals(ctx.attribute(AS_HTML))) {
            ctx.status(problem.status()).contentType("text/html; charset=utf-8").result(ProblemPage.render(problem.at(ctx.path())));
            return;
        }
        ctx.status(problem.status())
                .contentType(MEDIA_TYPE)
                .result(json.write(problem.at(ctx.path())));
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            default -> "HTTP " + status;
        };
    }
}
