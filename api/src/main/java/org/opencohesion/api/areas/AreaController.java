package org.opencohesion.api.areas;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.http.CsvColumn;
import org.opencohesion.api.http.Filters;
import org.opencohesion.api.http.ListQuery;
import org.opencohesion.api.http.ReadApi;
import org.opencohesion.api.http.Rendered;
import org.opencohesion.api.http.ResponseCache;
import org.opencohesion.api.model.Area;
import org.opencohesion.api.model.AreaLevel;
import org.opencohesion.api.model.AreaList;
import org.opencohesion.api.readmodel.ReadModel;

/** {@code GET /api/v1/areas} and {@code GET /api/v1/areas/{code}}. */
public final class AreaController {
    public static final List<CsvColumn<Area>> CSV = List.of(
            CsvColumn.text("code", Area::getCode).required().property("skos:notation"),
            CsvColumn.text("name", Area::getName).required().property("rdfs:label"),
            CsvColumn.text("name_cy", Area::getNameCy),
            CsvColumn.text("level", Area::getLevel).required().property("/def/cohesion#level").valueUrl("/def/area-level/{level}"),
            CsvColumn.<Area>text("parent_code", a -> a.getParent() == null ? null : a.getParent().getCode())
                    .property("/def/cohesion#parentArea").valueUrl("/id/area/{parent_code}"),
            CsvColumn.<Area>text("parent_name", a -> a.getParent() == null ? null : a.getParent().getName()),
            CsvColumn.uri("same_as", Area::getSameAs).property("owl:sameAs").valueUrl("{+same_as}"),
            CsvColumn.uri("uri", Area::getUri).required());

    private final ReadApi api;
    private final AreaService service = new AreaService();

    public AreaController(ReadApi api) {
        this.api = api;
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/api/v1/areas", api.cache().get(true, this::list));
        Routes.getAndHead(config, "/api/v1/areas/{code}", api.cache().get(false, this::one));
    }

    private Rendered list(Context ctx, ResponseCache.Request request) {
        ListQuery query = ListQuery.parse(ctx, Set.of("level", "parent"), AreaService.SORTS, AreaService.DEFAULT_SORT);
        ReadModel model = api.model(request);
        AreaLevel level = Filters.oneOf("level", query.filter("level"), AreaLevel::fromValue, AreaLevel.values());
        String parent = Filters.known("parent", query.filter("parent"), model.areas(), "area");
        return api.lists().render(ctx, request.representation(), query, service.list(model, level, parent, query), CSV,
                (items, page, links) -> new AreaList().items(items).page(page).links(links));
    }

    private Rendered one(Context ctx, ResponseCache.Request request) {
        ReadModel model = api.model(request);
        return Rendered.json(api.json().write(service.detail(model, ReadApi.single(ctx, "code", model.areas(), "area"))));
    }
}
