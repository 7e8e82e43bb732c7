package org.opencohesion.api.sparql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencohesion.api.Config;
import org.opencohesion.api.TestSamples;

/** The timeout, the row cap, the query length and the bounded slots, on servers configured small. */
class SparqlLimitsTest {
    /** Every triple with every triple with every triple, counted: billions of steps, one row. */
    private static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static SparqlFixture tight;
    private static SparqlFixture streaming;

    @BeforeAll
    static void start() {
        Config.Sparql defaults = Config.Sparql.defaults();
        tight = new SparqlFixture(defaults.withTimeout(Duration.ofSeconds(4)).withMaxRows(5).withMaxQueryBytes(300).withConcurrency(1, 1));
        streaming = new SparqlFixture(defaults.withTimeout(Duration.ofMillis(400)).withMaxRows(5_000_000).withConcurrency(1, 0));
        // the REST read model is built on first use: build it now, not while the slots are busy
        tight.http().get("/api/v1/areas?limit=5").then().statusCode(200);
    }

    @AfterAll
    static void stop() {
        tight.close();
        streaming.close();
    }

    private static List<String> column(Response response, String var) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.asByteArray()), ResultSetLang.RS_JSON);
        List<String> values = new ArrayList<>();
        rs.forEachRemaining(row -> values.add(row.get(var).toString()));
        return values;
    }

    @Test
    void anExpensiveQueryIsStoppedAtTheTimeoutWithAClearProblem() {
        long start = System.nanoTime();
        tight.http().formParam("query", EXPENSIVE).post("/sparql").then()
                .statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://opencohesion.org/problems/sparql-timeout"))
                .body("detail", containsString("4 s"));
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(ms < 9000, "stopped after " + ms + " ms");
        assertTrue(tight.metric("opencohesion_sparql_queries_seconds_count\\{form=\"select\",outcome=\"timeout\"}") >= 1);
    }

    @Test
    void aTimeoutWhileResultsAreWrittenIsAProblemNotATruncatedAnswerAndTheWorkStops() {
        // rows come at once and without end: the timeout fires while they are being written
        long start = System.nanoTime();
        streaming.http().formParam("query", "SELECT * { ?a ?b ?c . ?d ?e ?f }").post("/sparql").then()
                .statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://opencohesion.org/problems/sparql-timeout"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 6000);
        // one slot and no queue: this is answered only if the stopped query gave its slot back
        streaming.http().formParam("query", "ASK { <urn:after-the-timeout> ?p ?o }").post("/sparql").then().statusCode(200);
        assertEquals(0.0, streaming.metric("opencohesion_sparql_running"));
    }

    @Test
    void theRowCapIsAnnouncedAndSaysWhenItCut() throws Exception {
        List<String> codes = Files.readAllLines(TestSamples.samples().resolve("areas.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).sorted().toList();
        String all = "SELECT ?code { ?a a <http://localhost:8080/def/cohesion#Area> ; <http://www.w3.org/2004/02/skos/core#notation> ?code } ORDER BY ?code";
        Response cut = tight.http().formParam("query", all).post("/sparql").then().statusCode(200)
                .header(SparqlService.ROW_LIMIT_HEADER, "5").header(SparqlService.TRUNCATED_HEADER, "true").extract().response();
        assertEquals(codes.subList(0, 5), column(cut, "code"), "the first five, in order");
        tight.http().formParam("query", all + " LIMIT 3").post("/sparql").then()
                .header(SparqlService.ROW_LIMIT_HEADER, "5").header(SparqlService.TRUNCATED_HEADER, "false");
        tight.http().formParam("query", all + " LIMIT 5").post("/sparql").then().header(SparqlService.TRUNCATED_HEADER, "false");
        tight.http().formParam("query", all + " OFFSET 416").post("/sparql").then().header(SparqlService.TRUNCATED_HEADER, "false");

        Response triples = tight.http().formParam("query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").formParam("format", "nt").post("/sparql")
                .then().statusCode(200).header(SparqlService.TRUNCATED_HEADER, "true").extract().response();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(triples.asByteArray())).lang(Lang.NTRIPLES).parse(g);
        assertEquals(5, g.size());
        tight.http().queryParam("query", "ASK { ?s ?p ?o }").get("/sparql").then().statusCode(200);
    }

    @Test
    void aQueryOverTheLengthLimitIsRefused() {
        String atLimit = "ASK {}" + "#".repeat(300 - 7) + "\n";
        assertEquals(300, atLimit.length());
        tight.http().queryParam("query", atLimit).get("/sparql").then().statusCode(200);
        String over = "ASK {}" + "#".repeat(300) + "\n";
        tight.http().queryParam("query", over).get("/sparql").then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("https://opencohesion.org/problems/query-too-long")).body("detail", containsString("300 bytes"));
        tight.http().contentType("application/sparql-query").body(over).post("/sparql").then().statusCode(413)
                .body("type", equalTo("https://opencohesion.org/problems/query-too-long"));
        tight.http().formParam("query", over).post("/sparql").then().statusCode(413);
        tight.http().formParam("query", "ASK { FILTER('" + "é".repeat(200) + "' != '') }").post("/sparql").then()
                .statusCode(413).body("detail", containsString("bytes"));
    }

    @Test
    void busySlotsRefuseMoreQueriesButTheRestApiStillAnswers() throws Exception {
        CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> tight.postQuery(EXPENSIVE + " # slow").statusCode());
        waitFor(() -> tight.metric("opencohesion_sparql_running") == 1.0);
        CompletableFuture<Integer> queued = CompletableFuture.supplyAsync(() -> tight.postQuery("ASK { <urn:queued> ?p ?o }").statusCode());
        waitFor(() -> tight.metric("opencohesion_sparql_waiting") == 1.0);

        HttpResponse<String> refused = tight.postQuery("ASK { <urn:one-too-many> ?p ?o }");
        assertEquals(503, refused.statusCode());
        assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));
        assertTrue(refused.body().contains("https://opencohesion.org/problems/sparql-busy"), refused.body());
        assertEquals(200, tight.get("/api/v1/areas?limit=5").statusCode());
        assertEquals(200, tight.get("/api/v1/areas/W06000006").statusCode());
        assertEquals(200, tight.get("/health").statusCode());
        assertFalse(slow.isDone(), "all of that was answered while the slow query held the only slot");
        assertFalse(queued.isDone(), "and the second query waited for it");

        assertEquals(503, slow.get(), "the slow query ran out of time");
        assertEquals(200, queued.get(), "the waiting query ran once the slot was free");
        assertTrue(tight.metric("opencohesion_sparql_refused_total\\{reason=\"busy\"}") >= 1);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met in 10 s");
            }
            Thread.sleep(20);
        }
    }
}
