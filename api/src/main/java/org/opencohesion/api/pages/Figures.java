package org.opencohesion.api.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opencohesion.api.indicators.IndicatorGrid;
import org.opencohesion.api.model.Indicator;
import org.opencohesion.api.model.ObservationStatus;
import org.opencohesion.api.readmodel.ReadModel;

/** Charts of indicators as figures: the SVG, a caption, and a note on every gap. */
final class Figures {
    private Figures() {}

    /** How a status reads in a note or a table cell. */
    static String status(ObservationStatus s, Indicator indicator) {
        if (s == null) {
            return "not published";
        }
        return switch (s) {
            case SUPPRESSED -> "suppressed" + (indicator.getDisclosureThreshold() == null || indicator.getDisclosureThreshold() == 0 ? ""
                    : " (fewer than " + indicator.getDisclosureThreshold() + ")");
            case NOT_AVAILABLE -> "not available";
            default -> s.getValue().toLowerCase(Locale.ROOT);
        };
    }

    /** One area's figures for an indicator over time, with a note naming each missing period and why. */
    static String area(String id, String href, Indicator indicator, IndicatorGrid grid, String areaCode, String areaName) {
        int row = grid.row(areaCode);
        List<String> periods = grid.periods().stream().map(IndicatorGrid.Period::label).toList();
        List<BigDecimal> values = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            values.add(grid.value(row, p));
            ObservationStatus s = grid.status(row, p);
            if (grid.value(row, p) == null) {
                gaps.add(periods.get(p) + ": " + status(s, indicator));
            } else if (s != null && s != ObservationStatus.NORMAL) {
                flags.add(periods.get(p) + ": " + status(s, indicator));
            }
        }
        String title = indicator.getLabel() + " in " + areaName + ", " + periods.get(0) + " to " + periods.get(periods.size() - 1);
        Html h = new Html();
        h.open("figure", "class", "indicator", "data-indicator", indicator.getId());
        h.open("figcaption").a(href, indicator.getLabel()).text(unit(indicator)).raw("</figcaption>\n");
        h.raw(SvgChart.line(id, title, indicator.getUnit(), periods, List.of(new SvgChart.Series(areaName, values))));
        if (!gaps.isEmpty()) {
            h.el("p", "Gaps in the line have no published figure: " + String.join("; ", gaps) + "."
                    + (gaps.stream().anyMatch(g -> g.contains("suppressed")) ? " Small counts are suppressed to protect people's privacy." : ""),
                    "class", "note gaps");
        }
        if (!flags.isEmpty()) {
            h.el("p", "Figures that may change: " + String.join("; ", flags) + ".", "class", "note");
        }
        return h.close("figure").toString();
    }

    /** Several areas' figures on one chart (at most {@code limit} lines), for an indicator's page. */
    static String areas(String id, Indicator indicator, IndicatorGrid grid, ReadModel model, List<String> areaCodes, String what) {
        List<String> periods = grid.periods().stream().map(IndicatorGrid.Period::label).toList();
        List<SvgChart.Series> series = new ArrayList<>();
        for (String code : areaCodes) {
            int row = grid.row(code);
            List<BigDecimal> values = new ArrayList<>();
            for (int p = 0; p < periods.size(); p++) {
                values.add(grid.value(row, p));
            }
            series.add(new SvgChart.Series(model.area(code).map(a -> a.getName()).orElse(code), values));
        }
        String title = indicator.getLabel() + " by " + what + ", " + periods.get(0) + " to " + periods.get(periods.size() - 1);
        Html h = new Html();
        h.open("figure", "class", "indicator", "data-indicator", indicator.getId());
        h.open("figcaption").text(indicator.getLabel() + unit(indicator) + " by " + what).raw("</figcaption>\n");
        h.raw(SvgChart.line(id, title, indicator.getUnit(), periods, series));
        h.el("p", "A gap in a line means no figure was published for that period (suppressed or not available): see the table.", "class", "note");
        return h.close("figure").toString();
    }

    static String unit(Indicator i) {
        return i.getUnit() == null || i.getUnit().isBlank() ? "" : " (" + i.getUnit() + ")";
    }
}
