package org.opencohesion.api.sparql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every result format parses back, with Jena, to the same results; media types, charsets and Vary are right. */
class SparqlFormatsTest {
    private static SparqlFixture sparql;
    /** IRIs, language-tagged and typed literals (integer, decimal, date) and unbound values, in a fixed order. */
    private static String select;
    private static String construct;

    @BeforeAll
    static void start() {
        sparql = SparqlFixture.shared();
        select = sparql.withPrefixes("""
                SELECT ?asset ?name ?area ?areaName ?lat ?added ?threshold
                WHERE {
                  ?asset a coh:CommunityAsset ; rdfs:label ?name ; coh:area ?area .
                  ?area rdfs:label ?areaName .
                  OPTIONAL { ?asset <http://www.w3.org/2003/01/geo/wgs84_pos#lat> ?lat }
                  OPTIONAL { ?asset dcterms:created ?added }
                  OPTIONAL { ?i dcterms:identifier "hate-crime-reports" ; coh:disclosureThreshold ?threshold }
                }
                ORDER BY ?asset ?areaName""");
        construct = sparql.withPrefixes("""
                CONSTRUCT { ?asset rdfs:label ?name ; coh:area ?area ; <http://www.w3.org/2003/01/geo/wgs84_pos#lat> ?lat . ?area rdfs:label ?areaName }
                WHERE { ?asset a coh:CommunityAsset ; rdfs:label ?name ; coh:area ?area . ?area rdfs:label ?areaName
                        OPTIONAL { ?asset <http://www.w3.org/2003/01/geo/wgs84_pos#lat> ?lat } }""");
    }

    private static Response query(String query, String accept) {
        return sparql.http().header("Accept", accept).formParam("query", query).post("/sparql");
    }

