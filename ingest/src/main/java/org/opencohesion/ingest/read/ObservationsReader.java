package org.opencohesion.ingest.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.opencohesion.ingest.DisclosureControl;
import org.opencohesion.ingest.DisclosureControl.Cell;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.IndicatorDefinition;
import org.opencohesion.ingest.IngestContext;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.ParsedDataset;
import org.opencohesion.ingest.Period;
import org.opencohesion.ingest.SourceText;
import org.opencohesion.ingest.csv.Column;
import org.opencohesion.ingest.csv.CsvRow;
import org.opencohesion.ingest.csv.CsvTable;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.vocab.Coh;
import org.opencohesion.rdf.vocab.Qb;

/**
 * {@code observations/{indicator}.csv}: anonymised values by area and period, put through
 * {@link DisclosureControl} before they become cube observations.
 *
 * <p>Error messages here never quote a cell: any value might be one that must be suppressed.
 */
public final class ObservationsReader implements DatasetReader {
    private static final List<Column> COLUMNS = List.of(
            Column.required("area"), Column.required("period"), Column.optional("value"),
            Column.optional("numerator"), Column.optional("denominator"), Column.optional("status"));
    private static final BigDecimal TOLERANCE = new BigDecimal("0.1");
    private static final String NOT_AVAILABLE = "not-available";

    private final Uris uris;

    public ObservationsReader(Uris uris) {
        this.uris = uris;
    }

    private record Row(Cell cell, Period period, String status) {}

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
        String text = SourceText.decode(file, errors);
        if (text == null) {
            return null;
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        CsvTable.read(file, text, COLUMNS, errors, false, context.counting(row -> {
            String area = row.gss("area", true);
            String periodText = row.required("period");
            Period period = periodText == null ? null : Period.parse(periodText).orElse(null);
            if (periodText != null && period == null) {
                row.error(ErrorCode.INVALID_DATE, "period", "'" + periodText
                        + "' is not a period: use 2023, 2023-Q2, 2023-04, 2023-04-01 or a financial year 2023/24");
            }
            String status = row.concept("status", false, Concepts.OBSERVATION_STATUSES);
            BigDecimal value = value(row, indicator, status);
            Long numerator = row.integer("numerator", 0, Long.MAX_VALUE);
            Long denominator = row.integer("denominator", 0, Long.MAX_VALUE);
            checkRatio(row, indicator, value, numerator, denominator);
            if (area != null && !context.hasArea(area)) {
                row.error(ErrorCode.UNKNOWN_REFERENCE, "area", "area " + area + " is not published; add it to areas.csv");
            }
            if (area == null || period == null) {
                return;
            }
            String key = area + " " + period.slug();
            if (seen.putIfAbsent(key, row.line()) != null) {
                row.error(ErrorCode.DUPLICATE_OBSERVATION, "area",
                        "area " + area + " already has a value for period " + periodText + " on line " + seen.get(key));
                return;
            }
            rows.add(new Row(new Cell(area, period.slug(), row.line(), value, numerator, denominator), period, status));
        }));
        DisclosureControl.apply(indicator, rows.stream().map(Row::cell).toList(), context::parentOf);
        return toDataset(file, indicator, rows);
    }

    /** The value, checked against the measure; never echoed in a message. */
    private static BigDecimal value(CsvRow row, IndicatorDefinition indicator, String status) {
        String raw = row.text("value");
        if (raw == null) {
            if (status == null && row.text("status") == null) {
                row.error(ErrorCode.MISSING_VALUE, "value", "a value is required unless a status (e.g. not-available) is given");
            }
            return null;
        }
        BigDecimal value = row.decimal("value", false);
        if (value == null) {
            return null;
        }
        if (NOT_AVAILABLE.equals(status)) {
            row.error(ErrorCode.INVALID_VALUE, "value", "a value marked not-available must be left empty");
            return null;
        }
        if (indicator.isCount()) {
            if (value.signum() < 0) {
                row.error(ErrorCode.OUT_OF_RANGE, "value", "a count cannot be negative");
                return null;
            }
            if (value.stripTrailingZeros().scale() > 0) {
                row.error(ErrorCode.INVALID_VALUE, "value", "a count must be a whole number");
                return null;
            }
        } else if ("percentage".equals(indicator.measure())
                && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            row.error(ErrorCode.OUT_OF_RANGE, "value", "a percentage lies between 0 and 100");
            return null;
        } else if ("rate-per-1000".equals(indicator.measure()) && value.signum() < 0) {
            row.error(ErrorCode.OUT_OF_RANGE, "value", "a rate cannot be negative");
            return null;
        }
        return value;
    }

