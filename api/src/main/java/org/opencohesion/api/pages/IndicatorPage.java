package org.opencohesion.api.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencohesion.api.indicators.IndicatorGrid;
import org.opencohesion.api.linkeddata.DocumentPath;
import org.opencohesion.api.model.Area;
import org.opencohesion.api.model.AreaLevel;
import org.opencohesion.api.model.Indicator;
import org.opencohesion.api.model.ObservationStatus;

/**
 * An indicator: what it measures, a chart of its broadest areas over time, and a table of every
 * area by period, sorted by any column through plain links ({@code ?sort=-2023}), so sorting
 * needs no script.
 */
final class IndicatorPage {
    private static final int MAX_LINES = 8;

    private IndicatorPage() {}

    static byte[] render(Pages.Site site, DocumentPath path, Indicator indicator, String sort, String linked) {
        IndicatorGrid grid = site.cubes().grid(site.model(), indicator.getId());
        Html h = new Html();
        if (indicator.getDescription() != null) {
            h.open("p", "class", "lead").text(indicator.getDescription()).raw("</p>\n");
        }
        h.raw("<dl class=\"facts\">\n").el("dt", "Measure").el("dd", AreaPage.words(indicator.getMeasure().getValue()) + Figures.unit(indicator));
        if (indicator.getTheme() != null) {
            h.el("dt", "Theme").open("dd").a(site.base() + "/def/theme/" + indicator.getTheme().getValue(), AreaPage.words(indicator.getTheme().getValue())).raw("</dd>\n");
        }
        if (indicator.getSource() != null) {
            h.el("dt", "Source").open("dd").a(indicator.getSource().toString(), indicator.getSource().toString()).raw("</dd>\n");
        }
        if (indicator.getDisclosureThreshold() != null && indicator.getDisclosureThreshold() > 0) {
            h.el("dt", "Privacy").el("dd", "Counts below " + indicator.getDisclosureThreshold() + " are suppressed"
                    + (indicator.getRounding() != null && indicator.getRounding() > 1 ? "; counts are rounded to a multiple of " + indicator.getRounding() : "") + ".");
        }
        h.el("dt", "Coverage").el("dd", grid.areaCodes().size() + " areas, " + grid.periods().size() + " periods"
                + (grid.periods().isEmpty() ? "" : " (" + grid.periods().get(0).label() + " to " + grid.periods().get(grid.periods().size() - 1).label() + ")"));
        h.raw("</dl>\n");
        if (grid.periods().isEmpty()) {
            h.el("p", "No figures are published yet.");
        } else {
            chart(site, h, indicator, grid);
            table(site, h, indicator, grid, sort);
        }
        List<PageFrame.DataLink> data = new ArrayList<>();
        data.add(site.json(indicator.getLabel(), "/api/v1/indicators/" + indicator.getId()));
        data.addAll(site.downloads(indicator.getLabel(), indicator.getId()));
        data.addAll(site.csv("Observations, a page of up to 1000", "/api/v1/indicators/" + indicator.getId() + "/observations", ""));
        return PageFrame.render(site.base(), path, indicator.getLabel(), "Indicator", h.toString(), data, linked);
    }

    /** The areas at the broadest level the indicator has (local authorities before wards), at most {@value #MAX_LINES}. */
    private static void chart(Pages.Site site, Html h, Indicator indicator, IndicatorGrid grid) {
        AreaLevel broadest = grid.areaCodes().stream().map(c -> site.model().area(c).map(Area::getLevel).orElse(null))
                .filter(l -> l != null).min(Comparator.naturalOrder()).orElse(null);
        List<String> codes = grid.areaCodes().stream()
                .filter(c -> broadest == null || site.model().area(c).map(Area::getLevel).orElse(null) == broadest).toList();
        List<String> shown = codes.subList(0, Math.min(MAX_LINES, codes.size()));
        String what = broadest == null ? "area" : AreaPage.words(broadest.getValue()).toLowerCase(java.util.Locale.ROOT);
        h.raw("<section aria-labelledby=\"over-time\">\n<h2 id=\"over-time\">Over time</h2>\n");
        h.raw(Figures.areas("chart-" + indicator.getId(), indicator, grid, site.model(), shown, what));
        if (shown.size() < codes.size()) {
            h.el("p", "The chart shows " + shown.size() + " of " + codes.size() + " areas at this level; the table has them all.", "class", "note");
        }
        h.raw("</section>\n");
    }

