package org.opencohesion.api.http;

import org.opencohesion.api.JsonRenderer;
import org.opencohesion.api.readmodel.ReadModel;
import org.opencohesion.api.readmodel.ReadModels;

/** What every read controller uses: the read model, the response cache and the renderers. */
public record ReadApi(ReadModels models, ResponseCache cache, ListRenderer lists, JsonRenderer json) {
    /** The read model a cached response for {@code request} must be built from. */
    public ReadModel model(ResponseCache.Request request) {
        return models.atLeast(request.generation());
    }
}