    private static List<Binding> rows(Response response, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.asByteArray()), lang);
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext()) {
            rows.add(rs.nextBinding());
        }
        return rows;
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+xml, application/sparql-results+xml; charset=utf-8, RS_XML",
            "text/tab-separated-values, text/tab-separated-values; charset=utf-8, RS_TSV",
    })
    void selectResultsParseBackToTheSameTerms(String accept, String contentType, String lang) {
        List<Binding> expected = rows(query(select, "application/sparql-results+json").then().statusCode(200)
                .header("Content-Type", "application/sparql-results+json").extract().response(), ResultSetLang.RS_JSON);
        assertTrue(expected.size() >= 8, "every sample asset, with English and Welsh area names");
        assertTrue(expected.stream().anyMatch(b -> b.get("areaName") != null && "cy".equals(b.get("areaName").getLiteralLanguage())));
        assertTrue(expected.stream().anyMatch(b -> b.get("lat") == null), "some assets have no coordinates");
        Response other = query(select, accept).then().statusCode(200).header("Content-Type", contentType).header("Vary", containsString("Accept"))
                .extract().response();
        Lang l = lang.equals("RS_XML") ? ResultSetLang.RS_XML : ResultSetLang.RS_TSV;
        assertEquals(expected, rows(other, l));
    }

    @Test
    void csvResultsParseBackToTheSameValues() {
        // SPARQL CSV keeps only each value's text (no datatypes, languages or IRI marks): compared as such
        List<Binding> expected = rows(query(select, "application/sparql-results+json"), ResultSetLang.RS_JSON);
        Response csv = query(select, "text/csv").then().statusCode(200).header("Content-Type", "text/csv; charset=utf-8").extract().response();
        List<Binding> got = rows(csv, ResultSetLang.RS_CSV);
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < expected.size(); i++) {
            Binding e = expected.get(i);
            Binding g = got.get(i);
            e.vars().forEachRemaining(v -> assertEquals(text(e.get(v)), text(g.get(v)), v.getVarName()));
            g.vars().forEachRemaining(v -> assertEquals(text(e.get(v)), text(g.get(v)), v.getVarName()));
        }
    }

    private static String text(Node n) {
        if (n == null) {
            return "";
        }
        return n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
    }

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, RS_JSON", "application/sparql-results+xml, RS_XML",
            "text/csv, RS_CSV", "text/tab-separated-values, RS_TSV",
    })
    void askAnswersParseBack(String accept, String lang) {
        Lang l = switch (lang) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        Response yes = query(sparql.withPrefixes("ASK { ?a a coh:CommunityAsset }"), accept).then().statusCode(200)
                .header("Content-Type", containsString(accept)).extract().response();
        Response no = query("ASK { <urn:nothing> ?p ?o }", accept).then().statusCode(200).extract().response();
        if (l == ResultSetLang.RS_TSV) {
            // SPARQL TSV defines no boolean form: Jena writes a one-cell table ?_askResult, and reads it back as one
            assertEquals("true", rows(yes, l).get(0).get("_askResult").getLiteralLexicalForm());
            assertEquals("false", rows(no, l).get(0).get("_askResult").getLiteralLexicalForm());
            return;
        }
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(yes.asByteArray()), l));
        assertFalse(ResultSetMgr.readBoolean(new ByteArrayInputStream(no.asByteArray()), l));
    }

    private static Graph graph(Response response, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.asByteArray())).lang(lang).parse(g);
        return g;
    }

    @ParameterizedTest
    @CsvSource({
            "text/turtle, text/turtle; charset=utf-8, TURTLE",
            "application/ld+json, application/ld+json, JSONLD",
            "application/rdf+xml, application/rdf+xml; charset=utf-8, RDFXML",
    })
    void constructAndDescribeResultsParseBackToTheSameGraph(String accept, String contentType, String lang) {
        Lang l = switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
        Graph expected = graph(query(construct, "application/n-triples").then().statusCode(200)
                .header("Content-Type", "application/n-triples; charset=utf-8").extract().response(), Lang.NTRIPLES);
        assertTrue(expected.size() > 20, "labels of assets and areas, in two languages");
        Graph got = graph(query(construct, accept).then().statusCode(200).header("Content-Type", contentType).extract().response(), l);
        assertTrue(expected.isIsomorphicWith(got), lang);

        String describe = "DESCRIBE <" + sparql.store.uris().asset("caia-park-community-hub").getURI() + ">";
        Graph described = graph(query(describe, "application/n-triples").then().statusCode(200).extract().response(), Lang.NTRIPLES);
        assertTrue(described.size() >= 8, "the asset's own triples");
        assertTrue(described.isIsomorphicWith(graph(query(describe, accept).then().statusCode(200).extract().response(), l)));
    }

    @Test
    void formatWinsOverAcceptAndEachFormatHasItsName() {
        sparql.http().header("Accept", "application/sparql-results+xml").queryParam("query", "SELECT * {}").queryParam("format", "csv")
                .get("/sparql").then().statusCode(200).header("Content-Type", "text/csv; charset=utf-8");
        sparql.http().formParam("query", construct).formParam("format", "jsonld").post("/sparql").then()
                .statusCode(200).header("Content-Type", "application/ld+json");
        sparql.http().formParam("query", construct).queryParam("format", "nt").post("/sparql").then()
                .statusCode(200).header("Content-Type", "application/n-triples; charset=utf-8");
        sparql.http().queryParam("query", "SELECT * {}").queryParam("format", "tsv").get("/sparql").then()
                .header("Content-Type", "text/tab-separated-values; charset=utf-8");
    }

    @Test
    void whatCannotBeServedIs406() {
        query("SELECT * {}", "text/turtle").then().statusCode(406).contentType("application/problem+json")
                .body("detail", containsString("application/sparql-results+json"));
        query(construct, "text/csv").then().statusCode(406).body("detail", containsString("text/turtle"));
        sparql.http().queryParam("query", construct).queryParam("format", "csv").get("/sparql").then().statusCode(406);
        sparql.http().queryParam("query", "ASK {}").queryParam("format", "yaml").get("/sparql").then().statusCode(400)
                .body("parameter", equalTo("format"));
    }

    @Test
    void defaultsAreSparqlJsonAndTurtle() {
        sparql.http().formParam("query", "SELECT * {}").post("/sparql").then().header("Content-Type", "application/sparql-results+json");
        sparql.http().header("Accept", "*/*").formParam("query", construct).post("/sparql").then().header("Content-Type", "text/turtle; charset=utf-8");
    }

    @Test
    void aBrowserFollowingAQueryLinkGetsTheQueryPage() {
        String page = sparql.http().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .queryParam("query", "SELECT * { ?s ?p ?o } LIMIT 3").get("/sparql").then()
                .statusCode(200).contentType("text/html").header("Content-Type", containsString("charset=utf-8"))
                .header("Vary", "Accept").extract().asString();
        assertTrue(page.contains("yasgui.min.js"), "YASGUI reads the query from the address and puts it in the editor");
        sparql.http().header("Accept", "text/html,*/*;q=0.8").queryParam("query", "ASK {}").queryParam("format", "json").get("/sparql").then()
                .header("Content-Type", "application/sparql-results+json");
    }
}
