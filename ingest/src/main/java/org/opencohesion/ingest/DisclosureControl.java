package org.opencohesion.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Statistical disclosure control for one indicator's cells (INPUT-FORMATS.md), applied before
 * anything is stored: primary suppression of small counts (or small numerators), rounding of
 * counts, then secondary suppression so a hidden child value cannot be recovered by subtracting
 * its siblings from the parent.
 *
 * <p>A suppressed cell's value, numerator and denominator are set to {@code null} here; nothing
 * downstream ever sees them.
 */
public final class DisclosureControl {

    /** One (area, period) cell. Mutable only until {@link #apply} returns. */
    public static final class Cell {
        final String area;
        final String period;
        final int line;
        BigDecimal value;
        Long numerator;
        Long denominator;
        boolean suppressed;

        public Cell(String area, String period, int line, BigDecimal value, Long numerator, Long denominator) {
            this.area = area;
            this.period = period;
            this.line = line;
            this.value = value;
            this.numerator = numerator;
            this.denominator = denominator;
        }

        public String area() { return area; }
        public String period() { return period; }
        public int line() { return line; }
        /** The value to publish, or {@code null} when suppressed or not given. */
        public BigDecimal value() { return value; }
        public boolean suppressed() { return suppressed; }

        void suppress() {
            suppressed = true;
            value = null;
            numerator = null;
            denominator = null;
        }
    }

    private DisclosureControl() {}

    /**
     * Applies all three steps to {@code cells} in place.
     *
     * @param parentOf the parent area of an area, as far as the store and this ingest know
     */
    public static void apply(IndicatorDefinition indicator, List<Cell> cells, Function<String, Optional<String>> parentOf) {
        for (Cell cell : cells) {
            if (isSmall(primaryCount(indicator, cell), indicator.threshold())) {
                cell.suppress();
            }
            // Numerator and denominator are only ever used to check the value; never published.
            cell.numerator = null;
            cell.denominator = null;
        }
        if (indicator.isCount() && indicator.rounding() > 1) {
            BigDecimal step = BigDecimal.valueOf(indicator.rounding());
            for (Cell cell : cells) {
                if (cell.value != null) {
                    cell.value = cell.value.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
                }
            }
        }
        if (indicator.isCount() && indicator.threshold() > 0) {
            suppressSecondary(cells, parentOf);
        }
    }

    /** The number primary suppression looks at: the count itself, or a ratio's numerator. */
    private static BigDecimal primaryCount(IndicatorDefinition indicator, Cell cell) {
        if (indicator.isCount()) {
            return cell.value;
        }
        if (indicator.isRatio() && cell.numerator != null) {
            return BigDecimal.valueOf(cell.numerator);
        }
        return null;
    }

    private static boolean isSmall(BigDecimal count, int threshold) {
        return count != null && threshold > 0 && count.signum() > 0 && count.compareTo(BigDecimal.valueOf(threshold)) < 0;
    }

    /**
     * Wherever a published parent has exactly one suppressed child in a period, suppress the
     * sibling with the smallest published value too. Zero siblings are passed over (hiding a
     * zero hides nothing: parent − others would still give the suppressed value); if no
     * non-zero sibling is left, the parent itself is suppressed. Repeats until nothing changes,
     * because each new suppression may expose a cell one level up.
     */
    private static void suppressSecondary(List<Cell> cells, Function<String, Optional<String>> parentOf) {
        Map<String, Cell> byAreaPeriod = new HashMap<>();
        Map<String, List<Cell>> childrenOf = new HashMap<>(); // parent area + period → cells
        for (Cell cell : cells) {
            byAreaPeriod.put(cell.area + "\u0000" + cell.period, cell);
            parentOf.apply(cell.area).ifPresent(p -> childrenOf.computeIfAbsent(p + "\u0000" + cell.period, k -> new ArrayList<>()).add(cell));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, List<Cell>> family : childrenOf.entrySet()) {
                Cell parent = byAreaPeriod.get(family.getKey());
                if (parent == null || parent.value == null) {
                    continue;
                }
                List<Cell> children = family.getValue();
                if (children.stream().filter(c -> c.suppressed).count() != 1) {
                    continue;
                }
                Optional<Cell> sibling = children.stream()
                        .filter(c -> c.value != null && c.value.signum() > 0)
                        .min(Comparator.comparing((Cell c) -> c.value).thenComparing(c -> c.area));
                if (sibling.isPresent()) {
                    sibling.get().suppress();
                } else {
                    parent.suppress();
                }
                changed = true;
            }
        }
    }
}
