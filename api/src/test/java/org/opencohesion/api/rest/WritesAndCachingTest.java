package org.opencohesion.api.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencohesion.api.Config;
import org.opencohesion.api.TestSamples;

/** Authenticated writes through the ingest pipeline, and the response cache that must never serve old data after one. */
class WritesAndCachingTest {
    private static final String OBSERVATIONS = "/api/v1/indicators/hate-crime-reports/observations?area=W05001714&limit=1000";
    private static final String NEW_AREA = "code,name,name_cy,level,parent\nW05009999,Test ward,,ward,W06000006\n";

    @TempDir
    Path temp;
    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(temp);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void writesNeedAValidToken() {
        long generation = rest.store.generation();
        rest.wrong().contentType("text/csv").header("X-Dataset-Kind", "areas").body(NEW_AREA).put("/api/v1/datasets/extra-areas").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        rest.wrong().header("Authorization", "Bearer " + rest.token + "x").contentType("text/csv").header("X-Dataset-Kind", "areas")
                .body(NEW_AREA).put("/api/v1/datasets/extra-areas").then().statusCode(401);
        rest.wrong().header("Authorization", "Basic " + rest.token).delete("/api/v1/datasets/hate-crime-reports").then().statusCode(401);
        rest.wrong().delete("/api/v1/datasets/hate-crime-reports").then().statusCode(401);
        assertEquals(generation, rest.store.generation(), "a refused write changes nothing");
        rest.api().get("/api/v1/datasets/hate-crime-reports").then().statusCode(200);
    }

    @Test
    void aPutCreatesThenReplacesAndADeleteRemoves_eachSeenByTheVeryNextGet() {
        String listEtag = rest.api().get("/api/v1/areas").header("ETag");
        int total = rest.api().get("/api/v1/areas").jsonPath().getInt("page.total");
        rest.api().get("/api/v1/areas/W05009999").then().statusCode(404);

        rest.writer().contentType("text/csv").header("X-Dataset-Kind", "areas").body(NEW_AREA).put("/api/v1/datasets/extra-areas").then()
                .statusCode(201).header("Location", "/api/v1/datasets/extra-areas")
                .body("id", equalTo("extra-areas")).body("kind", equalTo("areas")).body("rows", equalTo(1));
        rest.api().get("/api/v1/areas/W05009999").then().statusCode(200).body("name", equalTo("Test ward"));
        rest.api().get("/api/v1/areas").then().body("page.total", equalTo(total + 1)).header("ETag", not(equalTo(listEtag)));
        rest.api().get("/api/v1/areas/W06000006").then().body("children.code", hasItem("W05009999"));

        rest.writer().contentType("text/csv; charset=utf-8").header("X-Dataset-Kind", "areas").body(NEW_AREA.replace("Test ward", "Renamed ward"))
                .put("/api/v1/datasets/extra-areas").then().statusCode(200).body("id", equalTo("extra-areas"));
        rest.api().get("/api/v1/areas/W05009999").then().statusCode(200).body("name", equalTo("Renamed ward"));

        rest.writer().delete("/api/v1/datasets/extra-areas").then().statusCode(204).body(emptyString());
        rest.api().get("/api/v1/areas/W05009999").then().statusCode(404);
        rest.api().get("/api/v1/areas").then().body("page.total", equalTo(total)).header("ETag", equalTo(listEtag));
        rest.writer().delete("/api/v1/datasets/extra-areas").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void brokenInputIsRefusedWithItsLineAndColumn_andChangesNothing() {
        String etag = rest.api().get(OBSERVATIONS).header("ETag");
        long generation = rest.store.generation();
        String broken = "area,period,value,numerator,denominator,status\nW06000006,2023,12,,,\nW06000006,2024,twelve,,,\n";
        rest.writer().contentType("text/csv").header("X-Dataset-Kind", "observations").body(broken).put("/api/v1/datasets/hate-crime-reports").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errorCount", equalTo(1))
                .body("errors[0].file", equalTo("hate-crime-reports.csv"))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].column", notNullValue())
                .body("errors[0].field", equalTo("value"))
                .body("detail", not(containsString("twelve")));
        rest.writer().contentType("text/turtle").body("<a> <b> .\n").put("/api/v1/datasets/some-rdf").then()
                .statusCode(422).body("errors[0].line", equalTo(1)).body("errors[0].file", equalTo("some-rdf.ttl"));
        assertEquals(generation, rest.store.generation());
        rest.api().header("If-None-Match", etag).get(OBSERVATIONS).then().statusCode(304);
    }

