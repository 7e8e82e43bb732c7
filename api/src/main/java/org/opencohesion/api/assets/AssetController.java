package org.opencohesion.api.assets;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.http.CsvColumn;
import org.opencohesion.api.http.CsvDatatype;
import org.opencohesion.api.http.Filters;
import org.opencohesion.api.http.ListQuery;
import org.opencohesion.api.http.ReadApi;
import org.opencohesion.api.http.Rendered;
import org.opencohesion.api.http.ResponseCache;
import org.opencohesion.api.http.Slice;
import org.opencohesion.api.http.SortKey;
import org.opencohesion.api.model.Asset;
import org.opencohesion.api.model.AssetList;
import org.opencohesion.api.model.AssetType;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.readmodel.ReadModel;
import static org.opencohesion.api.http.Filters.matchesText;

/** {@code GET /api/v1/assets} (with distance search) and {@code GET /api/v1/assets/{id}}. */
public final class AssetController {
    public static final List<CsvColumn<Asset>> CSV = List.of(
            CsvColumn.text("id", Asset::getId).required(),
            CsvColumn.text("name", Asset::getName).required().property("rdfs:label"),
            CsvColumn.text("type", Asset::getType).required().property("/def/cohesion#assetType").valueUrl("/def/asset-type/{type}"),
            CsvColumn.text("description", Asset::getDescription).property("dc:description"),
            CsvColumn.<Asset>text("area_code", a -> a.getArea() == null ? null : a.getArea().getCode())
                    .property("/def/cohesion#area").valueUrl("/id/area/{area_code}"),
            CsvColumn.<Asset>text("area_name", a -> a.getArea() == null ? null : a.getArea().getName()),
            CsvColumn.<Asset>of("latitude", CsvDatatype.NUMBER, a -> a.getLocation() == null ? null : a.getLocation().getLatitude()),
            CsvColumn.<Asset>of("longitude", CsvDatatype.NUMBER, a -> a.getLocation() == null ? null : a.getLocation().getLongitude()),
            CsvColumn.uri("website", Asset::getWebsite).property("schema:url"),
            CsvColumn.<Asset>text("provider", a -> a.getProvider() == null ? null : a.getProvider().getName()),
            CsvColumn.<Asset>text("partnership_id", a -> a.getPartnership() == null ? null : a.getPartnership().getId())
                    .property("/def/cohesion#partnership").valueUrl("/id/partnership/{partnership_id}"),
            CsvColumn.date("added", Asset::getAdded),
            CsvColumn.of("distance_km", CsvDatatype.NUMBER, Asset::getDistanceKm),
            CsvColumn.uri("uri", Asset::getUri).required());
    private static final Map<String, Function<Asset, Comparable<?>>> ORDER = Map.of(
            "id", Asset::getId,
            "name", a -> a.getName().toLowerCase(java.util.Locale.ROOT),
            "type", a -> a.getType().getValue(),
            "added", Asset::getAdded,
            "distance", Asset::getDistanceKm);
    private static final Set<String> FILTERS = Set.of("area", "type", "partnership", "near", "radius_km");

    private final ReadApi api;

    public AssetController(ReadApi api) {
        this.api = api;
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/api/v1/assets", api.cache().get(true, this::list));
        Routes.getAndHead(config, "/api/v1/assets/{id}", api.cache().get(false, this::one));
    }

    private Rendered list(Context ctx, ResponseCache.Request request) {
        NearPoint near = ctx.queryParam("near") == null ? null : NearPoint.parse(ctx.queryParam("near"));
        ListQuery query = ListQuery.parse(ctx, FILTERS, ORDER.keySet(),
                List.of(new SortKey(near == null ? "name" : "distance", false)));
        if (near == null && query.sort().stream().anyMatch(k -> k.field().equals("distance"))) {
            throw ClientError.badRequest("sort", "sort=distance needs near=latitude,longitude");
        }
        Double radius = radius(query.filter("radius_km"), near);
        ReadModel model = api.model(request);
        String area = Filters.known("area", query.filter("area"), model.areas(), "area");
        AssetType type = Filters.oneOf("type", query.filter("type"), AssetType::fromValue, AssetType.values());
        String partnership = Filters.known("partnership", query.filter("partnership"), model.partnerships(), "partnership");
        Set<String> within = area == null ? null : model.selfAndDescendants(area);
        Stream<Asset> matching = model.assets().values().stream()
                .filter(a -> within == null || (a.getArea() != null && within.contains(a.getArea().getCode())))
                .filter(a -> type == null || a.getType() == type)
                .filter(a -> partnership == null || (a.getPartnership() != null && partnership.equals(a.getPartnership().getId())))
                .filter(a -> matchesText(query.q(), a.getId(), a.getName(), a.getDescription(), a.getProvider() == null ? null : a.getProvider().getName()));
        if (near != null) {
            matching = matching.filter(a -> a.getLocation() != null)
                    .map(a -> withDistance(a, near.kilometresTo(a.getLocation())))
                    .filter(a -> radius == null || a.getDistanceKm() <= radius);
        }
        Slice<Asset> slice = Slice.of(matching, SortKey.comparator(query.sort(), ORDER, Comparator.comparing(Asset::getId)), query);
        return api.lists().render(ctx, request.representation(), query, slice, CSV,
                (items, page, links) -> new AssetList().items(items).page(page).links(links));
    }

    private Rendered one(Context ctx, ResponseCache.Request request) {
        return Rendered.json(api.json().write(ReadApi.single(ctx, "id", api.model(request).assets(), "asset")));
    }

    private static Double radius(String value, NearPoint near) {
        if (value == null) {
            return null;
        }
        if (near == null) {
            throw ClientError.badRequest("radius_km", "radius_km needs near=latitude,longitude");
        }
        try {
            double r = Double.parseDouble(value);
            if (r > 0 && r <= 20000) {
                return r;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ClientError.badRequest("radius_km", "radius_km must be a number of kilometres above 0 and at most 20000, not '" + value + "'");
    }

    /** A copy carrying its distance: the read model's assets are shared and never changed. */
    private static Asset withDistance(Asset a, double km) {
        return new Asset().id(a.getId()).uri(a.getUri()).name(a.getName()).type(a.getType()).description(a.getDescription())
                .area(a.getArea()).location(a.getLocation()).website(a.getWebsite()).provider(a.getProvider())
                .partnership(a.getPartnership()).added(a.getAdded()).distanceKm(km);
    }
}
