package org.opencohesion.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencohesion.api.auth.TokenAuthenticator;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.testing.FusekiFixture;

/**
 * Remote mode as it runs in production: two OpenCohesion nodes, each with its own caches, over one
 * real Fuseki server; and that server going away in the middle of things.
 */
class RemoteModeTest {
    private static final Duration CHECK = Duration.ofMillis(400);
    private static final String NEW_AREA = "code,name,name_cy,level,parent\nW05009999,Test ward,,ward,W06000006\n";

    @TempDir
    Path temp;
    private FusekiFixture fuseki;
    private String token;
    private Node a;
    private Node b;

    private record Node(Store store, OpenCohesionServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            store.close();
        }
    }

    @BeforeEach
    void start() throws IOException {
        fuseki = new FusekiFixture(true);
        String[] made = TokenAuthenticator.newToken("tests");
        token = made[0];
        Path tokens = Files.writeString(temp.resolve("tokens.txt"), made[1] + "\n");
        Config config = Config.forTests().withTokenFile(tokens).withRemote(Config.Remote.at(fuseki.datasetUrl(), CHECK));
        a = node(config);
        FirstStart.load(a.store(), TestSamples.samples(), new PrintWriter(new StringWriter()));
        b = node(config);
    }

    private static Node node(Config config) {
        Store store = Stores.open(config);
        return new Node(store, OpenCohesionServer.create(config, store).start());
    }

    @AfterEach
    void stop() {
        b.close();
        a.close();
        fuseki.close();
    }

    private Response put(Node node, String id, String csv) {
        return given().port(node.server().port()).header("Authorization", "Bearer " + token).contentType("text/csv")
                .header("X-Dataset-Kind", "areas").body(csv).put("/api/v1/datasets/" + id);
    }

    @Test
    void aWriteThroughOneNodeIsServedByTheOtherOnceTheCheckIntervalHasPassed() throws InterruptedException {
        String etag = given().port(b.server().port()).get("/api/v1/areas").then().statusCode(200).extract().header("ETag");
        given().port(b.server().port()).get("/api/v1/areas/W05009999").then().statusCode(404);

        put(a, "extra-areas", NEW_AREA).then().statusCode(201);
        given().port(a.server().port()).get("/api/v1/areas/W05009999").then().statusCode(200).body("name", equalTo("Test ward"));

        Thread.sleep(CHECK.toMillis() + 100);
        given().port(b.server().port()).get("/api/v1/areas/W05009999").then().statusCode(200).body("name", equalTo("Test ward"));
        String after = given().port(b.server().port()).header("If-None-Match", etag).get("/api/v1/areas").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, after);
        given().port(b.server().port()).queryParam("query", "ASK { ?s ?p ?name FILTER(STR(?name) = 'Test ward') }").get("/sparql").then().statusCode(200)
                .body("boolean", equalTo(true));

        // and back the other way: a delete through B is seen by A
        given().port(b.server().port()).header("Authorization", "Bearer " + token).delete("/api/v1/datasets/extra-areas").then().statusCode(204);
        Thread.sleep(CHECK.toMillis() + 100);
        given().port(a.server().port()).get("/api/v1/areas/W05009999").then().statusCode(404);
    }

    @Test
    void withTheServerStoppedEveryRequestIsAClear503AndNothingIsLost() {
        long generation = a.store().generation();
        fuseki.stop();
        try {
            Thread.sleep(CHECK.toMillis() + 100);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        for (String path : List.of("/api/v1/areas", "/api/v1/indicators/hate-crime-reports/observations", "/sparql?query=ASK%20%7B%7D",
                "/id/area/W05001714", "/catalog", "/health")) {
            given().port(b.server().port()).urlEncodingEnabled(false).accept("application/json").get(path).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("status", equalTo(503)).body("title", equalTo("The store is unavailable"));
        }
        put(a, "extra-areas", NEW_AREA).then().statusCode(503).contentType("application/problem+json");

        fuseki.start();
        assertEquals(generation, b.store().generation());
        given().port(b.server().port()).get("/api/v1/areas/W05001714").then().statusCode(200);
        given().port(b.server().port()).get("/api/v1/areas/W05009999").then().statusCode(404);
        put(a, "extra-areas", NEW_AREA).then().statusCode(201);
    }

    @Test
    void aServerStoppedDuringALargeWriteLeavesTheOldDatasetOrTheNewOneNeverPart() throws Exception {
        int rows = 5_000;
        StringBuilder csv = new StringBuilder("code,name,name_cy,level,parent\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format("W05%06d,Ward %d,,ward,W06000006%n", 900_000 + i, i));
        }
        String graph = a.store().uris().datasetGraph("many-areas");
        CompletableFuture<Response> write = CompletableFuture.supplyAsync(() -> put(a, "many-areas", csv.toString()));
        // Stop the server while the write is on its way: reading, validating or committing.
        Thread.sleep(700);
        fuseki.stop();
        Response answer = write.get(60, TimeUnit.SECONDS);
        answer.then().statusCode(oneOf(201, 503));
        fuseki.start();

        long areas = Txn.calculateRead(fuseki.data(), () -> fuseki.data().stream(NodeFactory.createURI(graph), null,
                org.apache.jena.vocabulary.SKOS.notation.asNode(), null).count());
        if (answer.statusCode() == 201) {
            assertEquals(rows, areas);
        } else {
            assertTrue(areas == 0 || areas == rows, "a partial dataset: " + areas + " of " + rows + " areas");
        }
        // every quad of the dataset graph is there or none is
        long quads = Txn.calculateRead(fuseki.data(), () -> fuseki.data().stream(NodeFactory.createURI(graph), null, null, null).count());
        assertTrue(quads == 0 || areas == rows, "quads without their areas: " + quads);
    }
}
