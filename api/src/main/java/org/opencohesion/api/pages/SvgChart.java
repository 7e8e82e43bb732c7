package org.opencohesion.api.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Line and bar charts drawn on the server as SVG: no script, no network, readable by screen
 * readers. Each chart is an {@code <svg role="img" aria-labelledby>} naming its {@code <title>} and
 * {@code <desc>} (which lists every figure), with axes, tick labels and a legend. A missing value
 * (suppressed or not available) is a gap in its line, never a zero. Every point and bar carries
 * its own {@code <title>} for a tooltip.
 */
final class SvgChart {
    /** One line: its name and a value per category, {@code null} for a gap. */
    record Series(String name, List<BigDecimal> values) {}

    private static final String[] COLOURS = {"#1d70b8", "#d4351c", "#00703c", "#6f3c97", "#b58840", "#28a197", "#f47738", "#505a5f"};
    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "", "6 3", "2 3", "8 3 2 3"};
    private static final int WIDTH = 640;
    private static final int LEFT = 64;
    private static final int RIGHT = 40;
    private static final int TOP = 16;
    private static final int PLOT_HEIGHT = 220;

    private SvgChart() {}

    /**
     * A line chart of {@code series} over {@code categories} (periods, earliest first).
     *
     * @param id    unique within the page; names the title and description elements
     * @param title what the chart shows, as a sentence
     * @param unit  the unit of the values, for the axis and the description (may be {@code null})
     */
    static String line(String id, String title, String unit, List<String> categories, List<Series> series) {
        double max = 0;
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        double[] ticks = ticks(max);
        double top = ticks[ticks.length - 1];
        int legendRows = series.size() > 1 ? series.size() : 0;
        int height = TOP + PLOT_HEIGHT + 48 + legendRows * 18;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int n = categories.size();
        double step = n <= 1 ? 0 : (double) plotWidth / (n - 1);
        Html h = new Html();
        open(h, id, title, description(unit, categories, series), height);
        axes(h, ticks, top, unit);
        for (int c = 0; c < n; c++) {
            double x = n == 1 ? LEFT + plotWidth / 2.0 : LEFT + c * step;
            h.open("text", "x", fmt(x), "y", fmt(TOP + PLOT_HEIGHT + 18), "text-anchor", "middle", "class", "tick").text(categories.get(c)).raw("</text>\n");
        }
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            h.open("g", "class", "series", "data-series", one.name());
            // a polyline per run of values: a gap where a value is missing
            List<String> run = new ArrayList<>();
            for (int c = 0; c <= n; c++) {
                BigDecimal v = c < n ? one.values().get(c) : null;
                if (v != null) {
                    double x = n == 1 ? LEFT + plotWidth / 2.0 : LEFT + c * step;
                    run.add(fmt(x) + "," + fmt(y(v.doubleValue(), top)));
                } else {
                    if (run.size() > 1) {
                        h.open("polyline", "points", String.join(" ", run), "fill", "none", "stroke", colour, "stroke-width", "2.5",
                                "stroke-dasharray", DASHES[s % DASHES.length].isEmpty() ? null : DASHES[s % DASHES.length]).raw("</polyline>\n");
                    }
                    run.clear();
                }
            }
            for (int c = 0; c < n; c++) {
                BigDecimal v = one.values().get(c);
                double x = n == 1 ? LEFT + plotWidth / 2.0 : LEFT + c * step;
                if (v != null) {
                    h.open("circle", "class", "point", "cx", fmt(x), "cy", fmt(y(v.doubleValue(), top)), "r", "4", "fill", colour)
                            .open("title").text(one.name() + ", " + categories.get(c) + ": " + number(v) + unitSuffix(unit)).raw("</title></circle>\n");
                } else {
                    // a gap: a faint dashed rule through the whole plot, so a missing figure reads as missing, never as zero
                    h.open("line", "class", "gap", "x1", fmt(x), "y1", Integer.toString(TOP), "x2", fmt(x), "y2", Integer.toString(TOP + PLOT_HEIGHT),
                                    "stroke", colour, "stroke-opacity", "0.5", "stroke-width", "2", "stroke-dasharray", "3 4")
                            .open("title").text(one.name() + ", " + categories.get(c) + ": no figure published").raw("</title></line>\n");
                }
            }
            h.close("g");
        }
        if (legendRows > 0) {
            int y = TOP + PLOT_HEIGHT + 40;
            for (int s = 0; s < series.size(); s++) {
                String colour = COLOURS[s % COLOURS.length];
                int ly = y + s * 18;
                h.open("line", "x1", Integer.toString(LEFT), "y1", Integer.toString(ly - 4), "x2", Integer.toString(LEFT + 24), "y2", Integer.toString(ly - 4),
                        "stroke", colour, "stroke-width", "2.5", "stroke-dasharray", DASHES[s % DASHES.length].isEmpty() ? null : DASHES[s % DASHES.length]).raw("</line>");
                h.open("text", "x", Integer.toString(LEFT + 30), "y", Integer.toString(ly), "class", "legend").text(series.get(s).name()).raw("</text>\n");
            }
        }
        return h.raw("</svg>\n").toString();
    }

    /** A horizontal bar chart of counts by category. */
    static String bars(String id, String title, List<String> categories, List<Integer> counts) {
        int barHeight = 22;
        int gap = 8;
        int labelWidth = 200;
        int height = TOP + categories.size() * (barHeight + gap) + 8;
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(1);
        double[] ticks = ticks(max);
        double scale = (WIDTH - labelWidth - RIGHT - 40) / ticks[ticks.length - 1];
        StringBuilder desc = new StringBuilder();
        for (int i = 0; i < categories.size(); i++) {
            desc.append(i == 0 ? "" : "; ").append(categories.get(i)).append(": ").append(counts.get(i));
        }
        Html h = new Html();
        open(h, id, title, desc.append('.').toString(), height);
        for (int i = 0; i < categories.size(); i++) {
            int y = TOP + i * (barHeight + gap);
            double w = Math.max(1, counts.get(i) * scale);
            h.open("text", "x", Integer.toString(labelWidth - 8), "y", Integer.toString(y + 16), "text-anchor", "end", "class", "tick").text(categories.get(i)).raw("</text>");
            h.open("rect", "class", "bar", "x", Integer.toString(labelWidth), "y", Integer.toString(y), "width", fmt(w), "height", Integer.toString(barHeight), "fill", COLOURS[0])
                    .open("title").text(categories.get(i) + ": " + counts.get(i)).raw("</title></rect>");
            h.open("text", "x", fmt(labelWidth + w + 6), "y", Integer.toString(y + 16), "class", "tick").text(counts.get(i)).raw("</text>\n");
        }
        return h.raw("</svg>\n").toString();
    }

    private static void open(Html h, String id, String title, String description, int height) {
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
                "viewBox", "0 0 " + WIDTH + " " + height, "width", "100%", "preserveAspectRatio", "xMinYMin meet", "id", id);
        h.open("title", "id", id + "-title").text(title).raw("</title>\n");
        h.open("desc", "id", id + "-desc").text(description).raw("</desc>\n");
    }

    private static void axes(Html h, double[] ticks, double top, String unit) {
        int right = WIDTH - RIGHT;
        for (double t : ticks) {
            double y = y(t, top);
            h.open("line", "x1", Integer.toString(LEFT), "y1", fmt(y), "x2", Integer.toString(right), "y2", fmt(y), "class", "grid").raw("</line>");
            h.open("text", "x", Integer.toString(LEFT - 6), "y", fmt(y + 4), "text-anchor", "end", "class", "tick").text(number(BigDecimal.valueOf(t))).raw("</text>\n");
        }
        h.open("line", "x1", Integer.toString(LEFT), "y1", Integer.toString(TOP), "x2", Integer.toString(LEFT), "y2", Integer.toString(TOP + PLOT_HEIGHT), "class", "axis").raw("</line>");
        h.open("line", "x1", Integer.toString(LEFT), "y1", Integer.toString(TOP + PLOT_HEIGHT), "x2", Integer.toString(right), "y2", Integer.toString(TOP + PLOT_HEIGHT), "class", "axis").raw("</line>\n");
        if (unit != null && !unit.isBlank()) {
            h.open("text", "x", "12", "y", Integer.toString(TOP + PLOT_HEIGHT / 2), "transform", "rotate(-90 12 " + (TOP + PLOT_HEIGHT / 2) + ")",
                    "text-anchor", "middle", "class", "tick").text(unit).raw("</text>\n");
        }
    }

    /** Every figure in words, for screen readers: the chart's {@code <desc>}. */
    private static String description(String unit, List<String> categories, List<Series> series) {
        StringBuilder d = new StringBuilder();
        for (Series s : series) {
            d.append(s.name()).append(": ");
            for (int c = 0; c < categories.size(); c++) {
                BigDecimal v = s.values().get(c);
                d.append(c == 0 ? "" : ", ").append(categories.get(c)).append(' ').append(v == null ? "no figure" : number(v) + unitSuffix(unit));
            }
            d.append(". ");
        }
        return d.toString().trim();
    }

    private static String unitSuffix(String unit) {
        return unit == null || unit.isBlank() ? "" : " " + unit;
    }

    private static double y(double value, double top) {
        return TOP + PLOT_HEIGHT - (top <= 0 ? 0 : value / top * PLOT_HEIGHT);
    }

    /** Round tick values from 0 to at least {@code max}: 4 to 6 steps of 1, 2 or 5 times a power of ten. */
    static double[] ticks(double max) {
        if (max <= 0) {
            return new double[] {0, 1};
        }
        double rough = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = power * (rough / power <= 1 ? 1 : rough / power <= 2 ? 2 : rough / power <= 5 ? 5 : 10);
        int count = (int) Math.ceil(max / step - 1e-9);
        double[] ticks = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            ticks[i] = i * step;
        }
        return ticks;
    }

    static String number(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0, RoundingMode.UNNECESSARY);
        }
        return s.toPlainString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
