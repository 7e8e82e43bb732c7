package org.opencohesion.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic made-up values for one indicator: a row per small area (ward or LSOA) and period,
 * and a row per local authority and period that adds its small areas up (so secondary suppression
 * has parents to protect).
 */
final class SyntheticObservations {
    /** Share of small-area cells published as not-available, so gaps appear as they do in real data. */
    private static final double NOT_AVAILABLE_SHARE = 0.003;

    /** One row of {@code observations/{indicator}.csv}; {@code null} fields are left empty. */
    record Row(String area, String period, String value, Long numerator, Long denominator, String status) {}

    private final Geography geography;
    private final Map<String, Double> weights;
    private final List<String> periods;

    SyntheticObservations(Geography geography, List<String> periods, long seed) {
        this.geography = geography;
        this.periods = List.copyOf(periods);
        this.weights = new HashMap<>();
        Random random = new Random(seed);
        // An area's weight stands for its population: the same for every indicator, so a big area is big everywhere.
        for (Area area : geography.smallAreas()) {
            weights.put(area.code(), 0.4 + 1.6 * random.nextDouble());
        }
    }

    List<Row> rowsFor(SyntheticIndicator indicator, long seed) {
        Random random = new Random(seed);
        Map<String, Totals> authorityTotals = new LinkedHashMap<>();
        List<Row> smallAreaRows = new ArrayList<>();
        for (Area area : geography.smallAreas()) {
            double weight = weights.get(area.code());
            for (int p = 0; p < periods.size(); p++) {
                String period = periods.get(p);
                Totals totals = authorityTotals.computeIfAbsent(area.parent() + " " + period, k -> new Totals());
                if (random.nextDouble() < NOT_AVAILABLE_SHARE) {
                    smallAreaRows.add(new Row(area.code(), period, null, null, null, "not-available"));
                    continue;
                }
                double trend = 1 + 0.03 * (p - periods.size() / 2);
                Row row = indicator.isCount()
                        ? countRow(area.code(), period, indicator.typical() * weight * trend, random)
                        : percentageRow(area.code(), period, indicator.typical() * trend, weight, random);
                totals.add(row);
                smallAreaRows.add(withStatus(row, p));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Area authority : geography.localAuthorities()) {
            for (int p = 0; p < periods.size(); p++) {
                Totals totals = authorityTotals.get(authority.code() + " " + periods.get(p));
                if (totals != null && totals.cells > 0) {
                    rows.add(withStatus(totals.row(authority.code(), periods.get(p), indicator.isCount()), p));
                }
            }
        }
        rows.addAll(smallAreaRows);
        return rows;
    }

    private Row withStatus(Row row, int periodIndex) {
        boolean latest = periodIndex == periods.size() - 1;
        return latest ? new Row(row.area(), row.period(), row.value(), row.numerator(), row.denominator(), "provisional") : row;
    }

    private static Row countRow(String area, String period, double mean, Random random) {
        long count = Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        return new Row(area, period, Long.toString(count), null, null, null);
    }

    private static Row percentageRow(String area, String period, double meanPercent, double weight, Random random) {
        long respondents = Math.max(8, Math.round(weight * (30 + 150 * random.nextDouble())));
        double share = Math.min(0.99, Math.max(0.01, meanPercent / 100 + 0.08 * random.nextGaussian()));
        long agreeing = Math.round(respondents * share);
        return new Row(area, period, percent(agreeing, respondents), agreeing, respondents, null);
    }

    private static String percent(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** What a local authority's wards add up to in one period. */
    private static final class Totals {
        private int cells;
        private long count;
        private long numerator;
        private long denominator;

        void add(Row row) {
            cells++;
            if (row.numerator() != null) {
                numerator += row.numerator();
                denominator += row.denominator();
            } else {
                count += Long.parseLong(row.value());
            }
        }

        Row row(String area, String period, boolean isCount) {
            return isCount
                    ? new Row(area, period, Long.toString(count), null, null, null)
                    : new Row(area, period, percent(numerator, denominator), numerator, denominator, null);
        }
    }
}
