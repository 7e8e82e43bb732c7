package org.opencohesion.api.indicators;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
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
import org.opencohesion.api.model.AreaLevel;
import org.opencohesion.api.model.Indicator;
import org.opencohesion.api.model.IndicatorDetail;
import org.opencohesion.api.model.IndicatorList;
import org.opencohesion.api.model.Measure;
import org.opencohesion.api.model.Observation;
import org.opencohesion.api.model.ObservationList;
import org.opencohesion.api.model.Theme;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.readmodel.ReadModel;
import org.opencohesion.ingest.Period;
import org.opencohesion.rdf.store.Store;
import static org.opencohesion.api.http.Filters.matchesText;

/** {@code /api/v1/indicators}, {@code /api/v1/indicators/{id}} and {@code /api/v1/indicators/{id}/observations}. */
public final class IndicatorController {
    public static final List<CsvColumn<Indicator>> CSV = List.of(
            CsvColumn.text("id", Indicator::getId).required(),
            CsvColumn.text("label", Indicator::getLabel).required().property("rdfs:label"),
            CsvColumn.text("description", Indicator::getDescription).property("dc:description"),
            CsvColumn.text("measure", Indicator::getMeasure).required().property("/def/cohesion#measureType").valueUrl("/def/measure/{measure}"),
            CsvColumn.text("unit", Indicator::getUnit).property("/def/cohesion#unit"),
            CsvColumn.text("theme", Indicator::getTheme).property("dcat:theme").valueUrl("/def/theme/{theme}"),
            CsvColumn.uri("source", Indicator::getSource).property("dc:source").valueUrl("{+source}"),
            CsvColumn.integer("disclosure_threshold", Indicator::getDisclosureThreshold).required().property("/def/cohesion#disclosureThreshold"),
            CsvColumn.integer("rounding", Indicator::getRounding).required().property("/def/cohesion#rounding"),
            CsvColumn.uri("uri", Indicator::getUri).required());
    public static final List<CsvColumn<Observation>> OBSERVATION_CSV = List.of(
            CsvColumn.text("indicator", Observation::getIndicator).required().property("qb:dataSet").valueUrl("/id/indicator/{indicator}"),
            CsvColumn.<Observation>text("area_code", o -> o.getArea().getCode()).required().property("/def/cohesion#refArea").valueUrl("/id/area/{area_code}"),
            CsvColumn.<Observation>text("area_name", o -> o.getArea().getName()).required(),
            CsvColumn.text("period", Observation::getPeriod).required(),
            CsvColumn.date("period_start", Observation::getPeriodStart).required().property("/def/cohesion#periodStart"),
            CsvColumn.date("period_end", Observation::getPeriodEnd).required().property("/def/cohesion#periodEnd"),
            CsvColumn.number("value", Observation::getValue).property("/def/cohesion#value"),
            CsvColumn.text("status", Observation::getStatus).required().property("/def/cohesion#obsStatus").valueUrl("/def/obs-status/{status}"),
            CsvColumn.uri("uri", Observation::getUri).required());
    private static final Map<String, Function<Indicator, Comparable<?>>> ORDER = Map.of(
            "id", Indicator::getId,
            "label", i -> i.getLabel().toLowerCase(java.util.Locale.ROOT));
    private static final Set<String> OBSERVATION_SORTS = Set.of("area", "period", "value");

    private final ReadApi api;
    private final ObservationCubes observations;
    private final CoverageQueries coverage;

    /** @param observations the cubes, shared with the downloads and pages that read the same cells */
    public IndicatorController(ReadApi api, Store store, ObservationCubes observations) {
        this.api = api;
        this.observations = observations;
        this.coverage = new CoverageQueries(store);
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/api/v1/indicators", api.cache().get(true, this::list));
        Routes.getAndHead(config, "/api/v1/indicators/{id}", api.cache().get(false, this::one));
        Routes.getAndHead(config, "/api/v1/indicators/{id}/observations", api.cache().get(true, this::observations));
    }

    private Rendered list(Context ctx, ResponseCache.Request request) {
        ListQuery query = ListQuery.parse(ctx, Set.of("theme", "measure"), ORDER.keySet(), List.of(new SortKey("id", false)));
        Theme theme = Filters.oneOf("theme", query.filter("theme"), Theme::fromValue, Theme.values());
        Measure measure = Filters.oneOf("measure", query.filter("measure"), Measure::fromValue, Measure.values());
        Slice<Indicator> slice = Slice.of(api.model(request).indicators().values().stream()
                        .filter(i -> theme == null || i.getTheme() == theme)
                        .filter(i -> measure == null || i.getMeasure() == measure)
                        .filter(i -> matchesText(query.q(), i.getId(), i.getLabel(), i.getDescription())),
                SortKey.comparator(query.sort(), ORDER, Comparator.comparing(Indicator::getId)), query);
        return api.lists().render(ctx, request.representation(), query, slice, CSV,
                (items, page, links) -> new IndicatorList().items(items).page(page).links(links));
    }

    private Rendered one(Context ctx, ResponseCache.Request request) {
        ReadModel model = api.model(request);
        Indicator i = ReadApi.single(ctx, "id", model.indicators(), "indicator");
        IndicatorDetail detail = new IndicatorDetail().id(i.getId()).uri(i.getUri()).label(i.getLabel())
                .description(i.getDescription()).measure(i.getMeasure()).unit(i.getUnit()).theme(i.getTheme())
                .source(i.getSource()).disclosureThreshold(i.getDisclosureThreshold()).rounding(i.getRounding())
                .coverage(coverage.of(model, i.getId()));
        return Rendered.json(api.json().write(detail));
    }

    private Rendered observations(Context ctx, ResponseCache.Request request) {
        ListQuery query = ListQuery.parse(ctx, Set.of("area", "level", "period", "from", "to"), OBSERVATION_SORTS,
                List.of(new SortKey("area", false), new SortKey("period", false)));
        ReadModel model = api.model(request);
        Indicator indicator = ReadApi.found(model.indicators(), ctx.pathParam("id"), "indicator");
        Period period = period("period", query.filter("period"));
        ObservationFilter filter = new ObservationFilter(
                Filters.known("area", query.filter("area"), model.areas(), "area"),
                Filters.oneOf("level", query.filter("level"), AreaLevel::fromValue, AreaLevel.values()),
                period == null ? null : period.uri(),
                start(period("from", query.filter("from"))),
                end(period("to", query.filter("to"))));
        Slice<Observation> slice = observations.page(model, indicator.getId(), filter, query.sort(), query.limit(), query.offset());
        return api.lists().render(ctx, request.representation(), query, slice, OBSERVATION_CSV,
                (items, page, links) -> new ObservationList().items(items).page(page).links(links));
    }

    private static Period period(String parameter, String text) {
        if (text == null) {
            return null;
        }
        return Period.parse(text).orElseThrow(() -> ClientError.badRequest(parameter, parameter
                + " must be a year (2023), quarter (2023-Q2), month (2023-04), day (2023-04-01) or financial year (2023/24), not '" + text + "'"));
    }

    private static LocalDate start(Period p) {
        return p == null ? null : p.start();
    }

    private static LocalDate end(Period p) {
        return p == null ? null : p.end();
    }
}
