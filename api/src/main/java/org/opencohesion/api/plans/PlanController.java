package org.opencohesion.api.plans;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.http.CsvColumn;
import org.opencohesion.api.http.Filters;
import org.opencohesion.api.http.ListQuery;
import org.opencohesion.api.http.ReadApi;
import org.opencohesion.api.http.Rendered;
import org.opencohesion.api.http.ResponseCache;
import org.opencohesion.api.http.Slice;
import org.opencohesion.api.http.SortKey;
import org.opencohesion.api.model.Plan;
import org.opencohesion.api.model.PlanDetail;
import org.opencohesion.api.model.PlanList;
import org.opencohesion.api.model.Theme;
import org.opencohesion.api.readmodel.ReadModel;
import static org.opencohesion.api.http.Filters.matchesText;

/** {@code GET /api/v1/plans} and {@code GET /api/v1/plans/{id}} (with priorities, actions and outcomes). */
public final class PlanController {
    public static final List<CsvColumn<Plan>> CSV = List.of(
            CsvColumn.text("id", Plan::getId).required(),
            CsvColumn.text("title", Plan::getTitle).required().property("dc:title"),
            CsvColumn.<Plan>text("partnership_id", p -> p.getPartnership() == null ? null : p.getPartnership().getId())
                    .property("/def/cohesion#partnership").valueUrl("/id/partnership/{partnership_id}"),
            CsvColumn.<Plan>text("partnership_name", p -> p.getPartnership() == null ? null : p.getPartnership().getName()),
            CsvColumn.<Plan>text("area_code", p -> p.getArea() == null ? null : p.getArea().getCode())
                    .property("/def/cohesion#area").valueUrl("/id/area/{area_code}"),
            CsvColumn.<Plan>text("area_name", p -> p.getArea() == null ? null : p.getArea().getName()),
            CsvColumn.date("published", Plan::getPublished).property("dc:issued"),
            CsvColumn.<Plan>date("start", p -> p.getPeriod() == null ? null : p.getPeriod().getStart()),
            CsvColumn.<Plan>date("end", p -> p.getPeriod() == null ? null : p.getPeriod().getEnd()),
            CsvColumn.text("themes", Plan::getThemes),
            CsvColumn.uri("source", Plan::getSource).property("dc:source").valueUrl("{+source}"),
            CsvColumn.uri("uri", Plan::getUri).required());
    private static final Map<String, Function<Plan, Comparable<?>>> ORDER = Map.of(
            "id", Plan::getId,
            "title", p -> p.getTitle().toLowerCase(java.util.Locale.ROOT),
            "published", Plan::getPublished,
            "start", p -> p.getPeriod() == null ? null : p.getPeriod().getStart());
    private static final List<SortKey> DEFAULT_SORT = List.of(new SortKey("id", false));

    private final ReadApi api;

    public PlanController(ReadApi api) {
        this.api = api;
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/api/v1/plans", api.cache().get(true, this::list));
        Routes.getAndHead(config, "/api/v1/plans/{id}", api.cache().get(false, this::one));
    }

    private Rendered list(Context ctx, ResponseCache.Request request) {
        ListQuery query = ListQuery.parse(ctx, Set.of("partnership", "area", "theme"), ORDER.keySet(), DEFAULT_SORT);
        ReadModel model = api.model(request);
        String partnership = Filters.known("partnership", query.filter("partnership"), model.partnerships(), "partnership");
        String area = Filters.known("area", query.filter("area"), model.areas(), "area");
        Theme theme = Filters.oneOf("theme", query.filter("theme"), Theme::fromValue, Theme.values());
        Set<String> within = area == null ? null : model.selfAndDescendants(area);
        Slice<Plan> slice = Slice.of(model.plans().values().stream()
                        .filter(p -> partnership == null || (p.getPartnership() != null && partnership.equals(p.getPartnership().getId())))
                        .filter(p -> within == null || (p.getArea() != null && within.contains(p.getArea().getCode())))
                        .filter(p -> theme == null || p.getThemes().contains(theme))
                        .filter(p -> query.q() == null || matchesText(query.q(), searchable(model.planDetails().get(p.getId())))),
                SortKey.comparator(query.sort(), ORDER, Comparator.comparing(Plan::getId)), query);
        return api.lists().render(ctx, request.representation(), query, slice, CSV,
                (items, page, links) -> new PlanList().items(items).page(page).links(links));
    }

    /** A plan is found by its title or by anything its priorities, actions and outcomes say. */
    private static String[] searchable(PlanDetail plan) {
        List<String> texts = new java.util.ArrayList<>(List.of(plan.getId(), plan.getTitle()));
        plan.getPriorities().forEach(p -> {
            texts.add(p.getTitle());
            texts.add(p.getAmbition());
            p.getActions().forEach(a -> texts.add(a.getText()));
            p.getOutcomes().forEach(o -> texts.add(o.getText()));
        });
        return texts.toArray(String[]::new);
    }

    private Rendered one(Context ctx, ResponseCache.Request request) {
        return Rendered.json(api.json().write(ReadApi.single(ctx, "id", api.model(request).planDetails(), "plan")));
    }
}
