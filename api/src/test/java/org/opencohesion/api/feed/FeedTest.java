package org.opencohesion.api.feed;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencohesion.api.Config;
import org.opencohesion.api.HarvestFixture;
import org.opencohesion.api.TestSamples;

/** The change feed after ingest, replace (PUT) and delete, on a TDB2 store that is restarted. */
class FeedTest {
    private static final String NEW_AREA = "code,name,name_cy,level,parent\nW05009999,Test ward,,ward,W06000006\n";

    @TempDir
    Path temp;

    @Test
    void ingestReplaceAndDeleteAreRecordedInOrderAndSurviveARestart() throws IOException {
        try (HarvestFixture service = new HarvestFixture(temp, temp.resolve("data"), Config.forTests())) {
            String base = service.base();
            JsonPath collection = service.request().get("/feed").then().statusCode(200)
                    .contentType("application/activity+json").extract().jsonPath();
            assertEquals("OrderedCollection", collection.getString("type"));
            assertEquals(base + "/feed?since=0", collection.getString("first"));
            int samples = collection.getInt("totalItems");
            assertEquals(10, samples, "one Create per sample dataset");

            JsonPath first = page(service, 0);
            List<Map<String, Object>> created = first.getList("orderedItems");
            assertEquals(samples, created.size());
            long ingested = ((Number) created.get(0).get("generation")).longValue();
            for (Map<String, Object> a : created) {
                assertEquals("Create", a.get("type"));
                assertEquals(ingested, ((Number) a.get("generation")).longValue(), "the samples came in one commit");
            }
            assertEquals(base + "/id/dataset/areas", first.getString("orderedItems.find { it.id.endsWith('/areas') }.object.id"));
            assertEquals(base + "/dumps/datasets/areas.nq.gz",
                    first.getString("orderedItems.find { it.id.endsWith('/areas') }.object.url[0].href"));
            assertEquals(null, first.getString("next"), "one page");

            String observations = Files.readString(TestSamples.samples().resolve("observations/hate-crime-reports.csv"));
            service.writer().contentType("text/csv").header("X-Dataset-Kind", "observations").body(observations)
                    .put("/api/v1/datasets/hate-crime-reports").then().statusCode(200);
            service.writer().contentType("text/csv").header("X-Dataset-Kind", "areas").body(NEW_AREA)
                    .put("/api/v1/datasets/extra-areas").then().statusCode(201);
            service.writer().delete("/api/v1/datasets/extra-areas").then().statusCode(204);

            JsonPath changes = page(service, ingested);
            assertEquals(List.of("Update", "Create", "Delete"), changes.getList("orderedItems.type"));
            assertEquals(List.of(base + "/id/dataset/hate-crime-reports", base + "/id/dataset/extra-areas", base + "/id/dataset/extra-areas"),
                    changes.getList("orderedItems.object.id"));
            List<Long> generations = changes.getList("orderedItems.generation", Long.class);
            assertEquals(List.of(ingested + 1, ingested + 2, ingested + 3), generations, "one commit each, in order");
            assertEquals(service.store().generation(), ingested + 3);
            assertEquals("Tombstone", changes.getString("orderedItems[2].object.type"));
            assertEquals(null, changes.getList("orderedItems[2].object.url"), "a deleted dataset has no dumps");
            assertEquals(2, changes.getList("orderedItems[0].object.url").size());
            assertTrue(changes.getString("orderedItems[0].published").compareTo(changes.getString("orderedItems[2].published")) <= 0);

            // a harvester that has seen everything gets an empty page, and a 304 while nothing changes
            String etag = service.request().get("/feed?since=" + (ingested + 3)).then().statusCode(200)
                    .body("orderedItems", hasSize(0)).body("next", nullValue()).extract().header("ETag");
            service.request().header("If-None-Match", etag).get("/feed?since=" + (ingested + 3)).then().statusCode(304);

            String before = service.request().get("/feed?since=0").asString();
            service.restart();
            assertEquals(before, service.request().get("/feed?since=0").asString(), "the feed is kept in the store");
            service.request().get("/feed").then().body("totalItems", equalTo(samples + 3));
            // the activities are linked data too
            service.request().get("/doc/change/" + (ingested + 3) + "/extra-areas.ttl").then().statusCode(200);
        }
    }

    @Test
    void negotiationAndBadRequests(@TempDir Path other) {
        try (HarvestFixture service = new HarvestFixture(other)) {
            service.request().accept("application/ld+json").get("/feed").then().statusCode(200)
                    .contentType(startsWith("application/ld+json"));
            service.request().accept("application/json").get("/feed").then().statusCode(200).contentType("application/activity+json");
            service.request().accept("text/html").get("/feed").then().statusCode(406).contentType("application/problem+json");
            service.request().get("/feed?since=-1").then().statusCode(400).body("parameter", equalTo("since"));
            service.request().get("/feed?since=soon").then().statusCode(400);
            service.request().get("/feed?page=2").then().statusCode(400);
            service.request().head("/feed?since=0").then().statusCode(200);
        }
    }

    private static JsonPath page(HarvestFixture service, long since) {
        JsonPath page = service.request().get("/feed?since=" + since).then().statusCode(200).extract().jsonPath();
        assertEquals("OrderedCollectionPage", page.getString("type"));
        assertEquals(service.base() + "/feed", page.getString("partOf"));
        return page;
    }
}
