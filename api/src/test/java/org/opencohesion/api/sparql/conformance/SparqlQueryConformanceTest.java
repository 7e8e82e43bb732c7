package org.opencohesion.api.sparql.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.opencohesion.api.sparql.conformance.ExpectedResults.Difference;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The W3C SPARQL 1.1 query tests ({@code manifest-sparql11-query.ttl} and its sub-manifests)
 * run through the HTTP endpoint: each evaluation test's data goes into a scratch store, its
 * query goes over HTTP, and the answer, parsed back with Jena, is compared with the expected
 * result; syntax tests must answer 200 (positive) or 400 (negative).
 *
 * <p><b>The dataset.</b> OpenCohesion's default graph is the union of its named graphs, while a
 * test's default graph is its {@code qt:data} alone. So a test's default-graph data is stored as
 * a graph of its own ({@link #DEFAULT_DATA_GRAPH}) and each {@code qt:graphData} file as a named
 * graph called by its file IRI, and a query without FROM/FROM NAMED is sent with
 * {@code default-graph-uri} for the first and {@code named-graph-uri} for each of the others:
 * exactly the test's dataset, through the protocol's own means. A query with FROM/FROM NAMED is
 * sent without them (the protocol's dataset would override the query's).
 *
 * <p><b>The query.</b> Test queries use relative IRIs meant against the query file's location, so
 * each is sent with {@code BASE <its file IRI>} before its text; a later BASE in the query still
 * wins, so the meaning is unchanged.
 *
 * <p><b>Coverage of the protocol.</b> Tests take turns at GET, POST form and POST direct, and at
 * SPARQL XML and JSON results (Turtle and N-Triples for CONSTRUCT).
 *
 * <p><b>Exceptions.</b> A test that cannot pass for a principled reason is listed in
 * {@value #EXCEPTIONS}; it is still run, reported as skipped with its reason while it fails, and
 * fails the build once it passes, so the list stays honest. Any other failure fails the build.
 */
@Tag("conformance")
class SparqlQueryConformanceTest {
    static final String EXCEPTIONS = "/conformance/sparql-query-exceptions.txt";
    /** Where a test's default-graph data is stored; never a name a test uses. */
    /** Reasons ending so excuse only answers equal by value; see {@link Difference#equalByValue()}. */
    static final String LEXICAL_FORM = "lexical-form";
    static final String DEFAULT_DATA_GRAPH = "urn:x-opencohesion:conformance:default-graph";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String SYNTAX_ACCEPT = SparqlMediaTypes.RESULTS_JSON + ", " + SparqlMediaTypes.N_TRIPLES + ";q=0.9";

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger FAILED = new AtomicInteger();
    private static final Map<String, AtomicInteger> EXCEPTED = new ConcurrentHashMap<>();

    private static ConformanceExceptions exceptions;
    private static List<QueryTestCase> tests;
    private static ScratchService service;
    private static long started;

    @BeforeAll
    static void start() {
        started = System.nanoTime();
        tests = W3cSuite.entries(W3cSuite.sparql11().resolve("manifest-sparql11-query.ttl")).stream()
                .map(QueryTestCase::read).toList();
        exceptions = ConformanceExceptions.load(EXCEPTIONS);
        service = ScratchService.start();
    }

    @AfterAll
    static void stop() {
        if (service == null) {
            return;
        }
        service.close();
        String byReason = new TreeMap<>(EXCEPTED).entrySet().stream()
                .map(e -> e.getValue().get() + " " + e.getKey()).collect(Collectors.joining(", "));
        System.out.printf("SPARQL 1.1 query conformance over HTTP: %d run, %d passed, %d documented exceptions (%s), %d failed, in %.1f s%n",
                RUN.get(), PASSED.get(), EXCEPTED.values().stream().mapToInt(AtomicInteger::get).sum(),
                byReason.isEmpty() ? "none" : byReason, FAILED.get(), (System.nanoTime() - started) / 1e9);
    }

    @TestFactory
    Stream<DynamicTest> queryTests() {
        Stream<DynamicTest> listed = Stream.of(DynamicTest.dynamicTest("the exception list names only tests of the suite", () -> {
            Set<String> known = tests.stream().map(t -> t.entry().iri()).collect(Collectors.toSet());
            List<String> unknown = exceptions.all().keySet().stream().filter(iri -> !known.contains(iri)).toList();
            assertEquals(List.of(), unknown, "entries of " + EXCEPTIONS + " that are no test of the suite");
        }));
        Stream<DynamicTest> each = IntStream.range(0, tests.size()).mapToObj(i -> {
            QueryTestCase test = tests.get(i);
            return DynamicTest.dynamicTest(test.entry().shortName() + ": " + test.name(), () -> runCounted(test, i));
        });
        return Stream.concat(listed, each);
    }

    private static void runCounted(QueryTestCase test, int turn) {
        RUN.incrementAndGet();
        Optional<Difference> failure;
        try {
            failure = run(test, turn);
        } catch (IOException | RuntimeException e) {
            failure = Optional.of(Difference.of(e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = Optional.of(Difference.of("interrupted"));
        }
        Optional<ConformanceExceptions.Excepted> excepted = exceptions.lookup(test.entry().iri());
        if (excepted.isPresent()) {
            ConformanceExceptions.Excepted x = excepted.get();
            if (failure.isEmpty()) {
                FAILED.incrementAndGet();
                throw new AssertionFailedError(test.entry().iri() + " passes but is listed in " + EXCEPTIONS
                        + " (" + x.reason() + "): remove it from the list");
            }
            // An exception for lexical forms covers only that: any other difference is a failure.
            if (!x.reason().endsWith(LEXICAL_FORM) || failure.get().equalByValue()) {
                EXCEPTED.computeIfAbsent(x.reason(), k -> new AtomicInteger()).incrementAndGet();
                throw new TestAbortedException("documented exception (" + x.reason() + ": " + x.reasonDescription() + ")"
                        + (x.note().isEmpty() ? "" : " " + x.note()) + "; fails with: " + failure.get().description());
            }
        }
        if (failure.isPresent()) {
            FAILED.incrementAndGet();
            throw new AssertionFailedError(test.entry().iri() + " (" + test.name() + "): " + failure.get().description());
        }
        PASSED.incrementAndGet();
    }

    /** Runs one test; empty when it passes, else why not. */
    private static Optional<Difference> run(QueryTestCase test, int turn) throws IOException, InterruptedException {
        String text = "BASE <" + test.query() + ">\n" + Files.readString(Path.of(URI.create(test.query())), StandardCharsets.UTF_8);
        if (test.kind() != QueryTestCase.Kind.EVALUATION) {
            service.load(Map.of());
            HttpResponse<byte[]> response = send(text, List.of(), SYNTAX_ACCEPT, turn);
            int expected = test.kind() == QueryTestCase.Kind.POSITIVE_SYNTAX ? 200 : 400;
            return response.statusCode() == expected ? Optional.empty()
                    : Optional.of(Difference.of(method(turn) + " answered " + response.statusCode() + ", expected " + expected
                            + ": " + excerpt(response.body())));
        }
        Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        service.load(graphs(test));
        List<Map.Entry<String, String>> dataset = new ArrayList<>();
        if (!query.hasDatasetDescription()) {
            dataset.add(Map.entry("default-graph-uri", DEFAULT_DATA_GRAPH));
            test.graphData().forEach(g -> dataset.add(Map.entry("named-graph-uri", g)));
        }
        boolean graphResult = query.isConstructType() || query.isDescribeType();
        String accept = graphResult ? (turn % 2 == 0 ? SparqlMediaTypes.TURTLE : SparqlMediaTypes.N_TRIPLES)
                : (turn % 2 == 0 ? SparqlMediaTypes.RESULTS_XML : SparqlMediaTypes.RESULTS_JSON);
        HttpResponse<byte[]> response = send(text, dataset, accept, turn);
        if (response.statusCode() != 200) {
            return Optional.of(Difference.of(method(turn) + " answered " + response.statusCode() + ": " + excerpt(response.body())));
        }
        String mediaType = SparqlMediaTypes.mediaType(response);
        if (!mediaType.equals(accept)) {
            return Optional.of(Difference.of("asked for " + accept + ", got '" + mediaType + "'"));
        }
        SPARQLResult actual = graphResult
                ? new SPARQLResult(ModelFactory.createModelForGraph(SparqlMediaTypes.graph(
                        SparqlMediaTypes.RDF.get(mediaType), response.body(), service.endpoint().toString())))
                : SparqlMediaTypes.results(SparqlMediaTypes.BOOLEAN.get(mediaType), response.body());
        SPARQLResult expected = ExpectedResults.load(test.result().orElseThrow(), query);
        return ExpectedResults.difference(query, expected, actual)
                .map(d -> new Difference(method(turn) + " " + accept + ": " + d.description(), d.equalByValue()));
    }

    /** The store contents for a test: its default-graph data merged into one graph, and its named graphs. */
    private static Map<String, Graph> graphs(QueryTestCase test) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        if (!test.data().isEmpty()) {
            Graph merged = GraphFactory.createDefaultGraph();
            // Each file parsed on its own: blank nodes of different files stay different.
            test.data().forEach(file -> GraphUtil.addInto(merged, RDFDataMgr.loadGraph(file)));
            graphs.put(DEFAULT_DATA_GRAPH, merged);
        }
        test.graphData().forEach(file -> graphs.put(file, RDFDataMgr.loadGraph(file)));
        return graphs;
    }

    private static String method(int turn) {
        return switch (turn % 3) {
            case 0 -> "GET";
            case 1 -> "POST form";
            default -> "POST direct";
        };
    }

    private static HttpResponse<byte[]> send(String query, List<Map.Entry<String, String>> dataset, String accept, int turn)
            throws IOException, InterruptedException {
        URI endpoint = service.endpoint();
        HttpRequest.Builder request = switch (turn % 3) {
            case 0 -> HttpRequest.newBuilder(URI.create(endpoint + "?" + form(query, dataset))).GET();
            case 1 -> HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(query, dataset), StandardCharsets.UTF_8));
            default -> HttpRequest.newBuilder(URI.create(endpoint + (dataset.isEmpty() ? "" : "?" + form(null, dataset))))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8));
        };
        request.header("Accept", accept).timeout(Duration.ofSeconds(30));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String form(String query, List<Map.Entry<String, String>> dataset) {
        List<String> pairs = new ArrayList<>();
        if (query != null) {
            pairs.add("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        dataset.forEach(p -> pairs.add(p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
