package org.opencohesion.api.downloads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.opencohesion.api.csvw.CsvwTable;
import org.opencohesion.api.http.CsvColumn;
import org.opencohesion.api.indicators.IndicatorGrid;
import org.opencohesion.api.model.Area;
import org.opencohesion.api.model.Indicator;
import org.opencohesion.api.model.ObservationStatus;
import org.opencohesion.api.readmodel.ReadModel;

/**
 * An indicator's cells as a table for a spreadsheet, in one of two layouts, with the columns its
 * CSV is written from and its CSVW metadata describes. Knows no HTTP.
 *
 * <ul>
 *   <li>{@link Layout#WIDE}: a row per area (code, name, level), a value column per period
 *       (earliest first), then a status column per period ({@code 2023 status}) that is empty
 *       for an ordinary figure and says {@code suppressed}, {@code provisional}, ... otherwise.
 *       An empty value with an empty status means nothing was published for that cell.</li>
 *   <li>{@link Layout#LONG}: a row per published cell: area code and name, period with its start
 *       and end dates, value and status.</li>
 * </ul>
 * A suppressed cell's value is empty in both: suppressed values are never stored.
 */
public final class IndicatorTables {
    /** How the table is laid out. */
    public enum Layout {
        WIDE, LONG;

        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A table's columns over its row numbers, and those row numbers. */
    public record Table(CsvwTable<Integer> schema, List<Integer> rows) {}

    private IndicatorTables() {}

    public static Table of(ReadModel model, Indicator indicator, IndicatorGrid grid, Layout layout) {
        return layout == Layout.WIDE ? wide(model, indicator, grid) : longForm(model, indicator, grid);
    }

    private static Table wide(ReadModel model, Indicator indicator, IndicatorGrid grid) {
        List<CsvColumn<Integer>> columns = new ArrayList<>(area(model, grid, r -> r));
        columns.add(CsvColumn.<Integer>text("area_level", r -> model.area(grid.areaCodes().get(r)).map(Area::getLevel).orElse(null))
                .property("/def/cohesion#level").valueUrl("/def/area-level/{area_level}"));
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("area_code", "The area's ONS GSS code.");
        int periods = grid.periods().size();
        for (int p = 0; p < periods; p++) {
            int column = p;
            IndicatorGrid.Period period = grid.periods().get(p);
            columns.add(CsvColumn.number(period.label(), r -> grid.value(r, column)));
            notes.put(period.label(), indicator.getLabel() + unit(indicator) + ", " + period.label() + " (" + period.start() + " to " + period.end()
                    + "). Empty when suppressed, not available or not published: see the column '" + statusTitle(period) + "'.");
        }
        for (int p = 0; p < periods; p++) {
            int column = p;
            IndicatorGrid.Period period = grid.periods().get(p);
            columns.add(CsvColumn.text(statusTitle(period), r -> unusual(grid.status(r, column))));
            notes.put(statusTitle(period), "Empty for an ordinary figure; otherwise why the figure for " + period.label()
                    + " is missing or may change: suppressed (below the disclosure threshold), not-available, provisional, revised or estimated.");
        }
        CsvwTable<Integer> schema = new CsvwTable<>(indicator.getLabel() + " by area and period",
                "One row per area, one column per period" + unit(indicator) + ", then one status column per period. " + suppression(indicator),
                columns, List.of("area_code"), notes);
        return new Table(schema, IntStream.range(0, grid.areaCodes().size()).boxed().toList());
    }

    private static Table longForm(ReadModel model, Indicator indicator, IndicatorGrid grid) {
        int periods = Math.max(1, grid.periods().size());
        List<Integer> cells = new ArrayList<>();
        for (int r = 0; r < grid.areaCodes().size(); r++) {
            for (int p = 0; p < grid.periods().size(); p++) {
                if (grid.status(r, p) != null) {
                    cells.add(r * periods + p);
                }
            }
        }
        List<CsvColumn<Integer>> columns = new ArrayList<>(area(model, grid, i -> i / periods));
        columns.add(CsvColumn.<Integer>text("period", i -> grid.periods().get(i % periods).label()).required());
        columns.add(CsvColumn.<Integer>date("period_start", i -> grid.periods().get(i % periods).start()).required()
                .property("/def/cohesion#periodStart"));
        columns.add(CsvColumn.<Integer>date("period_end", i -> grid.periods().get(i % periods).end()).required()
                .property("/def/cohesion#periodEnd"));
        columns.add(CsvColumn.<Integer>number("value", i -> grid.value(i / periods, i % periods)).property("/def/cohesion#value"));
        columns.add(CsvColumn.<Integer>text("status", i -> grid.status(i / periods, i % periods)).required()
                .property("/def/cohesion#obsStatus").valueUrl("/def/obs-status/{status}"));
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("value", indicator.getLabel() + unit(indicator) + ". Empty when the cell is suppressed or not available.");
        notes.put("status", "normal, provisional, revised, estimated, not-available or suppressed (below the disclosure threshold: no value is published).");
        CsvwTable<Integer> schema = new CsvwTable<>(indicator.getLabel() + ", one row per area and period",
                "One row per published figure. " + suppression(indicator), columns, List.of("area_code", "period"), notes);
        return new Table(schema, cells);
    }

    /** The area code and name columns, for rows whose area is {@code row.apply(rowNumber)}. */
    private static List<CsvColumn<Integer>> area(ReadModel model, IndicatorGrid grid, java.util.function.IntUnaryOperator row) {
        return List.of(
                CsvColumn.<Integer>text("area_code", i -> grid.areaCodes().get(row.applyAsInt(i))).required()
                        .property("/def/cohesion#refArea").valueUrl("/id/area/{area_code}"),
                CsvColumn.<Integer>text("area_name", i -> {
                    String code = grid.areaCodes().get(row.applyAsInt(i));
                    return model.area(code).map(Area::getName).orElse(code);
                }).required());
    }

    private static String statusTitle(IndicatorGrid.Period period) {
        return period.label() + " status";
    }

    private static Object unusual(ObservationStatus s) {
        return s == null || s == ObservationStatus.NORMAL ? null : s;
    }

    private static String unit(Indicator i) {
        return i.getUnit() == null ? "" : " (" + i.getUnit() + ")";
    }

    private static String suppression(Indicator i) {
        Integer t = i.getDisclosureThreshold();
        return t == null || t == 0 ? "" : "Counts below " + t + " are suppressed to protect people's privacy: their value is empty and their status is 'suppressed'.";
    }
}
