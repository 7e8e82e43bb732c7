package org.opencohesion.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.specification.RequestSpecification;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencohesion.rdf.store.Store;

/** The service over real HTTP, every response checked against openapi.yaml. */
class ServerTest {
    private static Store store;
    private static OpenCohesionServer server;
    private static OpenApiValidationFilter contract;

    @BeforeAll
    static void start() {
        Config config = Config.forTests();
        store = Stores.open(config);
        FirstStart.load(store, TestSamples.samples(), new PrintWriter(new StringWriter()));
        server = OpenCohesionServer.create(config, store).start();
        contract = new OpenApiValidationFilter(TestSamples.openApi().toString());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static RequestSpecification api() {
        return given().port(server.port()).filter(contract);
    }

    @Test
    void healthReportsTheStoreGeneration() {
        api().get("/health").then()
                .statusCode(200)
                .contentType("application/json")
                .body("status", equalTo("ok"))
                .body("generation", equalTo((int) store.generation()));
    }

    @Test
    void datasetsListEverySampleFile() {
        api().get("/api/v1/datasets").then()
                .statusCode(200)
                .body("items", hasSize(10))
                .body("page.total", equalTo(10))
                .body("items.id", hasItems("areas", "walsall-for-all", "hate-crime-reports"))
                .body("items.source.sha256", everyItem(matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void oneDatasetCarriesItsRecordAndProvenance() {
        api().get("/api/v1/datasets/hate-crime-reports").then()
                .statusCode(200)
                .body("uri", equalTo("http://localhost:8080/id/dataset/hate-crime-reports"))
                .body("kind", equalTo("observations"))
                .body("source.file", equalTo("observations/hate-crime-reports.csv"))
                .body("rows", equalTo(267))
                .body("triples", greaterThan(267))
                .body("provenance.activity", matchesPattern(".*/id/dataset/hate-crime-reports/ingest/\\d+"));
    }

    @Test
    void anUnknownDatasetIsAProblem() {
        api().get("/api/v1/datasets/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://opencohesion.org/problems/not-found"));
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblemsToo() {
        given().port(server.port()).get("/nothing/here").then()
                .statusCode(404).contentType("application/problem+json");
        given().port(server.port()).post("/health").then()
                .statusCode(405).contentType("application/problem+json").body("title", equalTo("Method not allowed"));
    }

    @Test
    void firstStartLoadsOnlyOnce() {
        long generation = store.generation();
        FirstStart.load(store, TestSamples.samples(), new PrintWriter(new StringWriter()));
        assertEquals(generation, store.generation());
    }
}
