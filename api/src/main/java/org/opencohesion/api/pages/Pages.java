package org.opencohesion.api.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencohesion.api.csvw.CsvwMetadata;
import org.opencohesion.api.downloads.DownloadController;
import org.opencohesion.api.downloads.IndicatorTables;
import org.opencohesion.api.indicators.ObservationCubes;
import org.opencohesion.api.linkeddata.Description;
import org.opencohesion.api.linkeddata.DocumentPath;
import org.opencohesion.api.linkeddata.HtmlDescriptionPage;
import org.opencohesion.api.linkeddata.HtmlPages;
import org.opencohesion.api.linkeddata.Namespaces;
import org.opencohesion.api.readmodel.ReadModel;
import org.opencohesion.api.readmodel.ReadModels;
import org.opencohesion.rdf.Uris;

/**
 * The pages people read: the HTML representation of the documents of areas, partnerships, plans,
 * assets, indicators and datasets ({@code /doc/area/W06000006}, by {@code Accept: text/html} or
 * the {@code .html} suffix), with charts drawn as SVG on the server, tables, and links to the same
 * data in every format. Other documents keep the generic description page. Built from the read
 * model and the observation cubes at the generation the response cache asks for.
 */
public final class Pages implements HtmlPages {
    /** An indicator table's sort: a column (name, code or a period) and a direction. */
    private static final Pattern SORT = Pattern.compile("-?(name|code|level|\\d{4}(-Q[1-4]|-\\d{2}(-\\d{2})?|/\\d{2})?)");

    private final Uris uris;
    private final ReadModels models;
    private final ObservationCubes cubes;
    private final HtmlDescriptionPage description;

    public Pages(Uris uris, ReadModels models, ObservationCubes cubes) {
        this.uris = uris;
        this.models = models;
        this.cubes = cubes;
        this.description = new HtmlDescriptionPage(uris, Namespaces.of(uris));
    }

    @Override
    public Optional<String> variant(DocumentPath path, Context ctx) {
        String[] kindAndId = kindAndId(path);
        if (kindAndId == null) {
            return Optional.empty();
        }
        if (kindAndId[0].equals("indicator")) {
            String sort = ctx.queryParam("sort");
            return Optional.of(sort != null && SORT.matcher(sort).matches() ? sort : "");
        }
        return Optional.of("");
    }

    @Override
    public byte[] render(DocumentPath path, Description d, String variant, long generation) {
        String[] kindAndId = kindAndId(path);
        ReadModel model = models.atLeast(generation);
        Site site = new Site(uris.base(), model, cubes);
        String id = kindAndId[1];
        String linked = description.sections(d);
        // the description exists (the caller checked), but the read model may not know it: an RDF-only resource
        return switch (kindAndId[0]) {
            case "area" -> model.area(id).map(a -> AreaPage.render(site, path, a, linked)).orElseGet(() -> generic(d, path));
            case "partnership" -> Optional.ofNullable(model.partnerships().get(id)).map(p -> OtherPages.partnership(site, path, p, linked)).orElseGet(() -> generic(d, path));
            case "plan" -> Optional.ofNullable(model.planDetails().get(id)).map(p -> PlanPage.render(site, path, p, linked)).orElseGet(() -> generic(d, path));
            case "asset" -> Optional.ofNullable(model.assets().get(id)).map(a -> OtherPages.asset(site, path, a, linked)).orElseGet(() -> generic(d, path));
            case "indicator" -> Optional.ofNullable(model.indicators().get(id)).map(i -> IndicatorPage.render(site, path, i, variant, linked)).orElseGet(() -> generic(d, path));
            case "dataset" -> Optional.ofNullable(model.datasets().get(id)).map(x -> OtherPages.dataset(site, path, x, linked)).orElseGet(() -> generic(d, path));
            default -> generic(d, path);
        };
    }

    private byte[] generic(Description d, DocumentPath path) {
        return description.render(d, path);
    }

    /** {@code [kind, id]} for {@code /doc/{kind}/{id}} of the six kinds with pages, else {@code null}. */
    private String[] kindAndId(DocumentPath path) {
        String prefix = uris.base() + "/doc/";
        if (path.isVocabulary() || !path.document().startsWith(prefix)) {
            return null;
        }
        String[] parts = path.document().substring(prefix.length()).split("/");
        if (parts.length != 2 || !List.of("area", "partnership", "plan", "asset", "indicator", "dataset").contains(parts[0])) {
            return null;
        }
        return parts;
    }

    /** What every page needs: where things are, and the data. */
    record Site(String base, ReadModel model, ObservationCubes cubes) {
        String doc(String kind, String id) {
            return base + "/doc/" + kind + "/" + id;
        }

        String api(String path) {
            return base + path;
        }

        /** The REST JSON of one resource. */
        PageFrame.DataLink json(String label, String path) {
            return new PageFrame.DataLink(label + " (JSON, REST API)", api(path), "application/json");
        }

        /** A list's CSV (every row, up to the API's page limit) and its CSVW metadata. */
        List<PageFrame.DataLink> csv(String label, String listPath, String query) {
            String q = (query == null || query.isEmpty() ? "" : query + "&") + "limit=1000&format=csv";
            List<PageFrame.DataLink> links = new ArrayList<>();
            links.add(new PageFrame.DataLink(label + " (CSV)", api(listPath + "?" + q), "text/csv"));
            links.add(new PageFrame.DataLink(label + " (CSVW metadata)", api(listPath + CsvwMetadata.SUFFIX + "?" + q), CsvwMetadata.MEDIA_TYPE));
            return links;
        }

        /** An indicator's downloads in both layouts, each with its CSVW metadata. */
        List<PageFrame.DataLink> downloads(String label, String indicatorId) {
            return List.of(
                    new PageFrame.DataLink(label + ": areas by periods, for spreadsheets (CSV)", api(DownloadController.path(indicatorId, IndicatorTables.Layout.WIDE)), "text/csv"),
                    new PageFrame.DataLink(label + ": areas by periods (CSVW metadata)", api(DownloadController.metadataPath(indicatorId, IndicatorTables.Layout.WIDE)), CsvwMetadata.MEDIA_TYPE),
                    new PageFrame.DataLink(label + ": one row per figure (CSV)", api(DownloadController.path(indicatorId, IndicatorTables.Layout.LONG)), "text/csv"),
                    new PageFrame.DataLink(label + ": one row per figure (CSVW metadata)", api(DownloadController.metadataPath(indicatorId, IndicatorTables.Layout.LONG)), CsvwMetadata.MEDIA_TYPE));
        }
    }
}
