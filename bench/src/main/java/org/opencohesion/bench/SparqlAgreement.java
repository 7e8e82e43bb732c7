package org.opencohesion.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetCompare;

/**
 * Before anything is measured: sends the same queries to OpenCohesion and to Fuseki and checks
 * that they answer the same solutions in the same order (compared term by term with Jena), so
 * the two servers are measured doing the same work. Also times each query alone on each server.
 */
final class SparqlAgreement {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int TIMED_REPEATS = 5;

    /** One query's answers: how many solutions, and its median time alone on each server (ms). */
    record Compared(String kind, int solutions, double firstMillis, double secondMillis) {}

    private SparqlAgreement() {}

    /**
     * @throws IllegalStateException naming the first query the servers disagree on
     */
    static List<Compared> check(String first, String second, List<String> queries) {
        List<Compared> compared = new ArrayList<>();
        for (String query : queries) {
            ResultSetRewindable a = results(first, query);
            ResultSetRewindable b = results(second, query);
            if (!ResultSetCompare.equalsByTermAndOrder(a, b)) {
                throw new IllegalStateException("the servers disagree (" + a.size() + " and " + b.size()
                        + " solutions) on:\n" + query);
            }
            compared.add(new Compared(SparqlScenarios.kindOf(query), a.size(), medianMillis(first, query), medianMillis(second, query)));
        }
        return compared;
    }

    private static double medianMillis(String endpoint, String query) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < TIMED_REPEATS; i++) {
            long start = System.nanoTime();
            get(endpoint, query);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis.get(millis.size() / 2);
    }

    private static ResultSetRewindable results(String endpoint, String query) {
        byte[] body = get(endpoint, query);
        return ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(new ByteArrayInputStream(body)));
    }

    /** {@code endpoint} is {@code http://127.0.0.1:port/path}. */
    private static byte[] get(String endpoint, String query) {
        String url = SparqlScenarios.paths(endpoint, List.of(query)).get(0);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/sparql-results+json").GET().build();
        try {
            HttpResponse<byte[]> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(endpoint + " answered " + answer.statusCode() + ": "
                        + new String(answer.body(), StandardCharsets.UTF_8) + "\nfor:\n" + query);
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + endpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
