package org.opencohesion.api.http;

import java.util.Locale;

/**
 * Reads an HTTP {@code Accept} header (RFC 9110 §12.5.1) for the q-value it gives one media type.
 * Every negotiator of the service (REST representations, linked-data formats) asks it.
 */
public final class AcceptHeader {
    private AcceptHeader() {}

    /**
     * The q-value {@code accept} gives {@code mediaType}: the most specific matching range decides
     * ({@code type/subtype} over {@code type/*} over {@code *}{@code /*}); 0 when none matches.
     */
    public static double quality(String accept, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int bestSpecificity = 0;
        double bestQ = 0;
        for (String part : accept.split(",")) {
            String[] params = part.trim().split(";");
            String range = params[0].trim().toLowerCase(Locale.ROOT);
            int specificity = range.equals(mediaType) ? 3 : range.equals(type + "/*") ? 2 : range.equals("*/*") ? 1 : 0;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                bestQ = q(params);
            }
        }
        return bestQ;
    }

    private static double q(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String p = params[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
