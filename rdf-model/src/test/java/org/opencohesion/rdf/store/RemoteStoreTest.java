package org.opencohesion.rdf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.testing.FusekiFixture;

/** The remote store against a real Fuseki, with and without a union default graph on the server. */
class RemoteStoreTest {
    private static final Uris URIS = Uris.of("http://data.example.org");
    private static final Duration NOW = Duration.ZERO;
    private FusekiFixture fuseki;

    @AfterEach
    void stop() {
        fuseki.close();
    }

    private RemoteStore node(boolean union, Duration check) {
        if (fuseki == null) {
            fuseki = new FusekiFixture(union);
        }
        return fuseki.connect(URIS, check);
    }

    private static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("@prefix ex: <http://example.org/> .\n" + ttl, Lang.TURTLE).parse(g);
        return g;
    }

    private static long count(Store store, String sparql) {
        Query q = QueryFactory.create(sparql);
        return store.read(view -> view.select(q, rows -> {
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        }));
    }

    @ParameterizedTest(name = "union default graph on the server: {0}")
    @ValueSource(booleans = {true, false})
    void commitsReplaceAppendAndDeleteAtomicallyAndBumpTheGeneration(boolean union) {
        RemoteStore store = node(union, NOW);
        long start = store.generation();
        String g = URIS.datasetGraph("people");
        assertEquals(start + 1, store.commit(List.of(GraphChange.replace(g, turtle("ex:a ex:name \"A\" . ex:b ex:name \"B\"@en .")))));
        assertEquals(2, count(store, "SELECT * { ?s <http://example.org/name> ?o }"));
        store.commit(List.of(GraphChange.replace(g, turtle("ex:c ex:name \"C\"^^<http://www.w3.org/2001/XMLSchema#string> ; ex:knows [ ex:name \"anon\" ] ."))));
        assertEquals(2, count(store, "SELECT * { ?s <http://example.org/name> ?o }"), "replaced, not added to");
        store.commit(List.of(GraphChange.append(g, turtle("ex:d ex:name \"D\\n\\\"quoted\\\"\" ."))));
        assertEquals(3, count(store, "SELECT * { ?s <http://example.org/name> ?o }"));
        assertTrue(store.read(view -> view.graphNames()).contains(g));
        store.commit(List.of(GraphChange.delete(g)));
        assertEquals(0, count(store, "SELECT * { ?s <http://example.org/name> ?o }"));
        assertFalse(store.read(view -> view.graphNames()).contains(g));
        assertEquals(start + 4, store.generation());
    }

    @Test
    void aStreamedChangeIsReadOnceAndWrittenWhole() {
        RemoteStore store = node(false, NOW);
        AtomicInteger opened = new AtomicInteger();
        TripleSource source = () -> {
            opened.incrementAndGet();
            return java.util.stream.IntStream.range(0, 5000).mapToObj(i -> org.apache.jena.graph.Triple.create(
                    NodeFactory.createURI("http://example.org/s" + i), NodeFactory.createURI("http://example.org/p"),
                    NodeFactory.createLiteralString("v" + i))).iterator();
        };
        store.commit(List.of(GraphChange.replaceStreamed(URIS.datasetGraph("big"), source)));
        assertEquals(1, opened.get());
        assertEquals(5000, count(store, "SELECT * { ?s <http://example.org/p> ?o }"));
    }

    @ParameterizedTest(name = "union default graph on the server: {0}")
    @ValueSource(booleans = {true, false})
    void theStoresOwnStateIsNeverPublished(boolean union) {
        RemoteStore store = node(union, NOW);
        store.commit(List.of(GraphChange.replace(URIS.datasetGraph("x"), turtle("ex:a ex:p ex:b ."))));
        assertTrue(store.read(StoreView::graphNames).stream().noneMatch(n -> n.startsWith(Uris.STORE_STATE)));
        String state = Uris.STORE_STATE + ":generation:" + store.generation();
        for (DatasetDescription asked : new DatasetDescription[] {null, DatasetDescription.create(List.of(state), List.of(state))}) {
            long rows = store.read(view -> view.query(new QueryRequest(QueryFactory.create(
                    "SELECT * { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } FILTER(STRSTARTS(STR(?s), 'urn:')) }"), asked,
                    Duration.ofSeconds(10)), results -> {
                RowSet r = ((QueryResults.Rows) results).rows();
                long n = 0;
                while (r.hasNext()) {
                    r.next();
                    n++;
                }
                return n;
            }));
            assertEquals(0, rows, "dataset " + asked);
        }
        Graph copy = store.read(view -> view.graph(state));
        assertTrue(copy.isEmpty());
    }

    @ParameterizedTest(name = "union default graph on the server: {0}")
    @ValueSource(booleans = {true, false})
    void outsideQueriesGetThePublishedGraphsAsTheirDefaultAndNamedGraphs(boolean union) {
        RemoteStore store = node(union, NOW);
        store.commit(List.of(GraphChange.replace(URIS.datasetGraph("one"), turtle("ex:a ex:p 1 .")),
                GraphChange.replace(URIS.datasetGraph("two"), turtle("ex:b ex:p 2 ."))));
        Query q = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s <http://example.org/p> ?o }");
        assertEquals((Integer) 2, store.read(view -> view.query(new QueryRequest(q, null, Duration.ofSeconds(10)), RemoteStoreTest::firstInt)));
        DatasetDescription onlyOne = DatasetDescription.create(List.of(URIS.datasetGraph("one")), List.of());
        assertEquals((Integer) 1, store.read(view -> view.query(new QueryRequest(q, onlyOne, Duration.ofSeconds(10)), RemoteStoreTest::firstInt)));
        DatasetDescription nothing = DatasetDescription.create(List.of("http://elsewhere.example/graph"), List.of());
        assertEquals((Integer) 0, store.read(view -> view.query(new QueryRequest(q, nothing, Duration.ofSeconds(10)), RemoteStoreTest::firstInt)),
                "an unknown graph is empty, never the whole store");
        Query relative = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s <p> ?o }", "http://example.org/");
        assertEquals((Integer) 2, store.read(view -> view.query(new QueryRequest(relative, null, Duration.ofSeconds(10)), RemoteStoreTest::firstInt)),
                "IRIs relative to the query's base travel with it");
        Query graphs = QueryFactory.create("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s <http://example.org/p> ?o } }");
        assertEquals((Integer) 2, store.read(view -> view.query(new QueryRequest(graphs, null, Duration.ofSeconds(10)), RemoteStoreTest::firstInt)));
    }

    private static Integer firstInt(QueryResults results) {
        return ((Number) ((QueryResults.Rows) results).rows().next().get("n").getLiteralValue()).intValue();
    }

    @ParameterizedTest(name = "check interval {0} ms")
    @ValueSource(longs = {0, 300})
    void anotherNodeSeesACommitOnceTheCheckIntervalHasPassed(long checkMillis) throws InterruptedException {
        RemoteStore writer = node(true, NOW);
        RemoteStore reader = fuseki.connect(URIS, Duration.ofMillis(checkMillis));
        long before = reader.generation();
        long written = writer.commit(List.of(GraphChange.replace(URIS.datasetGraph("x"), turtle("ex:a ex:p 1 ."))));
        if (checkMillis > 0) {
            assertEquals(before, reader.generation(), "trusted until the interval passes");
            Thread.sleep(checkMillis + 50);
        }
        assertEquals(written, reader.generation());
    }

    @ParameterizedTest(name = "union default graph on the server: {0}")
    @ValueSource(booleans = {true, false})
    void aWriterThatLosesTheRaceBuildsItsChangeAgainOnTheNewGeneration(boolean union) {
        RemoteStore first = node(union, NOW);
        RemoteStore second = fuseki.connect(URIS, NOW);
        long start = first.generation();
        List<Long> asked = new ArrayList<>();
        long mine = first.commit(next -> {
            asked.add(next);
            if (asked.size() == 1) {
                // the other node commits between our reading the generation and our request
                second.commit(List.of(GraphChange.replace(URIS.datasetGraph("theirs"), turtle("ex:t ex:p 1 ."))));
            }
            return List.of(GraphChange.replace(URIS.datasetGraph("mine"), turtle("ex:m ex:p " + next + " .")));
        });
        assertEquals(List.of(start + 1, start + 2), asked);
        assertEquals(start + 2, mine);
        assertEquals(2, count(first, "SELECT * { ?s <http://example.org/p> ?o }"));
        assertEquals(1, count(first, "SELECT * { ?s <http://example.org/p> " + (start + 2) + " }"));
    }

    @ParameterizedTest(name = "union default graph on the server: {0}")
    @ValueSource(booleans = {true, false})
    void aReadThatSpansACommitRunsAgainOnOneSnapshot(boolean union) {
        RemoteStore reader = node(union, NOW);
        RemoteStore writer = fuseki.connect(URIS, NOW);
        writer.commit(List.of(GraphChange.replace(URIS.datasetGraph("x"), turtle("ex:a ex:p 1 ."))));
        AtomicInteger runs = new AtomicInteger();
        Query q = QueryFactory.create("SELECT ?o { ?s <http://example.org/p> ?o }");
        List<Integer> seen = reader.read(view -> {
            int first = view.select(q, rows -> rows.next().getLiteral("o").getInt());
            if (runs.incrementAndGet() == 1) {
                writer.commit(List.of(GraphChange.replace(URIS.datasetGraph("x"), turtle("ex:a ex:p 2 ."))));
            }
            int second = view.select(q, rows -> rows.next().getLiteral("o").getInt());
            return List.of(first, second);
        });
        assertEquals(2, runs.get());
        assertEquals(List.of(2, 2), seen);
    }

    @ParameterizedTest(name = "union default graph on the server: {0}")
    @ValueSource(booleans = {true})
    void whenTheServerIsDownCallsFailAsUnavailableAndNothingIsWritten(boolean union) {
        RemoteStore store = node(union, NOW);
        String g = URIS.datasetGraph("x");
        long before = store.commit(List.of(GraphChange.replace(g, turtle("ex:a ex:p 1 ."))));
        long quads = Txn.calculateRead(fuseki.data(), () -> fuseki.data().stream().count());
        fuseki.stop();
        assertThrows(StoreUnavailableException.class, store::generation);
        assertThrows(StoreUnavailableException.class, () -> count(store, "SELECT * { ?s ?p ?o }"));
        assertThrows(StoreUnavailableException.class, () -> store.commit(List.of(GraphChange.replace(g, turtle("ex:a ex:p 2 .")))));
        assertEquals(quads, Txn.calculateRead(fuseki.data(), () -> fuseki.data().stream().count()));
        fuseki.start();
        assertEquals(before, store.generation());
        assertEquals(1, count(store, "SELECT * { ?s <http://example.org/p> 1 }"));
    }

    @Test
    void aServerThatAsksForCredentialsGetsThemAndRefusesWrongOnes(@TempDir Path temp) throws IOException {
        Path passwords = Files.writeString(temp.resolve("passwd"), "writer: s3cret\n");
        fuseki = new FusekiFixture(true, "writer", passwords);
        URI url = fuseki.datasetUrl();
        StoreException refused = assertThrows(StoreException.class,
                () -> RemoteStore.connect(new RemoteService(url, url, null, null), URIS, NOW));
        assertTrue(refused.getMessage().contains("401"), refused.getMessage());
        assertThrows(StoreException.class, () -> RemoteStore.connect(new RemoteService(url, url, "writer", "wrong"), URIS, NOW));
        RemoteStore store = RemoteStore.connect(new RemoteService(url, url, "writer", "s3cret"), URIS, NOW);
        store.commit(List.of(GraphChange.replace(URIS.datasetGraph("x"), turtle("ex:a ex:p 1 ."))));
        assertEquals(1, count(store, "SELECT * { ?s <http://example.org/p> 1 }"));
        assertFalse(new RemoteService(url, url, "writer", "s3cret").toString().contains("s3cret"));
    }

    @ParameterizedTest(name = "union default graph on the server: {0}")
    @ValueSource(booleans = {true})
    void aServerHoldingAnotherBaseIsRefused(boolean union) {
        node(union, NOW);
        StoreException e = assertThrows(StoreException.class, () -> fuseki.connect(Uris.of("http://other.example.org"), NOW));
        assertTrue(e.getMessage().contains("http://data.example.org"), e.getMessage());
    }

    @ParameterizedTest(name = "union default graph on the server: {0}")
    @ValueSource(booleans = {true, false})
    void exportStreamsTheNamedGraphsAsQuads(boolean union) {
        RemoteStore store = node(union, NOW);
        store.commit(List.of(GraphChange.replace(URIS.datasetGraph("x"), turtle("ex:a ex:p 1 . ex:a ex:q [ ex:r 2 ] ."))));
        List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>();
        store.read(view -> {
            view.exportQuads(List.of(URIS.datasetGraph("x")), new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad quad) {
                    quads.add(quad);
                }
            });
            return null;
        });
        assertEquals(3, quads.size());
        assertTrue(quads.stream().allMatch(q -> q.getGraph().equals(NodeFactory.createURI(URIS.datasetGraph("x")))));
    }
}
