package org.opencohesion.api.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.rdf.Uris;

/** Format negotiation and the reading of linked-data paths, without a server. */
class LinkedDataNegotiationTest {
    private static final Uris URIS = Uris.of("https://data.example.gov.uk");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/turtle|TURTLE",
            "application/ld+json|JSONLD",
            "application/rdf+xml|RDFXML",
            "application/n-triples|NTRIPLES",
            "text/html|HTML",
            "*/*|TURTLE",
            "application/json|JSONLD",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|HTML",
            "application/rdf+xml;q=0.5, application/n-triples;q=0.9|NTRIPLES",
            "text/*;q=0.5, application/ld+json;q=0.4|TURTLE",
            "text/turtle;q=0, */*|JSONLD"})
    void theBestAcceptableFormatWins(String accept, RdfFormat expected) {
        assertEquals(expected, RdfFormat.negotiate(accept));
    }

    @Test
    void noAcceptHeaderMeansTurtle() {
        assertEquals(RdfFormat.TURTLE, RdfFormat.negotiate(null));
        assertEquals(RdfFormat.TURTLE, RdfFormat.negotiate(" "));
    }

    @Test
    void nothingAcceptableIs406() {
        ClientError e = assertThrows(ClientError.class, () -> RdfFormat.negotiate("image/png"));
        assertEquals(406, e.problem().status());
    }

    @Test
    void documentPathsNameTheThingAndTheFormat() {
        DocumentPath p = DocumentPath.ofDocument("/doc/indicator/hate-crime-reports/observation/W06000006/2023-Q2.jsonld", URIS).orElseThrow();
        assertEquals("https://data.example.gov.uk/id/indicator/hate-crime-reports/observation/W06000006/2023-Q2", p.iri());
        assertEquals("https://data.example.gov.uk/doc/indicator/hate-crime-reports/observation/W06000006/2023-Q2", p.document());
        assertEquals(Optional.of(RdfFormat.JSONLD), p.format());
        assertEquals(p.document() + ".ttl", p.variant(RdfFormat.TURTLE));

        DocumentPath def = DocumentPath.ofDocument("/def/theme/housing", URIS).orElseThrow();
        assertEquals("https://data.example.gov.uk/def/theme/housing", def.iri());
        assertTrue(def.isVocabulary());
        assertEquals(Optional.empty(), def.format());

        assertEquals("https://data.example.gov.uk/doc/area/W06000006", DocumentPath.ofId("/id/area/W06000006", URIS).orElseThrow().document());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/doc/area/W06000006.xml", "/doc/area/W0600%3E", "/doc/area/a b", "/doc/", "/doc/area//x",
            "/doc/area/x.ttl/y", "/doc/area/<x>", "/doc/area/x\"y", "/doc/a/b/c/d/e/f/g/h/i"})
    void pathsTheServiceCouldNotHaveMintedNameNothing(String path) {
        assertEquals(Optional.empty(), DocumentPath.ofDocument(path, URIS));
    }
}
