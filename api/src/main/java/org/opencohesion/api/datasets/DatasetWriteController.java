package org.opencohesion.api.datasets;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Set;
import org.opencohesion.api.JsonRenderer;
import org.opencohesion.api.auth.TokenAuthenticator;
import org.opencohesion.api.http.QueryParams;
import org.opencohesion.api.http.ResponseCache;
import org.opencohesion.api.model.Dataset;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;
import org.opencohesion.api.readmodel.ReadModels;
import org.opencohesion.rdf.Uris;

/**
 * {@code PUT /api/v1/datasets/{id}} (body: one input file) and {@code DELETE /api/v1/datasets/{id}},
 * for holders of a write token. The token is checked before the body is read.
 */
public final class DatasetWriteController {
    private final TokenAuthenticator tokens;
    private final DatasetWriter writer;
    private final ReadModels models;
    private final ResponseCache cache;
    private final JsonRenderer json;
    private final long maxBodyBytes;

    public DatasetWriteController(TokenAuthenticator tokens, DatasetWriter writer, ReadModels models, ResponseCache cache,
                                  JsonRenderer json, long maxBodyBytes) {
        this.tokens = tokens;
        this.writer = writer;
        this.models = models;
        this.cache = cache;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    public void register(JavalinConfig config) {
        config.routes.put("/api/v1/datasets/{id}", this::put);
        config.routes.delete("/api/v1/datasets/{id}", this::delete);
    }

    private void put(Context ctx) {
        tokens.require(ctx);
        QueryParams.requireOnly(ctx.queryParamMap(), Set.of());
        String id = datasetId(ctx);
        UploadKind upload = UploadKind.of(id, ctx.header("X-Dataset-Kind"), ctx.contentType());
        if (ctx.contentLength() > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > maxBodyBytes) {
            throw tooLarge();
        }
        DatasetWriter.Written written = writer.put(id, upload.kind(), upload.fileName(), body);
        cache.clear();
        Dataset dataset = models.atLeast(written.generation()).datasets().get(id);
        if (written.created()) {
            ctx.status(201).header("Location", "/api/v1/datasets/" + id);
        }
        ctx.contentType("application/json").result(json.write(dataset));
    }

    private void delete(Context ctx) {
        tokens.require(ctx);
        QueryParams.requireOnly(ctx.queryParamMap(), Set.of());
        String id = datasetId(ctx);
        writer.delete(id).orElseThrow(() -> ClientError.notFound("there is no dataset '" + id + "'"));
        cache.clear();
        ctx.status(204);
    }

    private static String datasetId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Uris.isSlug(id)) {
            throw ClientError.badRequest("id", "a dataset id is 1-80 lower-case letters, digits and hyphens, not '" + id + "'");
        }
        return id;
    }

    private ClientError tooLarge() {
        return new ClientError(Problem.of(413, "content-too-large", "Content too large",
                "the service accepts files up to " + (maxBodyBytes >> 20) + " MB; split the dataset or ask the operator to raise --max-body-mb"));
    }
}
