package org.opencohesion.api.http;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import org.opencohesion.api.JsonRenderer;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.readmodel.ReadModel;
import org.opencohesion.api.readmodel.ReadModels;

/** What every read controller uses: the read model, the response cache and the renderers. */
public record ReadApi(ReadModels models, ResponseCache cache, ListRenderer lists, JsonRenderer json) {
    /** The read model a cached response for {@code request} must be built from. */
    public ReadModel model(ResponseCache.Request request) {
        return models.atLeast(request.generation());
    }

    /**
     * The resource a single-resource path names (its {@code pathParam}). Such paths take no
     * parameter but {@code format}; an unknown id is a 404.
     */
    public static <T> T single(Context ctx, String pathParam, Map<String, T> resources, String what) {
        QueryParams.requireOnly(ctx.queryParamMap(), Set.of("format"));
        return found(resources, ctx.pathParam(pathParam), what);
    }

    /** The resource with {@code id}, or a 404 naming it. */
    public static <T> T found(Map<String, T> resources, String id, String what) {
        T resource = resources.get(id);
        if (resource == null) {
            throw ClientError.notFound("there is no " + what + " '" + id + "'");
        }
        return resource;
    }
}
