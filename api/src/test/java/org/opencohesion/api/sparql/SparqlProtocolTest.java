package org.opencohesion.api.sparql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.api.TestSamples;

/** The SPARQL 1.1 Protocol's query operation, as clients send it, and everything it refuses. */
class SparqlProtocolTest {
    private static final String RESULTS_JSON = "application/sparql-results+json";
    private static SparqlFixture sparql;
    private static String areas;

    @BeforeAll
    static void start() {
        sparql = SparqlFixture.shared();
        areas = sparql.store.uris().datasetGraph("areas");
    }

    private static List<String> column(Response response, String var) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.asByteArray()), ResultSetLang.RS_JSON);
        List<String> values = new ArrayList<>();
        rs.forEachRemaining(row -> values.add(row.contains(var) ? row.get(var).toString() : null));
        return values;
    }

    private static boolean ask(Response response) {
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(response.asByteArray()), ResultSetLang.RS_JSON);
    }

    private String count(String where) {
        return "SELECT (COUNT(*) AS ?n) " + where;
    }

    @Test
    void getFormPostAndDirectPostAnswerAlike() throws Exception {
        String query = sparql.withPrefixes("SELECT ?code { ?area a coh:Area ; skos:notation ?code ; coh:parentArea/skos:notation \"W06000006\" } ORDER BY ?code");
        Response get = sparql.http().queryParam("query", query).get("/sparql");
        Response form = sparql.http().formParam("query", query).post("/sparql");
        Response direct = sparql.http().contentType("application/sparql-query").body(query).post("/sparql");
        for (Response r : List.of(get, form, direct)) {
            r.then().statusCode(200).contentType(RESULTS_JSON);
        }
        List<String> codes = column(get, "code");
        long wards = Files.readAllLines(TestSamples.samples().resolve("areas.csv")).stream().filter(l -> l.endsWith(",W06000006")).count();
        assertEquals(wards, codes.size(), "Wrexham's wards in samples/areas.csv");
        assertTrue(codes.contains("W05001713"), codes.toString());
        assertEquals(codes, column(form, "code"));
        assertEquals(codes, column(direct, "code"));
    }

    @Test
    void theTrailingSlashFormOfThePathWorksToo() {
        sparql.http().queryParam("query", "ASK {}").get("/sparql/").then().statusCode(200);
        sparql.http().contentType("application/sparql-query").body("ASK {}").post("/sparql/").then().statusCode(200);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        sparql.http().queryParam("query", "ASK {}").head("/sparql").then().statusCode(200).contentType(RESULTS_JSON);
    }

    @Test
    void defaultGraphUriPicksTheDefaultGraphAndOverridesFrom() {
        String assets = sparql.store.uris().datasetGraph("assets");
        String all = column(sparql.http().queryParam("query", count("{ ?s ?p ?o }")).get("/sparql"), "n").get(0);
        String inAreas = column(sparql.http().queryParam("query", count("{ ?s ?p ?o }")).queryParam("default-graph-uri", areas).get("/sparql"), "n").get(0);
        String fromAreas = column(sparql.http().queryParam("query", count("FROM <" + areas + "> { ?s ?p ?o }")).get("/sparql"), "n").get(0);
        String overridden = column(sparql.http().queryParam("query", count("FROM <" + assets + "> { ?s ?p ?o }"))
                .queryParam("default-graph-uri", areas).get("/sparql"), "n").get(0);
        assertEquals("\"2508\"^^xsd:integer", inAreas, "the areas graph's triples, as its DCAT record counts them");
        assertEquals(inAreas, fromAreas);
        assertEquals(inAreas, overridden, "the protocol's default-graph-uri replaces the query's FROM");
        assertFalse(all.equals(inAreas), "the default graph is the union of every graph");
        String both = column(sparql.http().queryParam("query", count("{ ?s ?p ?o }"))
                .queryParam("default-graph-uri", areas).queryParam("default-graph-uri", assets).get("/sparql"), "n").get(0);
        assertEquals("\"2591\"^^xsd:integer", both, "two default-graph-uri: their merge (2508 + 83)");
    }

    @Test
    void namedGraphUriMakesTheDatasetsNamedGraphs() {
        String query = "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g";
        Response named = sparql.http().formParam("query", query).formParam("named-graph-uri", areas).post("/sparql");
        assertEquals(List.of(areas), column(named, "g"));
        Response fromNamed = sparql.http().contentType("application/sparql-query").body("SELECT DISTINCT ?g FROM NAMED <" + areas + "> { GRAPH ?g { ?s ?p ?o } }")
                .post("/sparql");
        assertEquals(List.of(areas), column(fromNamed, "g"));
        List<String> every = column(sparql.http().queryParam("query", query).get("/sparql"), "g");
        assertTrue(every.containsAll(List.of(areas, sparql.store.uris().datasetGraph("hate-crime-reports"),
                sparql.store.uris().datasetMetaGraph("areas"), sparql.store.uris().ontologyGraph())), every.toString());
        assertTrue(ask(sparql.http().queryParam("query", "ASK { GRAPH ?g { ?s ?p ?o } }")
                .queryParam("default-graph-uri", areas).get("/sparql")) == false, "only a default graph given: no named graphs");
    }

    @Test
    void aGraphTheStoreDoesNotHoldIsEmpty() {
        assertFalse(ask(sparql.http().queryParam("query", "ASK { ?s ?p ?o }").queryParam("default-graph-uri", "http://example.org/nothing").get("/sparql")));
        assertTrue(ask(sparql.http().queryParam("query", "ASK {}").queryParam("default-graph-uri", "http://kasei.us/2009/09/sparql/data/data0.rdf")
                .get("/sparql")), "the W3C protocol tests' ASK {} on an unknown graph");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an iri", "relative/path", "http://exa mple.org/"})
    void graphUrisMustBeAbsoluteIris(String iri) {
        sparql.http().queryParam("query", "ASK {}").queryParam("default-graph-uri", iri).get("/sparql").then()
                .statusCode(400).contentType("application/problem+json").body("parameter", equalTo("default-graph-uri"));
    }

    @Test
    void oneQueryOnly() {
        sparql.http().queryParam("query", "ASK {}").queryParam("query", "SELECT * {}").get("/sparql").then()
                .statusCode(400).contentType("application/problem+json").body("parameter", equalTo("query"));
        sparql.http().formParam("query", "ASK {}").formParam("query", "ASK {}").post("/sparql").then().statusCode(400);
        sparql.http().queryParam("query", "ASK {}").formParam("query", "ASK {}").post("/sparql").then()
                .statusCode(400).body("detail", containsString("both in the URL and in the body"));
        sparql.http().queryParam("query", "ASK {}").contentType("application/sparql-query").body("ASK {}").post("/sparql").then().statusCode(400);
        sparql.http().formParam("default-graph-uri", areas).post("/sparql").then().statusCode(400).body("detail", containsString("'query'"));
        sparql.http().queryParam("query", " ").get("/sparql").then().statusCode(400).body("detail", containsString("empty"));
    }

    @Test
    void aMalformedQueryIs400WithWhereAndWhy() {
        sparql.http().queryParam("query", "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER (?o > ) }").get("/sparql").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://opencohesion.org/problems/invalid-query"))
                .body("detail", equalTo("line 3, column 16: unexpected ')'"))
                .body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo(16))
                .body("errors[0].code", equalTo("sparql-syntax"));
        sparql.http().contentType("application/sparql-query").body("ASK {").post("/sparql").then()
                .statusCode(400).body("detail", equalTo("line 1, column 5: the query ends too early"));
        sparql.http().queryParam("query", "SELECT * { ?s coh:value ?o }").get("/sparql").then()
                .statusCode(400).body("detail", containsString("Unresolved prefixed name: coh:value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLEAR ALL", "CLEAR XYZ", "LOAD <http://127.0.0.1:9/data.ttl>", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DROP SILENT DEFAULT"})
    void everyUpdateIsRefusedAsReadOnly(String update) {
        List<Response> tries = List.of(
                sparql.http().queryParam("update", update).get("/sparql"),
                sparql.http().formParam("update", update).post("/sparql"),
                sparql.http().contentType("application/sparql-update").body(update).post("/sparql"),
                sparql.http().queryParam("using-named-graph-uri", "http://example/people").contentType("application/sparql-update").body(update).post("/sparql"),
                sparql.http().formParam("update", update).formParam("update", update).post("/sparql"));
        for (Response r : tries) {
            r.then().statusCode(403).contentType("application/problem+json").body("type", equalTo("https://opencohesion.org/problems/read-only"));
        }
        if (!update.equals("CLEAR XYZ")) {
            sparql.http().contentType("application/sparql-query").body(update).post("/sparql").then().statusCode(403)
                    .body("detail", containsString("update"));
        }
        assertTrue(ask(sparql.http().queryParam("query", "ASK { ?s ?p ?o }").get("/sparql")), "nothing was cleared");
    }

    @Test
    void aPostOfAnythingElseIs415() throws Exception {
        sparql.http().contentType("text/plain").body("ASK {}").post("/sparql").then().statusCode(415).contentType("application/problem+json");
        HttpResponse<String> untyped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sparql.server.port() + "/sparql"))
                .POST(HttpRequest.BodyPublishers.ofString("query=ASK%20%7B%7D")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, untyped.statusCode());
        assertTrue(untyped.body().contains("needs a Content-Type"), untyped.body());
        byte[] utf16 = "ASK {}".getBytes(StandardCharsets.UTF_16);
        sparql.http().contentType("application/sparql-query; charset=UTF-16").body(utf16).post("/sparql").then().statusCode(415)
                .body("detail", containsString("UTF-8"));
        sparql.http().contentType("application/sparql-query; charset=utf-8").body("ASK {}").post("/sparql").then().statusCode(200);
        sparql.http().contentType("application/sparql-query").body(new byte[] {'A', 'S', 'K', ' ', '{', (byte) 0xC3, '}'}).post("/sparql").then()
                .statusCode(400).body("detail", containsString("UTF-8"));
    }

    @Test
    void aGetLongerThanTheServerTakesIsAProblemTooNotAnErrorPage() {
        sparql.http().queryParam("query", "ASK {} #" + "x".repeat(20_000)).get("/sparql").then()
                .statusCode(414).contentType("application/problem+json").body("detail", containsString("POST"));
        sparql.http().contentType("application/sparql-query").body("ASK {} #" + "x".repeat(20_000)).post("/sparql").then().statusCode(200);
    }

    @Test
    void otherMethodsAre405() {
        sparql.http().queryParam("query", "ASK {}").contentType("application/x-www-form-urlencoded").put("/sparql").then()
                .statusCode(405).contentType("application/problem+json");
        sparql.http().delete("/sparql").then().statusCode(405);
    }

    @Test
    void browsersAndQueryEditorsElsewhereMayPostQueries() {
        sparql.http().header("Origin", "https://yasgui.example").formParam("query", "ASK {}").post("/sparql").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("X-Result-Truncated"));
        sparql.http().header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").options("/sparql").then()
                .statusCode(204).header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"));
        sparql.http().header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", "POST").options("/api/v1/areas").then()
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void unknownParametersAreIgnoredAndOutputIsFormatsAlias() {
        sparql.http().queryParam("query", "ASK {}").queryParam("output", "xml").queryParam("timeout", "5").get("/sparql").then()
                .statusCode(200).contentType(startsWith("application/sparql-results+xml"));
        sparql.http().queryParam("query", "ASK {}").queryParam("output", "xml").queryParam("format", "json").get("/sparql").then().statusCode(400);
    }
}
