package org.opencohesion.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Asks for a scenario's first paths, one request at a time, before it is loaded. A scenario whose
 * answers are errors would measure how fast the service says no, so it is skipped instead. The
 * first pass also fills the cache for the cached scenario; the second is timed, giving the
 * latency of one request on an otherwise idle service.
 */
final class UrlCheck {
    private static final int SAMPLE = 5;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /**
     * @param failure        why the scenario cannot be measured, or {@code null}
     * @param firstBody      the body of the first answer
     * @param unloadedMillis the median time of one request alone (second pass)
     */
    record Outcome(String failure, byte[] firstBody, double unloadedMillis) {
        static Outcome failed(String why) {
            return new Outcome(why, new byte[0], Double.NaN);
        }

        boolean passed() {
            return failure == null;
        }
    }

    private UrlCheck() {}

    static Outcome check(Scenario scenario) {
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            sample.add(scenario.paths().get(i % scenario.paths().size()));
        }
        byte[] firstBody = null;
        for (String path : sample) {
            HttpResponse<byte[]> answer = get(scenario, path);
            if (answer.statusCode() != 200) {
                String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
                return Outcome.failed("GET " + path + " answered " + answer.statusCode() + ": "
                        + (body.length() > 300 ? body.substring(0, 300) + "..." : body).strip());
            }
            firstBody = firstBody == null ? answer.body() : firstBody;
        }
        List<Double> millis = new ArrayList<>();
        for (String path : sample) {
            long start = System.nanoTime();
            get(scenario, path);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return new Outcome(null, firstBody, millis.get(millis.size() / 2));
    }

    /** One GET of {@code path}; fails unless it answers 200. */
    static Outcome once(String origin, String path) {
        long start = System.nanoTime();
        HttpResponse<byte[]> answer = get(new Scenario("once", path, origin, List.of(path)), path);
        if (answer.statusCode() != 200) {
            return Outcome.failed("GET " + path + " answered " + answer.statusCode());
        }
        return new Outcome(null, answer.body(), (System.nanoTime() - start) / 1e6);
    }

    private static HttpResponse<byte[]> get(Scenario scenario, String path) {
        String url = scenario.origin() + path;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
            for (String header : scenario.headers()) {
                int colon = header.indexOf(':');
                request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
