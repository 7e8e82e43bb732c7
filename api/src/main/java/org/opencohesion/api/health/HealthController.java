package org.opencohesion.api.health;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.JsonRenderer;
import org.opencohesion.rdf.store.Store;

/** {@code GET /health}: for load balancers; answers 200 while the store can be read. */
public final class HealthController {
    private final Store store;
    private final JsonRenderer json;

    public HealthController(Store store, JsonRenderer json) {
        this.store = store;
        this.json = json;
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/health", this::health);
    }

    private void health(Context ctx) {
        int graphs = store.read(view -> view.graphNames().size());
        ctx.contentType("application/json").header("Cache-Control", "no-store")
                .result(json.write(Map.of("status", "ok", "generation", store.generation(), "graphs", graphs)));
    }
}
