package org.opencohesion.api.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencohesion.api.model.ObservationStatus;

/**
 * One indicator's published cells as a grid: areas (by code) down, periods (earliest first)
 * across, for downloads and charts. A cell that was never published has no status; a suppressed
 * or unavailable one has its status and no value. Immutable.
 *
 * @param areaCodes the areas observed, in code order
 * @param periods   the periods observed, by start then end
 * @param values    {@code values[area][period]}, {@code null} where there is no value
 * @param statuses  {@code statuses[area][period]}, {@code null} where no cell was published
 */
public record IndicatorGrid(String indicatorId, List<String> areaCodes, List<Period> periods,
                            BigDecimal[][] values, ObservationStatus[][] statuses, Map<String, Integer> rowOf) {
    /** A period as published: {@code 2023/24}, from 2023-04-01 to 2024-03-31. */
    public record Period(String label, LocalDate start, LocalDate end) {}

    /** The row of an area, or -1 when the indicator has no cell for it. */
    public int row(String areaCode) {
        return rowOf.getOrDefault(areaCode, -1);
    }

    public BigDecimal value(int row, int period) {
        return values[row][period];
    }

    public ObservationStatus status(int row, int period) {
        return statuses[row][period];
    }
}
