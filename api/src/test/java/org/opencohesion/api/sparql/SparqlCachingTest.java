package org.opencohesion.api.sparql;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencohesion.api.Config;

/** Answers are cached by normalised query, dataset, format and store generation, with ETags; a write shows at once. */
class SparqlCachingTest {
    private static SparqlFixture sparql;
    private static String wardsOfWrexham;

    @BeforeAll
    static void start() {
        sparql = new SparqlFixture(Config.Sparql.defaults());
        wardsOfWrexham = sparql.withPrefixes("SELECT (COUNT(?ward) AS ?wards) { ?ward coh:parentArea/skos:notation \"W06000006\" }");
    }

    @AfterAll
    static void stop() {
        sparql.close();
    }

    private static String first(Response r, String var) {
        return ResultSetMgr.read(new ByteArrayInputStream(r.asByteArray()), ResultSetLang.RS_JSON).next().getLiteral(var).getLexicalForm();
    }

    @Test
    void anUnchangedAnswerIs304ByItsEtag() {
        Response first = sparql.http().queryParam("query", "SELECT ?s { ?s a <http://localhost:8080/def/cohesion#Plan> } ORDER BY ?s").get("/sparql");
        String etag = first.then().statusCode(200).header("Vary", containsString("Accept")).extract().header("ETag");
        assertTrue(etag.startsWith("\""), "a strong validator");
        sparql.http().header("If-None-Match", etag).queryParam("query", "SELECT ?s { ?s a <http://localhost:8080/def/cohesion#Plan> } ORDER BY ?s")
                .get("/sparql").then().statusCode(304);
        String xml = sparql.http().header("Accept", "application/sparql-results+xml")
                .queryParam("query", "SELECT ?s { ?s a <http://localhost:8080/def/cohesion#Plan> } ORDER BY ?s").get("/sparql").header("ETag");
        assertNotEquals(etag, xml, "each representation has its own validator");
        String posted = sparql.http().formParam("query", "SELECT ?s { ?s a <http://localhost:8080/def/cohesion#Plan> } ORDER BY ?s").post("/sparql")
                .then().statusCode(200).extract().header("ETag");
        assertEquals(etag, posted, "a POST of the same query is the same answer");
        sparql.http().header("If-None-Match", etag).formParam("query", "SELECT ?s { ?s a <http://localhost:8080/def/cohesion#Plan> } ORDER BY ?s")
                .post("/sparql").then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void theSameQueryWrittenDifferentlyIsOneCacheEntry() {
        String tidy = "SELECT ?label WHERE { ?i a <http://localhost:8080/def/cohesion#Indicator> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label";
        String messy = "# the indicators\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX coh: <http://localhost:8080/def/cohesion#>\n"
                + "select   ?label\n{\n  ?i a coh:Indicator ;\n     rdfs:label ?label .\n}\norder by ?label  # alphabetical\n";
        String etag = sparql.http().formParam("query", tidy).post("/sparql").then().statusCode(200).extract().header("ETag");
        double hits = sparql.metric("opencohesion_response_cache_total\\{result=\"hit\"}");
        sparql.http().header("If-None-Match", etag).queryParam("query", messy).get("/sparql").then().statusCode(304);
        assertEquals(hits + 1, sparql.metric("opencohesion_response_cache_total\\{result=\"hit\"}"));
    }

    @Test
    void aWriteIsSeenByTheNextQuery() {
        Response before = sparql.http().queryParam("query", wardsOfWrexham).get("/sparql");
        String wards = first(before, "wards");
        String etag = before.header("ETag");
        sparql.http().header("Authorization", "Bearer " + sparql.token).contentType("text/csv").header("X-Dataset-Kind", "areas")
                .body("code,name,name_cy,level,parent\nW05009998,Caia Park South,De Parc Caia,ward,W06000006\n")
                .put("/api/v1/datasets/new-wards").then().statusCode(201);
        Response after = sparql.http().header("If-None-Match", etag).queryParam("query", wardsOfWrexham).get("/sparql");
        after.then().statusCode(200);
        assertEquals(Integer.parseInt(wards) + 1, Integer.parseInt(first(after, "wards")));
        assertNotEquals(etag, after.header("ETag"));
        String graphs = sparql.http().header("Accept", "text/turtle").get("/sparql").then().statusCode(200).extract().asString();
        assertTrue(graphs.contains("/graph/new-wards>"), "the service description lists the new graph");
    }

    @Test
    void metricsCountQueriesByFormAndTheAccessLogNeverHasTheQuery() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            sparql.http().queryParam("query", "SELECT * { ?s ?p \"private-search-words\" }").get("/sparql").then().statusCode(200);
            sparql.http().formParam("query", "ASK { ?s ?p \"other-private-words\" }").post("/sparql").then().statusCode(200);
            sparql.http().contentType("application/sparql-query").body("CONSTRUCT { ?s ?p ?o } { ?s ?p \"third-private-words\" }").post("/sparql")
                    .then().statusCode(200);
            sparql.http().queryParam("query", "SELECT * { ?s ?p \"broken-private-words\" ").get("/sparql").then().statusCode(400);
            sparql.http().queryParam("query", "SELECT * { SERVICE <http://secret.example/> { ?s ?p \"refused-private-words\" } }").get("/sparql")
                    .then().statusCode(400);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("route=/sparql path=/sparql status=200"), log);
        assertTrue(log.contains("status=400"), log);
        assertFalse(log.contains("private-words"), log);
        assertFalse(log.contains("secret.example"), log);

        for (String form : new String[] {"select", "ask", "construct"}) {
            assertTrue(sparql.metric("opencohesion_sparql_queries_seconds_count\\{form=\"" + form + "\",outcome=\"ok\"}") >= 1, form);
        }
        assertTrue(sparql.metric("opencohesion_sparql_refused_total\\{reason=\"not-allowed\"}") >= 1);
        assertTrue(sparql.metric("http_server_requests_seconds_count\\{method=\"GET\",route=\"/sparql\",status=\"200\"}") >= 1);
    }
}
