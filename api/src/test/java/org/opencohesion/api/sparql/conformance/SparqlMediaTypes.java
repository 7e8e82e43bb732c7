package org.opencohesion.api.sparql.conformance;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;

/** The media types the suites ask for and accept, and parsing response bodies back with Jena. */
final class SparqlMediaTypes {
    static final String RESULTS_XML = "application/sparql-results+xml";
    static final String RESULTS_JSON = "application/sparql-results+json";
    static final String CSV = "text/csv";
    static final String TSV = "text/tab-separated-values";
    static final String TURTLE = "text/turtle";
    static final String N_TRIPLES = "application/n-triples";
    static final String RDF_XML = "application/rdf+xml";

    /** Result formats: for SELECT all four, for ASK only XML and JSON (CSV/TSV have no boolean). */
    static final Map<String, Lang> TABULAR = Map.of(RESULTS_XML, ResultSetLang.RS_XML, RESULTS_JSON, ResultSetLang.RS_JSON,
            CSV, ResultSetLang.RS_CSV, TSV, ResultSetLang.RS_TSV);
    static final Map<String, Lang> BOOLEAN = Map.of(RESULTS_XML, ResultSetLang.RS_XML, RESULTS_JSON, ResultSetLang.RS_JSON);
    /** The RDF syntaxes the protocol suite names for CONSTRUCT and DESCRIBE (its RDFa Jena cannot read). */
    static final Map<String, Lang> RDF = Map.of(TURTLE, Lang.TURTLE, N_TRIPLES, Lang.NTRIPLES, RDF_XML, Lang.RDFXML);

    private SparqlMediaTypes() {}

    /** The response's media type without parameters, lower case; empty when there is none. */
    static String mediaType(HttpResponse<?> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** A result set or boolean in {@code lang}. */
    static SPARQLResult results(Lang lang, byte[] body) {
        return ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(body));
    }

    /** A graph in {@code lang}; relative IRIs resolve against {@code base}. */
    static Graph graph(Lang lang, byte[] body, String base) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(base).parse(graph);
        return graph;
    }
}