    @Test
    void wrongMediaTypesKindsAndIdsAreClientErrors() {
        rest.writer().contentType("application/pdf").body("%PDF".getBytes(StandardCharsets.US_ASCII)).put("/api/v1/datasets/x").then().statusCode(415).contentType("application/problem+json");
        rest.writer().contentType("text/csv").body(NEW_AREA).put("/api/v1/datasets/x").then().statusCode(400).body("parameter", equalTo("X-Dataset-Kind"));
        rest.writer().contentType("text/csv").header("X-Dataset-Kind", "maps").body(NEW_AREA).put("/api/v1/datasets/x").then()
                .statusCode(400).body("parameter", equalTo("X-Dataset-Kind"));
        rest.writer().contentType("application/json").header("X-Dataset-Kind", "areas").body("{}").put("/api/v1/datasets/x").then().statusCode(415);
        rest.writer().contentType("text/csv").header("X-Dataset-Kind", "areas").body(NEW_AREA).put("/api/v1/datasets/Not_A_Slug").then()
                .statusCode(400).body("parameter", equalTo("id"));
        rest.api().get("/api/v1/datasets/x").then().statusCode(404);
    }

    @Test
    void aBodyOverTheLimitIs413AndChangesNothing() {
        rest.close();
        rest = new RestFixture(temp, 1024, Config.DEFAULT_CACHE_BYTES);
        try (RestFixture small = rest) {
            long generation = small.store.generation();
            String big = NEW_AREA + "W05009998,x,,ward,W06000006\n".repeat(100);
            small.writer().contentType("text/csv").header("X-Dataset-Kind", "areas").body(big).put("/api/v1/datasets/extra-areas").then()
                    .statusCode(413).contentType("application/problem+json");
            assertEquals(generation, small.store.generation());
        }
    }

