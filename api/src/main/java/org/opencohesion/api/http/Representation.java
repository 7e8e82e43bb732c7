package org.opencohesion.api.http;

import java.util.List;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;

/** The two representations the REST API serves, and content negotiation between them. */
public enum Representation {
    JSON("application/json"),
    CSV("text/csv");

    private final String mediaType;

    Representation(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * Picks what to send: {@code ?format=} wins, then the {@code Accept} header (with q-values and
     * wildcards); JSON when nothing is asked. Lists offer JSON and CSV, single resources JSON.
     *
     * @param format the {@code format} query parameter, or {@code null}
     * @param accept the {@code Accept} header, or {@code null}
     * @throws ClientError 400 for an unknown {@code format}, 406 when nothing acceptable is offered
     */
    static Representation negotiate(String format, String accept, boolean offersCsv) {
        if (format != null) {
            return switch (format) {
                case "json" -> JSON;
                case "csv" -> {
                    if (!offersCsv) {
                        throw ClientError.badRequest("format", "this resource is JSON only; format must be 'json'");
                    }
                    yield CSV;
                }
                default -> throw ClientError.badRequest("format", "format must be 'json'" + (offersCsv ? " or 'csv'" : "") + ", not '" + format + "'");
            };
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<Representation> offered = offersCsv ? List.of(JSON, CSV) : List.of(JSON);
        Representation best = null;
        double bestQ = 0;
        for (Representation r : offered) {
            double q = quality(accept, r.mediaType);
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        if (best == null) {
            throw new ClientError(Problem.of(406, "not-acceptable", "Not acceptable",
                    "this resource is available as " + String.join(" or ", offered.stream().map(Representation::mediaType).toList())));
        }
        return best;
    }

    /** The q-value {@code accept} gives {@code mediaType}: see {@link AcceptHeader#quality}. */
    static double quality(String accept, String mediaType) {
        return AcceptHeader.quality(accept, mediaType);
    }
}
