package org.opencohesion.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.sparql.ResultFormat.Shape;

/** Content negotiation for query results: format= first, then Accept with q-values, JSON or Turtle by default. */
class ResultFormatTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TABLE | | SPARQL_JSON",
            "TABLE | */* | SPARQL_JSON",
            "TABLE | application/sparql-results+xml | SPARQL_XML",
            "TABLE | application/json | SPARQL_JSON",
            "TABLE | text/csv;q=0.5, text/tab-separated-values | TSV",
            "TABLE | text/*;q=0.9, application/sparql-results+json;q=0.1 | CSV",
            "TABLE | application/sparql-results+json, */*;q=0.9 | SPARQL_JSON",
            "GRAPH | | TURTLE",
            "GRAPH | */* | TURTLE",
            "GRAPH | application/ld+json | JSON_LD",
            "GRAPH | application/json | JSON_LD",
            "GRAPH | application/rdf+xml;q=0.9, application/n-triples | N_TRIPLES",
            "GRAPH | application/xml | RDF_XML",
    })
    void acceptPicksTheBestOffered(Shape shape, String accept, ResultFormat expected) {
        assertEquals(expected, ResultFormat.choose(shape, null, accept, "results"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TABLE | json | SPARQL_JSON", "TABLE | xml | SPARQL_XML", "TABLE | csv | CSV", "TABLE | TSV | TSV",
            "GRAPH | json | JSON_LD", "GRAPH | xml | RDF_XML", "GRAPH | ttl | TURTLE", "GRAPH | turtle | TURTLE",
            "GRAPH | nt | N_TRIPLES", "GRAPH | jsonld | JSON_LD", "GRAPH | rdf | RDF_XML", "GRAPH | text/turtle | TURTLE",
    })
    void formatWinsOverAccept(Shape shape, String format, ResultFormat expected) {
        assertEquals(expected, ResultFormat.choose(shape, format, "text/html", "results"));
    }

    @Test
    void nothingServableIs406AndAnUnknownFormat400() {
        assertEquals(406, assertThrows(ClientError.class, () -> ResultFormat.choose(Shape.TABLE, null, "text/turtle", "x")).problem().status());
        assertEquals(406, assertThrows(ClientError.class, () -> ResultFormat.choose(Shape.GRAPH, null, "text/csv", "x")).problem().status());
        assertEquals(406, assertThrows(ClientError.class, () -> ResultFormat.choose(Shape.TABLE, null, "application/sparql-results+json;q=0", "x"))
                .problem().status());
        assertEquals(406, assertThrows(ClientError.class, () -> ResultFormat.choose(Shape.GRAPH, "csv", null, "x")).problem().status());
        ClientError unknown = assertThrows(ClientError.class, () -> ResultFormat.choose(Shape.TABLE, "yaml", null, "x"));
        assertEquals(400, unknown.problem().status());
        assertEquals("format", unknown.problem().parameter());
    }

    @Test
    void contentTypesCarryACharsetWhereTheTypeDefinesOne() {
        assertEquals("application/sparql-results+json", ResultFormat.SPARQL_JSON.contentType());
        assertEquals("application/ld+json", ResultFormat.JSON_LD.contentType());
        assertEquals("text/csv; charset=utf-8", ResultFormat.CSV.contentType());
        assertEquals("application/sparql-results+xml; charset=utf-8", ResultFormat.SPARQL_XML.contentType());
        assertEquals("text/turtle; charset=utf-8", ResultFormat.TURTLE.contentType());
    }

    @Test
    void aBrowserIsRecognisedButAQueryEditorIsNot() {
        assertTrue(ResultFormat.prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertFalse(ResultFormat.prefersHtml("application/sparql-results+json,*/*;q=0.9"));
        assertFalse(ResultFormat.prefersHtml("*/*"));
        assertFalse(ResultFormat.prefersHtml(null));
        assertFalse(ResultFormat.prefersHtml("text/html;q=0.5, text/turtle"));
    }
}
