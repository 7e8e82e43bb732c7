package org.opencohesion.api.sparql.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The W3C SPARQL 1.1 Protocol tests ({@code protocol/manifest.ttl}), one dynamic test per
 * manifest entry, sent over real HTTP to a started OpenCohesion service.
 *
 * <p>Query tests must pass as written. Update tests are answered as a read-only endpoint must:
 * every update request is refused with a 4xx status (the class the manifest expects of every
 * update it does not expect to succeed; the Protocol lets a service refuse an update, and a
 * 4xx says "this request will not be carried out here" rather than "the server broke"), the
 * store is unchanged afterwards (same generation, same graphs), and the test's follow-up
 * queries, which look for the update's effect and expect {@code true}, answer {@code false}.
 */
@Tag("conformance")
class SparqlProtocolConformanceTest {
    /** The prefix every request path of the manifest starts with, to be replaced by the service's. */
    private static final String MANIFEST_PREFIX = "/sparql/";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final AtomicInteger QUERY_TESTS_PASSED = new AtomicInteger();
    private static final AtomicInteger UPDATE_TESTS_REFUSED = new AtomicInteger();

    private static Path manifest;
    private static ScratchService service;

    @BeforeAll
    static void start() {
        manifest = W3cSuite.sparql11().resolve("protocol/manifest.ttl");
        service = ScratchService.start();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
            System.out.printf("SPARQL 1.1 Protocol conformance: %d query tests passed, %d update tests refused as read-only%n",
                    QUERY_TESTS_PASSED.get(), UPDATE_TESTS_REFUSED.get());
        }
    }

    @TestFactory
    Stream<DynamicTest> protocolTests() {
        return W3cSuite.entries(manifest).stream()
                .map(ProtocolTestCase::read)
                .map(t -> DynamicTest.dynamicTest(t.entry().shortName() + ": " + t.name(), () -> runNamed(t)));
    }

    /** Runs a test; a failure names the test, which the build's report otherwise shows only by number. */
    private static void runNamed(ProtocolTestCase test) throws IOException, InterruptedException {
        try {
            run(test);
        } catch (AssertionError e) {
            throw new AssertionFailedError(test.entry().iri() + " (" + test.name() + "): " + e.getMessage(), e);
        }
    }

    private static void run(ProtocolTestCase test) throws IOException, InterruptedException {
        if (test.isUpdateTest()) {
            runRefusedUpdate(test);
            UPDATE_TESTS_REFUSED.incrementAndGet();
        } else {
            service.load(graphs(test.graphData()));
            for (ProtocolTestCase.Request request : test.requests()) {
                HttpResponse<byte[]> response = send(request);
                assertStatusClass(request.expected().statusClasses(), request, response);
                assertBody(request.expected(), request.expected().booleanResult().orElse(null), response);
            }
            QUERY_TESTS_PASSED.incrementAndGet();
        }
    }

    private static void runRefusedUpdate(ProtocolTestCase test) throws IOException, InterruptedException {
        // The graphs the updates would clear, drop or read from, so that "unchanged" means something.
        service.load(graphs(test.graphData().isEmpty() ? allProtocolData() : test.graphData()));
        long generation = service.generation();
        Map<String, Graph> before = service.contents();
        for (ProtocolTestCase.Request request : test.requests()) {
            HttpResponse<byte[]> response = send(request);
            if (request.isUpdate()) {
                assertStatusClass(Set.of(4), request, response);
            } else {
                assertStatusClass(request.expected().statusClasses(), request, response);
                assertTrue(request.expected().booleanResult().orElse(false),
                        "a follow-up query of an update test checks the update's effect");
                // The update was refused, so the effect the manifest looks for is not there.
                assertBody(request.expected(), false, response);
            }
        }
        assertEquals(generation, service.generation(), "a refused update must not commit anything");
        Map<String, Graph> after = service.contents();
        assertEquals(before.keySet(), after.keySet(), "a refused update must not add or remove graphs");
        before.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(after.get(name)), "graph " + name + " changed"));
    }

    private static HttpResponse<byte[]> send(ProtocolTestCase.Request request) throws IOException, InterruptedException {
        if (!request.path().startsWith(MANIFEST_PREFIX)) {
            throw new IllegalStateException("request path does not start with " + MANIFEST_PREFIX + ": " + request.path());
        }
        String rest = request.path().substring(MANIFEST_PREFIX.length());
        URI uri = URI.create(service.endpoint() + rest);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        request.headers().forEach(builder::header);
        builder.method(request.method(), request.body()
                .map(b -> HttpRequest.BodyPublishers.ofByteArray(b.getBytes(request.bodyCharset())))
                .orElse(HttpRequest.BodyPublishers.noBody()));
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertStatusClass(Set<Integer> classes, ProtocolTestCase.Request request,
                                          HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (!classes.contains(status / 100)) {
            fail(request.method() + " " + request.path() + " answered " + status + ", expected "
                    + classes.stream().map(c -> c + "xx").toList() + ": " + excerpt(response.body()));
        }
    }

    /** The body is in a format the manifest allows for its expected format, parses, and has the boolean asked for. */
    private static void assertBody(ProtocolTestCase.Expected expected, Boolean expectedBoolean, HttpResponse<byte[]> response) {
        if (expected.format().isEmpty()) {
            return;
        }
        String mediaType = SparqlMediaTypes.mediaType(response);
        switch (expected.format().get()) {
            case "boolean" -> {
                Lang lang = allowed(SparqlMediaTypes.BOOLEAN, mediaType, "boolean");
                SPARQLResult result = SparqlMediaTypes.results(lang, response.body());
                assertTrue(result.isBoolean(), "an ASK result");
                if (expectedBoolean != null) {
                    assertEquals(expectedBoolean, result.getBooleanResult(), "the ASK result");
                }
            }
            case "tabular" -> {
                Lang lang = allowed(SparqlMediaTypes.TABULAR, mediaType, "tabular");
                SPARQLResult result = SparqlMediaTypes.results(lang, response.body());
                assertTrue(result.isResultSet(), "a SELECT result");
                result.getResultSet().forEachRemaining(row -> {});
            }
            case "RDF" -> {
                Lang lang = allowed(SparqlMediaTypes.RDF, mediaType, "RDF");
                SparqlMediaTypes.graph(lang, response.body(), service.endpoint().toString());
            }
            default -> throw new IllegalStateException("unknown mf:expectedFormat " + expected.format().get());
        }
    }

    private static Lang allowed(Map<String, Lang> formats, String mediaType, String format) {
        Lang lang = formats.get(mediaType);
        if (lang == null) {
            fail("a " + format + " result must be one of " + formats.keySet() + ", got '" + mediaType + "'");
        }
        return lang;
    }

    /** The graphs to load: name to the content of the file named in the manifest. */
    private static Map<String, Graph> graphs(Map<String, String> graphData) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        graphData.forEach((name, file) -> graphs.put(name, RDFDataMgr.loadGraph(file)));
        return graphs;
    }

    /** The protocol suite's data files, under the graph names its tests give them. */
    private static Map<String, String> allProtocolData() {
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            all.put("http://kasei.us/2009/09/sparql/data/data" + i + ".rdf", manifest.resolveSibling("data" + i + ".nt").toUri().toString());
        }
        return all;
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
