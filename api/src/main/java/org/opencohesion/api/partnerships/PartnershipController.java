package org.opencohesion.api.partnerships;

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
import org.opencohesion.api.model.OrganisationRef;
import org.opencohesion.api.model.Partnership;
import org.opencohesion.api.model.PartnershipDetail;
import org.opencohesion.api.model.PartnershipList;
import org.opencohesion.api.model.Ref;
import org.opencohesion.api.readmodel.ReadModel;
import static org.opencohesion.api.http.Filters.matchesText;

/** {@code GET /api/v1/partnerships} and {@code GET /api/v1/partnerships/{id}}. */
public final class PartnershipController {
    public static final List<CsvColumn<Partnership>> CSV = List.of(
            CsvColumn.text("id", Partnership::getId).required(),
            CsvColumn.text("name", Partnership::getName).required().property("rdfs:label"),
            CsvColumn.<Partnership>text("area_code", p -> p.getArea() == null ? null : p.getArea().getCode())
                    .property("/def/cohesion#area").valueUrl("/id/area/{area_code}"),
            CsvColumn.<Partnership>text("area_name", p -> p.getArea() == null ? null : p.getArea().getName()),
            CsvColumn.<Partnership>text("lead", p -> p.getLead() == null ? null : p.getLead().getName()),
            CsvColumn.<Partnership>text("members", p -> p.getMembers().stream().map(OrganisationRef::getName).toList()),
            CsvColumn.uri("website", Partnership::getWebsite).property("schema:url"),
            CsvColumn.date("established", Partnership::getEstablished),
            CsvColumn.uri("uri", Partnership::getUri).required());
    private static final Map<String, Function<Partnership, Comparable<?>>> ORDER = Map.of(
            "id", Partnership::getId,
            "name", p -> p.getName().toLowerCase(java.util.Locale.ROOT),
            "established", Partnership::getEstablished);
    private static final List<SortKey> DEFAULT_SORT = List.of(new SortKey("id", false));

    private final ReadApi api;

    public PartnershipController(ReadApi api) {
        this.api = api;
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/api/v1/partnerships", api.cache().get(true, this::list));
        Routes.getAndHead(config, "/api/v1/partnerships/{id}", api.cache().get(false, this::one));
    }

    private Rendered list(Context ctx, ResponseCache.Request request) {
        ListQuery query = ListQuery.parse(ctx, Set.of("area"), ORDER.keySet(), DEFAULT_SORT);
        ReadModel model = api.model(request);
        String area = Filters.known("area", query.filter("area"), model.areas(), "area");
        Set<String> within = area == null ? null : model.selfAndDescendants(area);
        Slice<Partnership> slice = Slice.of(model.partnerships().values().stream()
                        .filter(p -> within == null || (p.getArea() != null && within.contains(p.getArea().getCode())))
                        .filter(p -> matchesText(query.q(), p.getId(), p.getName(), p.getLead() == null ? null : p.getLead().getName())),
                SortKey.comparator(query.sort(), ORDER, Comparator.comparing(Partnership::getId)), query);
        return api.lists().render(ctx, request.representation(), query, slice, CSV,
                (items, page, links) -> new PartnershipList().items(items).page(page).links(links));
    }

    private Rendered one(Context ctx, ResponseCache.Request request) {
        ReadModel model = api.model(request);
        Partnership p = ReadApi.single(ctx, "id", model.partnerships(), "partnership");
        String id = p.getId();
        PartnershipDetail detail = new PartnershipDetail().id(p.getId()).uri(p.getUri()).name(p.getName()).area(p.getArea())
                .lead(p.getLead()).members(p.getMembers()).website(p.getWebsite()).established(p.getEstablished())
                .plans(model.plans().values().stream()
                        .filter(plan -> plan.getPartnership() != null && id.equals(plan.getPartnership().getId()))
                        .map(plan -> new Ref().id(plan.getId()).name(plan.getTitle()).uri(plan.getUri())).toList())
                .assets((int) model.assets().values().stream()
                        .filter(a -> a.getPartnership() != null && id.equals(a.getPartnership().getId())).count());
        return Rendered.json(api.json().write(detail));
    }
}
