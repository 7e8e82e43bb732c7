package org.opencohesion.api.datasets;

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
import org.opencohesion.api.model.Dataset;
import org.opencohesion.api.model.DatasetKind;
import org.opencohesion.api.model.DatasetList;
import static org.opencohesion.api.http.Filters.matchesText;

/** {@code GET /api/v1/datasets} and {@code GET /api/v1/datasets/{id}}: the DCAT records of what is published. */
public final class DatasetController {
    public static final List<CsvColumn<Dataset>> CSV = List.of(
            CsvColumn.text("id", Dataset::getId).required(),
            CsvColumn.text("title", Dataset::getTitle).required().property("dc:title"),
            CsvColumn.text("kind", Dataset::getKind).required().property("/def/cohesion#datasetKind").valueUrl("/def/dataset-kind/{kind}"),
            CsvColumn.dateTime("issued", Dataset::getIssued).required().property("dc:issued"),
            CsvColumn.dateTime("modified", Dataset::getModified).required().property("dc:modified"),
            CsvColumn.integer("rows", Dataset::getRows).required().property("/def/cohesion#rowCount"),
            CsvColumn.integer("triples", Dataset::getTriples).required().property("void:triples"),
            CsvColumn.<Dataset>text("source_file", d -> d.getSource().getFile()).required(),
            CsvColumn.<Dataset>text("source_sha256", d -> d.getSource().getSha256()).required(),
            CsvColumn.uri("uri", Dataset::getUri).required());
    private static final Map<String, Function<Dataset, Comparable<?>>> ORDER = Map.of(
            "id", Dataset::getId,
            "title", d -> d.getTitle().toLowerCase(java.util.Locale.ROOT),
            "kind", d -> d.getKind().getValue(),
            "modified", Dataset::getModified);

    private final ReadApi api;

    public DatasetController(ReadApi api) {
        this.api = api;
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/api/v1/datasets", api.cache().get(true, this::list));
        Routes.getAndHead(config, "/api/v1/datasets/{id}", api.cache().get(false, this::one));
    }

    private Rendered list(Context ctx, ResponseCache.Request request) {
        ListQuery query = ListQuery.parse(ctx, Set.of("kind"), ORDER.keySet(), List.of(new SortKey("id", false)));
        DatasetKind kind = Filters.oneOf("kind", query.filter("kind"), DatasetKind::fromValue, DatasetKind.values());
        Slice<Dataset> slice = Slice.of(api.model(request).datasets().values().stream()
                        .filter(d -> kind == null || d.getKind() == kind)
                        .filter(d -> matchesText(query.q(), d.getId(), d.getTitle(), d.getSource().getFile())),
                SortKey.comparator(query.sort(), ORDER, Comparator.comparing(Dataset::getId)), query);
        return api.lists().render(ctx, request.representation(), query, slice, CSV,
                (items, page, links) -> new DatasetList().items(items).page(page).links(links));
    }

    private Rendered one(Context ctx, ResponseCache.Request request) {
        return Rendered.json(api.json().write(ReadApi.single(ctx, "id", api.model(request).datasets(), "dataset")));
    }
}
