package org.opencohesion.ingest.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.IndicatorDefinition;
import org.opencohesion.ingest.IngestContext;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.ParsedDataset;
import org.opencohesion.ingest.ShapeCheck;
import org.opencohesion.rdf.ShapeValidator;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.TripleSource;

/**
 * {@code observations/{indicator}.csv}: anonymised values by area and period, put through
 * disclosure control before they become cube observations.
 *
 * <p>An indicator covering every LSOA of England and Wales for ten years is 350,000 rows and two
 * million triples, and an ingest may hold twenty of them, so observations are never held as a
 * model. Reading checks every row against the contract and the areas known to the ingest, then
 * the triples against the shapes {@value #SHAPE_BATCH} cells at a time (every observation shape
 * looks at one subject only, so batches by subject find what the whole graph would), and keeps
 * only their count. The commit reads the file again and streams its triples into the store.
 */
public final class ObservationsReader implements DatasetReader {
    /** Cells checked against the shapes at a time: a graph of about 110,000 triples. */
    static final int SHAPE_BATCH = 20_000;

    private final Uris uris;
    private final ShapeValidator shapes;

    public ObservationsReader(Uris uris, ShapeValidator shapes) {
        this.uris = uris;
        this.shapes = shapes;
    }

    @Override
    public ParsedDataset read(InputFile file, IngestContext context, InputErrors errors) {
        String indicatorId = file.baseName();
        var found = context.indicator(indicatorId);
        if (found.isEmpty()) {
            errors.add(ErrorCode.UNKNOWN_REFERENCE, file.name(), null, null, null,
                    "indicator '" + indicatorId + "' (named by the file) is not defined; define it in indicators.csv first");
            return null;
        }
        IndicatorDefinition indicator = found.get();
        int errorsBefore = errors.total();
        List<ObservationTable.Row> rows = ObservationTable.read(file, indicator, context, errors, context::counting);
        if (rows == null) {
            return null;
        }
        String title = indicator.label() + " (observations)";
        if (errors.total() > errorsBefore) {
            // Refused: the ingest stops before its commit, so this source is never read.
            return ParsedDataset.streamed(file, () -> {
                throw new IllegalStateException(file.name() + " was refused and is never written");
            }, 0, rows.size(), title);
        }
        ObservationTriples triples = new ObservationTriples(uris, indicator);
        long count = checkShapes(file, rows, triples, errors);
        TripleSource source = () -> triples.all(readAgain(file, indicator, context));
        return ParsedDataset.streamed(file, source, count, rows.size(), title);
    }

    /** Checks the triples of {@code rows} against the shapes batch by batch; returns how many there are. */
    private long checkShapes(InputFile file, List<ObservationTable.Row> rows, ObservationTriples triples, InputErrors errors) {
        long count = 0;
        for (int from = 0; from < rows.size() || from == 0; from += SHAPE_BATCH) {
            Graph batch = GraphFactory.createDefaultGraph();
            Map<Node, Integer> lines = new HashMap<>();
            int to = Math.min(rows.size(), from + SHAPE_BATCH);
            for (ObservationTable.Row row : rows.subList(from, to)) {
                lines.put(triples.subject(row), row.cell().line());
                for (Triple t : triples.of(row)) {
                    batch.add(t);
                    count++;
                }
            }
            if (to == rows.size()) {
                for (Triple t : triples.periods(rows)) {
                    batch.add(t);
                    count++;
                }
            }
            ShapeCheck.report(shapes, batch, file, lines, errors);
        }
        return count;
    }

    /**
     * The same rows again, for the commit. The file was checked and its references have not
     * changed since (an ingest holds the store's only writer), so an error now is a bug.
     */
    private static List<ObservationTable.Row> readAgain(InputFile file, IndicatorDefinition indicator, IngestContext context) {
        InputErrors errors = new InputErrors();
        List<ObservationTable.Row> rows = ObservationTable.read(file, indicator, context, errors, each -> each);
        if (rows == null || !errors.isEmpty()) {
            throw new IllegalStateException(file.name() + " read differently the second time: " + errors.list());
        }
        return rows;
    }
}
