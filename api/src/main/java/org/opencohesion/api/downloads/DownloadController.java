package org.opencohesion.api.downloads;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.opencohesion.api.csvw.CsvwController;
import org.opencohesion.api.csvw.CsvwMetadata;
import org.opencohesion.api.http.CsvRenderer;
import org.opencohesion.api.http.QueryParams;
import org.opencohesion.api.http.ReadApi;
import org.opencohesion.api.http.Rendered;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.indicators.ObservationCubes;
import org.opencohesion.api.model.Indicator;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.readmodel.ReadModel;

/**
 * Whole-indicator downloads for spreadsheets:
 * <ul>
 *   <li>{@code GET /download/indicator/{id}.csv}: areas as rows, periods as columns
 *       ({@code ?layout=wide}, the default), or one row per figure ({@code ?layout=long});
 *       UTF-8 with a byte-order mark so spreadsheets read names like Glyndŵr right, CRLF, formula
 *       cells neutralised, {@code Content-Disposition} naming the file</li>
 *   <li>{@code GET /download/indicator/{id}.csv-metadata.json[?layout=long]}: its CSV on the Web
 *       metadata, also named by the CSV's {@code Link: rel="describedby"}; for the wide layout it
 *       is where CSVW's default {@code {+url}-metadata.json} looks</li>
 * </ul>
 * Both go through the response cache (ETag, 304, gzip).
 */
public final class DownloadController {
    private static final String CSV = ".csv";

    private final ReadApi api;
    private final ObservationCubes cubes;
    private final CsvwMetadata metadata;

    public DownloadController(ReadApi api, ObservationCubes cubes, CsvwMetadata metadata) {
        this.api = api;
        this.cubes = cubes;
        this.metadata = metadata;
    }

    /** The path of an indicator's download in a layout. */
    public static String path(String indicatorId, IndicatorTables.Layout layout) {
        return "/download/indicator/" + indicatorId + CSV + (layout == IndicatorTables.Layout.LONG ? "?layout=long" : "");
    }

    /** The path of the CSVW metadata of an indicator's download in a layout. */
    public static String metadataPath(String indicatorId, IndicatorTables.Layout layout) {
        return "/download/indicator/" + indicatorId + CsvwMetadata.SUFFIX + (layout == IndicatorTables.Layout.LONG ? "?layout=long" : "");
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/download/indicator/{file}", this::download);
    }

    private void download(Context ctx) {
        String file = ctx.pathParam("file");
        boolean describes = file.endsWith(CsvwMetadata.SUFFIX);
        if (!describes && !file.endsWith(CSV)) {
            throw ClientError.notFound("downloads are .csv files and their " + CsvwMetadata.SUFFIX + " metadata, not " + file);
        }
        String id = file.substring(0, file.length() - (describes ? CsvwMetadata.SUFFIX : CSV).length());
        QueryParams.requireOnly(ctx.queryParamMap(), Set.of("layout"));
        IndicatorTables.Layout layout = layout(QueryParams.single(ctx.queryParamMap(), "layout"));
        api.cache().serve(ctx, "download " + (describes ? "csvw " : "csv ") + id + " " + layout, generation -> {
            ReadModel model = api.models().atLeast(generation);
            Indicator indicator = ReadApi.found(model.indicators(), id, "indicator");
            IndicatorTables.Table table = IndicatorTables.of(model, indicator, cubes.grid(model, id), layout);
            if (describes) {
                CsvwController.Sources sources = CsvwController.indicatorSources(model, indicator);
                return new Rendered(CsvwMetadata.MEDIA_TYPE,
                        metadata.write(path(id, layout), table.schema(), sources.datasets(), sources.others()), Map.of());
            }
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Link", "<" + metadataPath(id, layout) + ">; rel=\"describedby\"; type=\"" + CsvwMetadata.MEDIA_TYPE + "\"");
            headers.put("Content-Disposition", "attachment; filename=\"" + id + (layout == IndicatorTables.Layout.LONG ? "-long" : "") + CSV + "\"");
            return new Rendered("text/csv; charset=utf-8; header=present",
                    CsvRenderer.render(table.schema().columns(), table.rows(), true), headers);
        });
    }

    private static IndicatorTables.Layout layout(String value) {
        if (value == null || value.equals("wide")) {
            return IndicatorTables.Layout.WIDE;
        }
        if (value.equals("long")) {
            return IndicatorTables.Layout.LONG;
        }
        throw ClientError.badRequest("layout", "layout must be 'wide' (areas as rows, periods as columns) or 'long' (a row per figure), not '" + value + "'");
    }
}