    private static void checkRatio(CsvRow row, IndicatorDefinition indicator, BigDecimal value, Long numerator, Long denominator) {
        if (row.text("numerator") == null && row.text("denominator") == null) {
            return;
        }
        if (!indicator.isRatio()) {
            row.error(ErrorCode.INVALID_VALUE, numerator != null ? "numerator" : "denominator",
                    "numerator and denominator apply only to percentages and rates, and this indicator is a " + indicator.measure());
            return;
        }
        if (row.text("numerator") != null && numerator == null || row.text("denominator") != null && denominator == null) {
            return; // not whole numbers: already reported
        }
        if (numerator == null || denominator == null) {
            row.error(ErrorCode.INVALID_VALUE, numerator == null ? "numerator" : "denominator", "give both numerator and denominator, or neither");
            return;
        }
        if (denominator == 0 || numerator > denominator && "percentage".equals(indicator.measure())) {
            row.error(ErrorCode.INVALID_VALUE, "denominator", "the denominator must be positive and not smaller than the numerator");
            return;
        }
        if (value != null) {
            BigDecimal scale = BigDecimal.valueOf("percentage".equals(indicator.measure()) ? 100 : 1000);
            BigDecimal expected = BigDecimal.valueOf(numerator).multiply(scale).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
            if (expected.subtract(value).abs().compareTo(TOLERANCE) > 0) {
                row.error(ErrorCode.INVALID_VALUE, "value", "the value does not agree with numerator and denominator (to within 0.1)");
            }
        }
    }

    private ParsedDataset toDataset(InputFile file, IndicatorDefinition indicator, List<Row> rows) {
        Coh coh = uris.coh();
        Model model = ModelFactory.createDefaultModel();
        Map<Node, Integer> lines = new HashMap<>();
        Resource dataSet = model.createResource(uris.indicator(indicator.id()).getURI());
        Map<String, Period> periods = new HashMap<>();
        for (Row row : rows) {
            Cell cell = row.cell();
            Resource cellNode = model.createResource(uris.observation(indicator.id(), cell.area(), cell.period()).getURI())
                    .addProperty(coh.refArea, uris.area(cell.area()))
                    .addProperty(coh.refPeriod, model.createResource(row.period().uri()));
            lines.put(cellNode.asNode(), cell.line());
            periods.putIfAbsent(row.period().uri(), row.period());
            if (cell.value() != null) {
                cellNode.addProperty(RDF.type, Qb.Observation)
                        .addProperty(Qb.dataSet, dataSet)
                        .addLiteral(coh.value, indicator.isCount()
                                ? model.createTypedLiteral(cell.value().toBigIntegerExact())
                                : model.createTypedLiteral(cell.value()));
                if (row.status() != null) {
                    cellNode.addProperty(coh.obsStatus, uris.concept("obs-status", row.status()));
                }
            } else {
                String status = cell.suppressed() ? "suppressed" : NOT_AVAILABLE;
                cellNode.addProperty(RDF.type, coh.EmptyCell)
                        .addProperty(coh.cellOf, dataSet)
                        .addProperty(coh.obsStatus, uris.concept("obs-status", status));
            }
        }
        for (Period p : periods.values()) {
            model.createResource(p.uri())
                    .addProperty(RDFS.label, p.label())
                    .addProperty(coh.periodStart, p.start().toString(), XSDDatatype.XSDdate)
                    .addProperty(coh.periodEnd, p.end().toString(), XSDDatatype.XSDdate);
        }
        return new ParsedDataset(file, model, rows.size(), lines, indicator.label() + " (observations)");
    }

}