    private static void table(Pages.Site site, Html h, Indicator indicator, IndicatorGrid grid, String sort) {
        List<String> periods = grid.periods().stream().map(IndicatorGrid.Period::label).toList();
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        if (!key.equals("code") && !key.equals("level") && !periods.contains(key)) {
            key = "name";
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < grid.areaCodes().size(); r++) {
            rows.add(r);
        }
        rows.sort(order(site, grid, key, descending, periods));
        h.raw("<section aria-labelledby=\"by-area\">\n<h2 id=\"by-area\">Figures by area</h2>\n");
        h.raw("<table class=\"figures\">\n").el("caption", indicator.getLabel() + Figures.unit(indicator) + " by area and period, sorted by "
                + (key.equals("name") ? "area" : key) + (descending ? ", highest first" : key.equals("name") || key.equals("code") || key.equals("level") ? "" : ", lowest first")
                + ". Select a column heading to sort by it.");
        h.raw("<thead><tr>");
        header(h, "Area", "name", key, descending, false);
        header(h, "Code", "code", key, descending, false);
        header(h, "Level", "level", key, descending, false);
        for (String p : periods) {
            header(h, p, p, key, descending, true);
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (int r : rows) {
            String code = grid.areaCodes().get(r);
            Area area = site.model().area(code).orElse(null);
            h.raw("<tr><th scope=\"row\">").a(site.doc("area", code), area == null ? code : area.getName()).raw("</th>");
            h.el("td", code).el("td", area == null ? "" : AreaPage.words(area.getLevel().getValue()));
            for (int p = 0; p < periods.size(); p++) {
                BigDecimal v = grid.value(r, p);
                ObservationStatus s = grid.status(r, p);
                h.open("td", "class", "num");
                if (v != null) {
                    h.text(SvgChart.number(v));
                    if (s != null && s != ObservationStatus.NORMAL) {
                        h.raw(" ").open("span", "class", "status").text(Figures.status(s, indicator)).raw("</span>");
                    }
                } else if (s != null) {
                    h.open("span", "class", "status").text(s == ObservationStatus.SUPPRESSED ? "suppressed" : Figures.status(s, indicator)).raw("</span>");
                }
                h.raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        if (indicator.getDisclosureThreshold() != null && indicator.getDisclosureThreshold() > 0) {
            h.el("p", "Suppressed: fewer than " + indicator.getDisclosureThreshold() + ", withheld to protect people's privacy.", "class", "note");
        }
        h.raw("</section>\n");
    }

    /** A sortable column heading: a link that sorts by the column, the other way when it is already sorted by it. */
    private static void header(Html h, String label, String key, String current, boolean descending, boolean numeric) {
        boolean sorted = key.equals(current);
        String next = sorted ? (descending ? key : "-" + key) : (numeric ? "-" + key : key);
        h.open("th", "scope", "col", "class", numeric ? "num" : null, "aria-sort", sorted ? (descending ? "descending" : "ascending") : null);
        h.a("?sort=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8) + "#by-area", label,
                "title", "Sort by " + label + (next.startsWith("-") ? ", highest first" : ""));
        h.raw(sorted ? (descending ? " ▼" : " ▲") : "").raw("</th>");
    }

    private static Comparator<Integer> order(Pages.Site site, IndicatorGrid grid, String key, boolean descending, List<String> periods) {
        Comparator<Integer> byName = Comparator.comparing((Integer r) -> site.model().area(grid.areaCodes().get(r)).map(Area::getName)
                .orElse(grid.areaCodes().get(r)).toLowerCase(java.util.Locale.ROOT));
        Comparator<Integer> c = switch (key) {
            case "code" -> Comparator.comparing(r -> grid.areaCodes().get(r));
            case "level" -> Comparator.comparing((Integer r) -> site.model().area(grid.areaCodes().get(r)).map(Area::getLevel).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case "name" -> byName;
            default -> {
                int p = periods.indexOf(key);
                Comparator<BigDecimal> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
                // areas without a figure last, whichever the direction
                yield Comparator.comparing((Integer r) -> grid.value(r, p) == null)
                        .thenComparing(r -> grid.value(r, p), Comparator.nullsLast(values));
            }
        };
        boolean valueSort = periods.contains(key);
        if (descending && !valueSort) {
            c = c.reversed();
        }
        return c.thenComparing(byName);
    }
}
