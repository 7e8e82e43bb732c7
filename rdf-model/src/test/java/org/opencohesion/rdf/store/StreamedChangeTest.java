package org.opencohesion.rdf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.opencohesion.rdf.Uris;

/** A graph replaced from a {@link TripleSource}, and the sorted batches that write it. */
class StreamedChangeTest {
    private static final String GRAPH = "http://localhost:8080/graph/big";
    private static final Node P = NodeFactory.createURI("http://example.org/p");
    private static final Node Q = NodeFactory.createURI("http://example.org/q");

    private static List<Triple> triples(int n) {
        List<Triple> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node s = NodeFactory.createURI("http://example.org/s/" + (i * 7919 % n)); // not in order
            t.add(Triple.create(s, i % 2 == 0 ? P : Q, NodeFactory.createLiteralString("v" + (i % 97))));
        }
        return t;
    }

    private static Graph graphOf(List<Triple> triples) {
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        return g;
    }

    @Test
    void aStreamedReplaceStoresTheSourcesTriplesReadingThemOnce() {
        List<Triple> expected = triples(3_000);
        AtomicInteger opened = new AtomicInteger();
        try (LocalStore store = LocalStore.inMemory(Uris.of(Uris.DEFAULT_BASE))) {
            store.commit(List.of(GraphChange.replace(GRAPH, graphOf(triples(10)))));
            store.commit(List.of(GraphChange.replaceStreamed(GRAPH, () -> {
                opened.incrementAndGet();
                return expected.iterator();
            })));
            assertEquals(1, opened.get());
            assertTrue(store.read(v -> v.graph(GRAPH)).isIsomorphicWith(graphOf(expected)));
        }
    }

    @Test
    void aSourceThatFailsHalfwayChangesNothing() {
        try (LocalStore store = LocalStore.inMemory(Uris.of(Uris.DEFAULT_BASE))) {
            Graph before = graphOf(triples(10));
            store.commit(List.of(GraphChange.replace(GRAPH, before)));
            long generation = store.generation();
            Iterator<Triple> good = triples(2_000).iterator();
            TripleSource failing = () -> new Iterator<>() {
                private int read;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Triple next() {
                    if (++read == 1_500) {
                        throw new IllegalStateException("disk gone");
                    }
                    return good.next();
                }
            };
            assertThrows(IllegalStateException.class, () -> store.commit(List.of(GraphChange.replaceStreamed(GRAPH, failing))));
            assertEquals(generation, store.generation());
            assertTrue(store.read(v -> v.graph(GRAPH)).isIsomorphicWith(before));
        }
    }

    @Test
    void aStreamedChangesContentIsAReadOnlyViewForCodeWrittenForGraphs() {
        GraphChange change = GraphChange.replaceStreamed(GRAPH, () -> triples(100).iterator());
        assertFalse(change.isDelete());
        assertTrue(change.streamed().isPresent());
        assertEquals(100, change.content().size());
        assertEquals(50, change.content().find(Node.ANY, Q, Node.ANY).toList().size());
        assertThrows(UnsupportedOperationException.class, () -> change.content().add(triples(1).get(0)));
        assertTrue(GraphChange.replace(GRAPH, graphOf(triples(1))).streamed().isEmpty());
    }

    @Test
    void sortedBatchesFillEveryIndexAsAddingQuadsOneByOneWould() {
        List<Triple> data = triples(5_000);
        Node g1 = NodeFactory.createURI(GRAPH + "/1");
        Node g2 = NodeFactory.createURI(GRAPH + "/2");
        Dataset sorted = TDB2Factory.createDataset();
        Txn.executeWrite(sorted, () -> {
            SortedQuadWriter writer = SortedQuadWriter.of(sorted.asDatasetGraph(), 700); // many batches, one part-filled
            assertEquals(5_000, writer.addAll(g1, data.iterator()));
            writer.addAll(g2, data.subList(0, 10).iterator());
        });
        Dataset plain = TDB2Factory.createDataset();
        Txn.executeWrite(plain, () -> {
            data.forEach(t -> plain.asDatasetGraph().add(g1, t.getSubject(), t.getPredicate(), t.getObject()));
            data.subList(0, 10).forEach(t -> plain.asDatasetGraph().add(g2, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        // Each pattern is answered from a different index: by graph, subject, predicate, object.
        Node s = data.get(123).getSubject();
        Node o = NodeFactory.createLiteralString("v5");
        List<Node[]> patterns = List.of(new Node[] {g1, Node.ANY, Node.ANY, Node.ANY}, new Node[] {Node.ANY, s, Node.ANY, Node.ANY},
                new Node[] {Node.ANY, Node.ANY, Q, Node.ANY}, new Node[] {Node.ANY, Node.ANY, Node.ANY, o},
                new Node[] {g2, Node.ANY, P, Node.ANY}, new Node[] {Node.ANY, Node.ANY, Node.ANY, Node.ANY});
        for (Node[] p : patterns) {
            assertEquals(count(plain.asDatasetGraph(), p), count(sorted.asDatasetGraph(), p), () -> List.of(p).toString());
        }
        assertEquals(5_010, count(sorted.asDatasetGraph(), patterns.get(5)));
    }

    private static long count(DatasetGraph dsg, Node[] p) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(p[0], p[1], p[2], p[3]); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }
}
