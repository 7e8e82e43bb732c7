package org.opencohesion.api.csvw;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.opencohesion.api.areas.AreaController;
import org.opencohesion.api.assets.AssetController;
import org.opencohesion.api.datasets.DatasetController;
import org.opencohesion.api.http.ReadApi;
import org.opencohesion.api.http.Rendered;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.indicators.IndicatorController;
import org.opencohesion.api.model.Dataset;
import org.opencohesion.api.model.DatasetKind;
import org.opencohesion.api.model.Indicator;
import org.opencohesion.api.partnerships.PartnershipController;
import org.opencohesion.api.plans.PlanController;
import org.opencohesion.api.readmodel.ReadModel;

/**
 * The CSV on the Web metadata of every REST list's CSV, at the list's path plus
 * {@code .csv-metadata.json} ({@code /api/v1/areas.csv-metadata.json}). A CSV response names it in
 * {@code Link: <...>; rel="describedby"; type="application/csvm+json"}, carrying the request's
 * query, so the document's {@code url} is the very CSV asked for (with {@code format=csv}, so
 * that fetching it gives CSV whatever the client's {@code Accept}).
 */
public final class CsvwController {
    /** One list: its path, its table, and the datasets its rows come from. */
    private record ListTable(String path, CsvwTable<?> table, BiFunction<ReadModel, Context, Sources> sources) {}

    /** The datasets the rows come from, and the publisher's own source where known. */
    public record Sources(List<Dataset> datasets, List<URI> others) {}

    private final ReadApi api;
    private final CsvwMetadata metadata;
    private final List<ListTable> lists = List.of(
            new ListTable("/api/v1/areas", CsvwTable.of("Areas", "One row per area: countries, regions, local authorities, wards and other areas, with their parent.",
                    AreaController.CSV, "code"), kind(DatasetKind.AREAS)),
            new ListTable("/api/v1/partnerships", CsvwTable.of("Cohesion partnerships", "One row per partnership, with its lead and member organisations.",
                    PartnershipController.CSV, "id"), kind(DatasetKind.PARTNERSHIPS)),
            new ListTable("/api/v1/plans", CsvwTable.of("Cohesion plans", "One row per plan or strategy, with its partnership, area, period and themes.",
                    PlanController.CSV, "id"), kind(DatasetKind.PLANS)),
            new ListTable("/api/v1/assets", CsvwTable.of("Community assets", "One row per community asset (the Asset-Based Community Development inventory).",
                    AssetController.CSV, "id"), kind(DatasetKind.ASSETS)),
            new ListTable("/api/v1/indicators", CsvwTable.of("Indicators", "One row per indicator, with its measure, unit, theme and disclosure rules.",
                    IndicatorController.CSV, "id"), kind(DatasetKind.INDICATORS)),
            new ListTable("/api/v1/datasets", CsvwTable.of("Published datasets", "One row per published dataset, with the file it was ingested from and its checksum.",
                    DatasetController.CSV, "id"), (model, ctx) -> new Sources(List.copyOf(model.datasets().values()), List.of())),
            new ListTable("/api/v1/indicators/{id}/observations", CsvwTable.of("Observations",
                    "One row per area and period of one indicator. A suppressed cell (below the disclosure threshold) has no value and the status 'suppressed'.",
                    IndicatorController.OBSERVATION_CSV, "area_code", "period"), (model, ctx) -> {
                        Indicator indicator = ReadApi.found(model.indicators(), ctx.pathParam("id"), "indicator");
                        return indicatorSources(model, indicator);
                    }));

    public CsvwController(ReadApi api, CsvwMetadata metadata) {
        this.api = api;
        this.metadata = metadata;
    }

    public void register(JavalinConfig config) {
        for (ListTable list : lists) {
            Routes.getAndHead(config, list.path() + CsvwMetadata.SUFFIX, ctx -> serve(ctx, list));
        }
    }

    private void serve(Context ctx, ListTable list) {
        String csvPath = ctx.path().substring(0, ctx.path().length() - CsvwMetadata.SUFFIX.length());
        String url = csvUrl(csvPath, ctx.queryString());
        api.cache().serve(ctx, "csvw " + url, generation -> {
            ReadModel model = api.models().atLeast(generation);
            Sources sources = list.sources().apply(model, ctx);
            CsvwTable<?> table = list.table();
            if (list.path().contains("{id}")) {
                Indicator i = model.indicators().get(ctx.pathParam("id"));
                table = new CsvwTable<>("Observations of " + i.getLabel(), table.description(), list.table().columns(),
                        table.primaryKey(), table.notes());
            }
            return new Rendered(CsvwMetadata.MEDIA_TYPE, metadata.write(url, table, sources.datasets(), sources.others()), java.util.Map.of());
        });
    }

    /**
     * The {@code Link} a CSV response at {@code path} with {@code rawQuery} (as sent, may be
     * {@code null}) carries to its metadata.
     */
    public static String describedBy(String path, String rawQuery) {
        return "<" + path + CsvwMetadata.SUFFIX + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery)
                + ">; rel=\"describedby\"; type=\"" + CsvwMetadata.MEDIA_TYPE + "\"";
    }

    /** The CSV a metadata request with {@code rawQuery} describes: the same query, asking for CSV. */
    static String csvUrl(String path, String rawQuery) {
        List<String> params = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            params.addAll(List.of(rawQuery.split("&")));
        }
        if (!params.contains("format=csv")) {
            params.removeIf(p -> p.equals("format") || p.startsWith("format="));
            params.add("format=csv");
        }
        return path + "?" + String.join("&", params);
    }

    /** The indicator's observations dataset (named after it), or every observations dataset; and the indicator's own source. */
    public static Sources indicatorSources(ReadModel model, Indicator indicator) {
        Dataset own = model.datasets().get(indicator.getId());
        List<Dataset> datasets = own != null && own.getKind() == DatasetKind.OBSERVATIONS ? List.of(own)
                : model.datasets().values().stream().filter(d -> d.getKind() == DatasetKind.OBSERVATIONS).toList();
        return new Sources(datasets, indicator.getSource() == null ? List.of() : List.of(indicator.getSource()));
    }

    private static BiFunction<ReadModel, Context, Sources> kind(DatasetKind kind) {
        return (model, ctx) -> new Sources(model.datasets().values().stream().filter(d -> d.getKind() == kind).toList(), List.of());
    }
}
