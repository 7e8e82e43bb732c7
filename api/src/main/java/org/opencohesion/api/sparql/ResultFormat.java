package org.opencohesion.api.sparql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.opencohesion.api.http.AcceptHeader;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;

/**
 * What {@code /sparql} answers in: SELECT and ASK results as SPARQL JSON, XML, CSV or TSV; RDF
 * (CONSTRUCT, DESCRIBE, the service description) as Turtle, N-Triples, JSON-LD or RDF/XML.
 * Chosen by {@code format=} (or its alias {@code output=}), else by {@code Accept}.
 */
enum ResultFormat {
    SPARQL_JSON(Shape.TABLE, "application/sparql-results+json", false, ResultSetLang.RS_JSON, null,
            List.of("application/json"), "json"),
    SPARQL_XML(Shape.TABLE, "application/sparql-results+xml", true, ResultSetLang.RS_XML, null,
            List.of("application/xml", "text/xml"), "xml"),
    CSV(Shape.TABLE, "text/csv", true, ResultSetLang.RS_CSV, null, List.of(), "csv"),
    TSV(Shape.TABLE, "text/tab-separated-values", true, ResultSetLang.RS_TSV, null, List.of(), "tsv"),
    TURTLE(Shape.GRAPH, "text/turtle", true, null, RDFFormat.TURTLE_PRETTY, List.of("application/x-turtle"), "ttl", "turtle"),
    N_TRIPLES(Shape.GRAPH, "application/n-triples", true, null, RDFFormat.NTRIPLES_UTF8, List.of(), "nt", "ntriples", "n-triples"),
    JSON_LD(Shape.GRAPH, "application/ld+json", false, null, RDFFormat.JSONLD11_PRETTY, List.of("application/json"), "jsonld", "json-ld", "json"),
    RDF_XML(Shape.GRAPH, "application/rdf+xml", true, null, RDFFormat.RDFXML_PLAIN, List.of("application/xml", "text/xml"), "rdf", "rdfxml", "rdf+xml", "xml");

    /** Tables answer SELECT and ASK; graphs answer CONSTRUCT, DESCRIBE and the service description. */
    enum Shape { TABLE, GRAPH }

    private final Shape shape;
    private final String mediaType;
    private final boolean charset;
    private final Lang resultsLang;
    private final RDFFormat rdfFormat;
    private final List<String> alsoAccepted;
    private final List<String> names;

    ResultFormat(Shape shape, String mediaType, boolean charset, Lang resultsLang, RDFFormat rdfFormat, List<String> alsoAccepted,
                 String... names) {
        this.shape = shape;
        this.mediaType = mediaType;
        this.charset = charset;
        this.resultsLang = resultsLang;
        this.rdfFormat = rdfFormat;
        this.alsoAccepted = alsoAccepted;
        this.names = List.of(names);
    }

    Shape shape() {
        return shape;
    }

    String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: JSON types define no charset parameter (they are always UTF-8), the others get one. */
    String contentType() {
        return charset ? mediaType + "; charset=utf-8" : mediaType;
    }

    Lang resultsLang() {
        return resultsLang;
    }

    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The short name for {@code format=}, e.g. {@code json}. */
    String shortName() {
        return names.get(0);
    }

    static List<ResultFormat> of(Shape shape) {
        return Arrays.stream(values()).filter(f -> f.shape == shape).toList();
    }

    /**
     * The format to answer in: {@code format} (a short name or a media type) when given, else the
     * best of {@code accept}; ties go to the first in declaration order (JSON for tables, Turtle
     * for graphs), which is also the answer when nothing is asked.
     *
     * @throws ClientError 400 for a format no query can have, 406 when nothing offered is acceptable
     */
    static ResultFormat choose(Shape shape, String format, String accept, String what) {
        List<ResultFormat> offered = of(shape);
        if (format != null) {
            String wanted = format.trim().toLowerCase(Locale.ROOT);
            for (ResultFormat f : offered) {
                if (f.names.contains(wanted) || f.mediaType.equals(wanted)) {
                    return f;
                }
            }
            boolean known = Arrays.stream(values()).anyMatch(f -> f.names.contains(wanted) || f.mediaType.equals(wanted));
            if (!known) {
                throw ClientError.badRequest("format", "format must be one of " + allNames() + ", not '" + format + "'");
            }
            throw notAcceptable(shape, what);
        }
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        ResultFormat best = null;
        double bestQ = 0;
        for (ResultFormat f : offered) {
            double q = f.quality(accept);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        if (best == null) {
            throw notAcceptable(shape, what);
        }
        return best;
    }

    /**
     * How much {@code accept} wants this format. The media types it also answers to (e.g.
     * {@code application/json}) count only when named exactly: a wildcard such as {@code text/*}
     * matches {@code text/xml}, but the response would not be {@code text/*}.
     */
    double quality(String accept) {
        double q = AcceptHeader.quality(accept, mediaType);
        for (String other : alsoAccepted) {
            q = Math.max(q, exactQuality(accept, other));
        }
        return q;
    }

    private static double exactQuality(String accept, String mediaType) {
        for (String part : accept.split(",")) {
            String[] params = part.trim().split(";");
            if (params[0].trim().equalsIgnoreCase(mediaType)) {
                return AcceptHeader.quality(part, mediaType);
            }
        }
        return 0;
    }

    /** True when {@code accept} names HTML explicitly and wants it at least as much as any format here (a browser). */
    static boolean prefersHtml(String accept) {
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/html")) {
            return false;
        }
        double html = AcceptHeader.quality(accept, "text/html");
        return html > 0 && Arrays.stream(values()).allMatch(f -> f.quality(accept) <= html);
    }

    private static ClientError notAcceptable(Shape shape, String what) {
        String types = of(shape).stream().map(f -> f.mediaType + " (format=" + f.shortName() + ")").collect(Collectors.joining(", "));
        return new ClientError(Problem.of(406, "not-acceptable", "Not acceptable", what + " can be had as " + types));
    }

    private static String allNames() {
        return Arrays.stream(values()).flatMap(f -> f.names.stream()).distinct().collect(Collectors.joining(", "));
    }
}
