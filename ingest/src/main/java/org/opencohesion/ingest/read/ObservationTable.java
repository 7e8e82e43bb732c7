package org.opencohesion.ingest.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.opencohesion.ingest.DisclosureControl;
import org.opencohesion.ingest.DisclosureControl.Cell;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.IndicatorDefinition;
import org.opencohesion.ingest.IngestContext;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.Period;
import org.opencohesion.ingest.SourceText;
import org.opencohesion.ingest.csv.Column;
import org.opencohesion.ingest.csv.CsvRow;
import org.opencohesion.ingest.csv.CsvTable;

/**
 * The cells of one {@code observations/{indicator}.csv}, each row checked against the contract
 * and the areas known to the ingest as it is read, then put through {@link DisclosureControl}
 * (which needs every cell of the indicator at once, so one file's cells are held, compactly, but
 * never its triples).
 *
 * <p>Error messages here never quote a cell: any value might be one that must be suppressed.
 */
final class ObservationTable {
    private static final List<Column> COLUMNS = List.of(
            Column.required("area"), Column.required("period"), Column.optional("value"),
            Column.optional("numerator"), Column.optional("denominator"), Column.optional("status"));
    private static final BigDecimal TOLERANCE = new BigDecimal("0.1");
    static final String NOT_AVAILABLE = "not-available";

    /** One checked row, after disclosure control. */
    record Row(Cell cell, Period period, String status) {}

    private ObservationTable() {}

    /**
     * Reads and checks every row, recording errors in {@code errors}, then applies disclosure control.
     *
     * @param counting wraps the per-row step, e.g. to report progress ({@link IngestContext#counting})
     * @return the rows without errors, or {@code null} when the file could not be decoded
     */
    static List<Row> read(InputFile file, IndicatorDefinition indicator, IngestContext context, InputErrors errors,
                          UnaryOperator<Consumer<CsvRow>> counting) {
        String text = SourceText.decode(file, errors);
        if (text == null) {
            return null;
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        CsvTable.read(file, text, COLUMNS, errors, false, counting.apply(row -> {
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
        return rows;
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
}
