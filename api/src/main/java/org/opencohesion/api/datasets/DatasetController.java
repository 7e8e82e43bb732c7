package org.opencohesion.api.datasets;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.opencohesion.api.JsonRenderer;
import org.opencohesion.api.problem.ClientError;

/** {@code GET /api/v1/datasets} and {@code GET /api/v1/datasets/{id}}: the DCAT records of what is published. */
public final class DatasetController {
    private final DatasetQueries queries;
    private final JsonRenderer json;

    public DatasetController(DatasetQueries queries, JsonRenderer json) {
        this.queries = queries;
        this.json = json;
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/v1/datasets", this::list);
        config.routes.get("/api/v1/datasets/{id}", this::one);
    }

    private void list(Context ctx) {
        List<DatasetView> items = queries.all();
        ctx.contentType("application/json").result(json.write(Map.of(
                "items", items,
                "page", Map.of("limit", items.size(), "offset", 0, "total", items.size()))));
    }

    private void one(Context ctx) {
        String id = ctx.pathParam("id");
        DatasetView dataset = queries.byId(id)
                .orElseThrow(() -> ClientError.notFound("there is no dataset '" + id + "'"));
        ctx.contentType("application/json").result(json.write(dataset));
    }
}
