package org.opencohesion.api.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opencohesion.api.http.AcceptHeader;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;

/**
 * The representations a linked-data document is offered in: four RDF syntaxes and an HTML page,
 * each with its media type and the file suffix that selects it ({@code /doc/area/W06000006.ttl}).
 *
 * <pre>{@code
 * RdfFormat format = RdfFormat.bySuffix("ttl").orElseGet(() -> RdfFormat.negotiate(ctx.header("Accept")));
 * }</pre>
 */
public enum RdfFormat {
    TURTLE("text/turtle", "ttl", "Turtle"),
    JSONLD("application/ld+json", "jsonld", "JSON-LD"),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML"),
    NTRIPLES("application/n-triples", "nt", "N-Triples"),
    HTML("text/html", "html", "HTML");

    private final String mediaType;
    private final String suffix;
    private final String label;

    RdfFormat(String mediaType, String suffix, String label) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.label = label;
    }

    public String mediaType() { return mediaType; }
    public String suffix() { return suffix; }
    /** A name for people: "Turtle", "JSON-LD", ... */
    public String label() { return label; }

    /** The {@code Content-Type} sent: the media type, with the charset where the type has one. */
    public String contentType() {
        return switch (this) {
            case HTML -> "text/html; charset=utf-8";
            case TURTLE, NTRIPLES -> mediaType + "; charset=utf-8";
            default -> mediaType;
        };
    }

    public boolean isRdf() {
        return this != HTML;
    }

    /** The format a file suffix ({@code ttl}, {@code jsonld}, {@code rdf}, {@code nt}, {@code html}) names. */
    public static Optional<RdfFormat> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    /**
     * The best format for {@code accept}; Turtle when the header is missing or accepts anything
     * equally (a harvester's {@code *}{@code /*}), so ties go to the formats in declaration order.
     * {@code application/json} is taken as asking for JSON-LD, which is JSON.
     *
     * @throws ClientError 406 when no format is acceptable
     */
    public static RdfFormat negotiate(String accept) {
        return best(accept).orElseThrow(() -> new ClientError(Problem.of(406, "not-acceptable", "Not acceptable",
                "this document is available as " + String.join(", ", Arrays.stream(values()).map(RdfFormat::mediaType).toList()))));
    }

    /** Like {@link #negotiate}, but empty rather than a 406. */
    public static Optional<RdfFormat> best(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat f : values()) {
            double q = f.quality(accept);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private double quality(String accept) {
        double q = AcceptHeader.quality(accept, mediaType);
        if (this == JSONLD) {
            q = Math.max(q, AcceptHeader.quality(accept, "application/json"));
        }
        return q;
    }

    /** The RDF formats, for documents that have no HTML page (the JSON-LD context, dumps). */
    public static List<RdfFormat> rdf() {
        return Arrays.stream(values()).filter(RdfFormat::isRdf).toList();
    }
}