    @Test
    void csvCellsASpreadsheetWouldRunAreNeutralised_numbersStayNumbers() {
        String assets = "id,name,type,description,area,latitude,longitude,website,provider,partnership,added\n"
                + "evil,\"=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\",informal-group,@SUM(1+1),W06000006,53.05,-2.99,,+44 1234,,\n"
                + "dash,-2+3 club,informal-group,ordinary text,W06000006,53.05,-2.98,,,,\n";
        rest.writer().contentType("text/csv").header("X-Dataset-Kind", "assets").body(assets).put("/api/v1/datasets/tricky-assets").then().statusCode(201);
        rest.api().get("/api/v1/assets/evil").then().body("name", equalTo("=HYPERLINK(\"http://example.org\",\"x\")"));
        String csv = new String(rest.api().get("/api/v1/assets?type=informal-group&format=csv&sort=id").asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\""), csv);
        assertTrue(csv.contains(",'@SUM(1+1),"), csv);
        assertTrue(csv.contains(",'+44 1234,"), csv);
        assertTrue(csv.contains("'-2+3 club"), csv);
        assertTrue(csv.contains(",53.05,-2.99,"), "coordinates stay numbers: " + csv);
    }

    @Test
    void etagsAnswerIfNoneMatchWith304() {
        Response first = rest.api().get("/api/v1/plans/walsall-for-all");
        String etag = first.header("ETag");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), "a strong ETag: " + etag);
        assertEquals("public, max-age=60", first.header("Cache-Control"));
        assertEquals("Accept, Accept-Encoding", first.header("Vary"));
        rest.api().header("If-None-Match", etag).get("/api/v1/plans/walsall-for-all").then().statusCode(304).body(emptyString()).header("ETag", etag);
        rest.api().header("If-None-Match", "\"something-else\"").get("/api/v1/plans/walsall-for-all").then().statusCode(200);
        String csvTag = rest.api().get("/api/v1/plans?format=csv").header("ETag");
        assertNotEquals(rest.api().get("/api/v1/plans").header("ETag"), csvTag, "each representation has its own ETag");
    }

    @Test
    void cachedBodiesAreSentGzippedToClientsThatTakeGzip_eachEncodingItsOwnEtag() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI plan = URI.create("http://127.0.0.1:" + rest.server.port() + "/api/v1/plans/walsall-for-all");
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(plan).build(), BodyHandlers.ofByteArray());
        HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(plan).header("Accept-Encoding", "br, gzip;q=0.8").build(), BodyHandlers.ofByteArray());
        HttpResponse<byte[]> refused = http.send(HttpRequest.newBuilder(plan).header("Accept-Encoding", "*, gzip;q=0").build(), BodyHandlers.ofByteArray());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty(), "gzip;q=0 means no gzip");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals("Accept, Accept-Encoding", zipped.headers().firstValue("Vary").orElseThrow());
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertEquals(new String(plain.body(), StandardCharsets.UTF_8), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(zipped.body().length < plain.body().length / 2, zipped.body().length + " gzipped bytes of " + plain.body().length);
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(plainTag, zippedTag);
        assertEquals(304, http.send(HttpRequest.newBuilder(plan).header("Accept-Encoding", "gzip").header("If-None-Match", zippedTag).build(),
                BodyHandlers.ofByteArray()).statusCode());
        assertEquals(200, http.send(HttpRequest.newBuilder(plan).header("Accept-Encoding", "gzip").header("If-None-Match", plainTag).build(),
                BodyHandlers.ofByteArray()).statusCode(), "the identity ETag does not validate the gzipped bytes");
        HttpResponse<byte[]> small = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + rest.server.port() + "/api/v1/areas/W05001714"))
                .header("Accept-Encoding", "gzip").build(), BodyHandlers.ofByteArray());
        assertTrue(small.body().length < 1500, "a small body: " + small.body().length);
        assertTrue(small.headers().firstValue("Content-Encoding").isEmpty(), "small bodies go as they are");
        assertEquals("Accept", small.headers().firstValue("Vary").orElseThrow());
    }

    @Test
    void concurrentReadsDuringWritesSeeTheOldOrTheNewDatasetNeverAMix() throws Exception {
        String original = Files.readString(TestSamples.samples().resolve("observations/hate-crime-reports.csv"));
        String raised = raiseEveryValue(original, 100);
        List<String> oldValues = values(rest.api().get(OBSERVATIONS));
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            futures.add(readers.submit(() -> {
                while (writing.get()) {
                    Response r = rest.api().get(OBSERVATIONS);
                    assertEquals(200, r.statusCode(), r.asString());
                    seen.add(String.join(",", values(r)));
                }
                return null;
            }));
        }
        List<String> newValues = null;
        for (int round = 0; round < 3; round++) {
            rest.writer().contentType("text/csv").header("X-Dataset-Kind", "observations").body(raised).put("/api/v1/datasets/hate-crime-reports").then().statusCode(200);
            newValues = values(rest.api().get(OBSERVATIONS));
            rest.writer().contentType("text/csv").header("X-Dataset-Kind", "observations").body(original).put("/api/v1/datasets/hate-crime-reports").then().statusCode(200);
            assertEquals(oldValues, values(rest.api().get(OBSERVATIONS)), "the next GET after a write shows it");
        }
        writing.set(false);
        for (Future<?> f : futures) {
            f.get();
        }
        readers.shutdown();
        assertNotEquals(oldValues, newValues);
        String before = String.join(",", oldValues);
        String after = String.join(",", newValues);
        assertTrue(seen.size() > 10, "the readers ran: " + seen.size());
        for (String s : seen) {
            assertTrue(s.equals(before) || s.equals(after), "a mix of versions: " + s);
        }
    }

    private static List<String> values(Response r) {
        return r.jsonPath().getList("items", java.util.Map.class).stream()
                .map(m -> m.get("period") + "=" + m.getOrDefault("value", m.get("status")))
                .collect(Collectors.toList());
    }

    private static String raiseEveryValue(String csv, int by) {
        return csv.lines().map(line -> {
            String[] cells = line.split(",", -1);
            if (cells[2].matches("[0-9]+")) {
                cells[2] = String.valueOf(Integer.parseInt(cells[2]) + by);
            }
            return String.join(",", cells);
        }).collect(Collectors.joining("\n", "", "\n"));
    }
}
