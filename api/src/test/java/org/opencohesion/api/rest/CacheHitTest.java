package org.opencohesion.api.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A response served from the cache is the response that was stored: its headers are worked out
 * once, when it is cached, so a hit must carry exactly those of the miss before it.
 */
class CacheHitTest {
    private static final String OBSERVATIONS = "/api/v1/indicators/hate-crime-reports/observations";

    @TempDir
    Path temp;
    private RestFixture rest;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        rest = new RestFixture(temp);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void aHitCarriesTheHeadersOfTheMissThatStoredIt() throws Exception {
        assertHitRepeatsMiss(OBSERVATIONS + "?area=W06000006&limit=5", Map.of());
        HttpResponse<byte[]> gzipped = assertHitRepeatsMiss(OBSERVATIONS + "?area=W06000006&limit=6", Map.of("Accept-Encoding", "gzip"));
        assertEquals(List.of("gzip"), gzipped.headers().allValues("Content-Encoding"));
        assertHitRepeatsMiss(OBSERVATIONS + "?area=W06000006&limit=7&format=csv", Map.of());
        assertHitRepeatsMiss(OBSERVATIONS + "?area=W06000006&limit=8", Map.of("Accept", "text/csv", "Accept-Encoding", "gzip"));
        assertHitRepeatsMiss("/api/v1/areas/W06000006", Map.of());
        assertHitRepeatsMiss("/catalog", Map.of("Accept", "text/turtle"));
    }

    @Test
    void twoOrdersOfTheSameParametersShareOneEntry() throws Exception {
        HttpResponse<byte[]> first = get(OBSERVATIONS + "?area=W06000006&limit=5&sort=-value", Map.of());
        double hits = metric("hit");
        HttpResponse<byte[]> second = get(OBSERVATIONS + "?sort=-value&limit=5&area=W06000006", Map.of());
        assertEquals(hits + 1, metric("hit"), "the second order is served from the first one's entry");
        assertArrayEquals(first.body(), second.body());
        assertEquals(headers(first), headers(second));
    }

    @Test
    void aHeadHitHasTheHeadersOfTheGet() throws Exception {
        String path = OBSERVATIONS + "?area=W06000006&limit=9";
        HttpResponse<byte[]> get = get(path, Map.of());
        HttpResponse<byte[]> head = http.send(request(path, Map.of()).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(headers(get), headers(head));
        assertEquals(0, head.body().length);
    }

    private HttpResponse<byte[]> assertHitRepeatsMiss(String path, Map<String, String> requestHeaders) throws Exception {
        double misses = metric("miss");
        double hits = metric("hit");
        HttpResponse<byte[]> miss = get(path, requestHeaders);
        assertEquals(misses + 1, metric("miss"), path);
        HttpResponse<byte[]> hit = get(path, requestHeaders);
        assertEquals(hits + 1, metric("hit"), path);
        assertEquals(200, miss.statusCode(), path);
        assertEquals(headers(miss), headers(hit), path + " " + requestHeaders);
        assertArrayEquals(miss.body(), hit.body(), path);
        assertEquals(List.of(Integer.toString(miss.body().length)), miss.headers().allValues("Content-Length"), path);
        assertTrue(miss.headers().firstValue("Access-Control-Allow-Origin").isPresent(), path);
        assertTrue(miss.headers().firstValue("ETag").isPresent(), path);
        return miss;
    }

    /** Every header but {@code Date}, by lower-case name. */
    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + rest.server.port() + path));
        headers.forEach(builder::header);
        return builder;
    }

    private double metric(String result) throws IOException, InterruptedException {
        String metrics = new String(get("/metrics", Map.of()).body(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^opencohesion_response_cache_total\\{result=\"" + result + "\"} ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
