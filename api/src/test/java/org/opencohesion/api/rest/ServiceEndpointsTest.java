package org.opencohesion.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencohesion.api.TestSamples;

/** The contract and its docs, metrics, CORS and the access log. */
class ServiceEndpointsTest {
    @TempDir
    static Path temp;
    private static RestFixture rest;

    @BeforeAll
    static void start() {
        rest = new RestFixture(temp);
    }

    @AfterAll
    static void stop() {
        rest.close();
    }

    @Test
    void theContractIsServedAsBuilt() throws Exception {
        String served = rest.api().get("/openapi.yaml").then().statusCode(200).contentType(startsWith("application/yaml")).extract().asString();
        assertTrue(served.equals(Files.readString(TestSamples.openApi())), "/openapi.yaml is the repository's openapi.yaml");
    }

    @Test
    void theDocsPageUsesTheBundledSwaggerUiOnly() {
        String page = rest.api().get("/docs").then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        Matcher script = Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\"").matcher(page);
        assertTrue(script.find(), page);
        assertFalse(page.matches("(?s).*(src|href)=\"https?://.*"), "nothing is fetched from another host");
        assertTrue(page.contains("validatorUrl: null"));
        given().port(rest.server.port()).get(script.group(1)).then().statusCode(200);
        given().port(rest.server.port()).get(script.group(1).replace("swagger-ui-bundle.js", "swagger-ui.css")).then().statusCode(200);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        for (String path : new String[] {"/api/v1/areas", "/api/v1/areas/W06000006", "/api/v1/indicators/hate-crime-reports/observations?format=csv", "/health", "/openapi.yaml"}) {
            io.restassured.response.Response get = given().port(rest.server.port()).get(path);
            io.restassured.response.Response head = given().port(rest.server.port()).head(path);
            org.junit.jupiter.api.Assertions.assertEquals(get.statusCode(), head.statusCode(), path);
            org.junit.jupiter.api.Assertions.assertEquals(get.contentType(), head.contentType(), path);
            org.junit.jupiter.api.Assertions.assertEquals(get.header("ETag"), head.header("ETag"), path);
            org.junit.jupiter.api.Assertions.assertEquals("", head.asString(), path);
        }
    }

    @Test
    void metricsCountRequestsPerRouteAndCacheHitsAndMisses() {
        rest.api().get("/api/v1/areas/W06000006").then().statusCode(200);
        rest.api().get("/api/v1/areas/W06000006").then().statusCode(200);
        rest.api().get("/api/v1/areas/W92000004").then().statusCode(200);
        String metrics = rest.api().get("/metrics").then().statusCode(200).contentType(startsWith("text/plain")).extract().asString();
        assertTrue(metrics.contains("route=\"/api/v1/areas/{code}\""), "per route, not per path");
        assertFalse(metrics.contains("W06000006"), "raw paths would make unbounded series");
        assertTrue(Pattern.compile("http_server_requests_seconds_count\\{[^}]*route=\"/api/v1/areas/\\{code\\}\"[^}]*} [3-9]").matcher(metrics).find(), metrics);
        assertTrue(Pattern.compile("opencohesion_response_cache_total\\{result=\"hit\"} [1-9]").matcher(metrics).find(), metrics);
        assertTrue(Pattern.compile("opencohesion_response_cache_total\\{result=\"miss\"} [1-9]").matcher(metrics).find(), metrics);
    }

    @Test
    void anyOriginMayReadButNotWrite() {
        rest.api().header("Origin", "https://example.org").get("/api/v1/indicators").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("Link"));
        given().port(rest.server.port()).header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/indicators").then().statusCode(204).header("Access-Control-Allow-Methods", containsString("GET"));
        given().port(rest.server.port()).header("Origin", "https://example.org").header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/datasets/x").then().header("Access-Control-Allow-Origin", nullValue());
        rest.api().get("/health").then().statusCode(200).body("status", equalTo("ok"));
    }

    @Test
    void theAccessLogHasPathsButNeverQueriesOrTokens() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            rest.wrong().header("Authorization", "Bearer " + rest.token).get("/api/v1/areas?q=private-search-words").then().statusCode(200);
            rest.wrong().header("Authorization", "Bearer " + rest.token).contentType("text/csv").header("X-Dataset-Kind", "areas")
                    .body("code,name,name_cy,level,parent\nW05009999,Secret ward name,,ward,W06000006\n").put("/api/v1/datasets/extra").then().statusCode(201);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("path=/api/v1/areas status=200"), log);
        assertTrue(log.contains("route=/api/v1/datasets/{id}"), log);
        assertFalse(log.contains("private-search-words"), log);
        assertFalse(log.contains(rest.token), log);
        assertFalse(log.contains("Secret ward name"), log);
    }
}
