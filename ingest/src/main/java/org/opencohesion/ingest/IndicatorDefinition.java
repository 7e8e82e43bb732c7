package org.opencohesion.ingest;

/**
 * What ingest must know of an indicator to publish its observations safely.
 *
 * @param measure   {@code count}, {@code percentage}, {@code rate-per-1000} or {@code score}
 * @param threshold counts (or numerators) above 0 and below this are suppressed; 0 disables suppression
 * @param rounding  published counts are rounded to a multiple of this
 */
public record IndicatorDefinition(String id, String label, String measure, int threshold, int rounding) {
    public boolean isCount() {
        return "count".equals(measure);
    }

    /** Percentages and rates may carry a numerator and denominator. */
    public boolean isRatio() {
        return "percentage".equals(measure) || "rate-per-1000".equals(measure);
    }
}
