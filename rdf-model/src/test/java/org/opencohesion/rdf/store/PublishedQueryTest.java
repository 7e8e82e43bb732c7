package org.opencohesion.rdf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.rdf.Uris;

/** Outside queries see the named graphs and nothing else, with the dataset the protocol asks for. */
class PublishedQueryTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static Store store;

    @BeforeAll
    static void load() {
        store = LocalStore.inMemory(Uris.of(Uris.DEFAULT_BASE));
        store.commit(List.of(
                GraphChange.replace("http://g/one", graph("urn:s1", "urn:p", "one")),
                GraphChange.replace("http://g/two", graph("urn:s2", "urn:p", "two"))));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Graph graph(String s, String p, String o) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI(s), NodeFactory.createURI(p), NodeFactory.createLiteralString(o)));
        return g;
    }

    /** Every value of every solution (SELECT) or every triple (CONSTRUCT/DESCRIBE), as text. */
    private static Set<String> run(String text, List<String> defaults, List<String> named) {
        Query query = QueryFactory.create(text);
        return store.read(view -> view.query(QueryRequest.of(query, defaults, named, TIMEOUT), results -> {
            Set<String> seen = new TreeSet<>();
            if (results instanceof QueryResults.Rows rows) {
                rows.rows().forEachRemaining(b -> b.forEach((v, n) -> seen.add(n.toString())));
            } else if (results instanceof QueryResults.Triples triples) {
                triples.triples().forEachRemaining(t -> seen.add(t.toString()));
            } else {
                seen.add(Boolean.toString(((QueryResults.Answer) results).value()));
            }
            return seen;
        }));
    }

    private static Set<String> run(String text) {
        return run(text, List.of(), List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }",
            "SELECT * FROM <urn:x-arq:DefaultGraph> { ?s ?p ?o }",
            "SELECT * FROM NAMED <urn:x-arq:DefaultGraph> { GRAPH ?g { ?s ?p ?o } }",
            "SELECT * { ?s ?p ?o GRAPH ?g { ?s ?p ?o } FILTER(?g = <urn:x-arq:DefaultGraph>) }",
            "SELECT * { GRAPH <urn:x-arq:DefaultGraph> { ?s <urn:x-opencohesion:system:generation>+ ?o } }",
            "SELECT * { GRAPH <urn:x-arq:DefaultGraph> { ?s !<urn:nothing> ?o } }",
            "SELECT * { BIND(IRI(CONCAT('urn:x-arq:', 'DefaultGraph')) AS ?g) GRAPH ?g { ?s <urn:x-opencohesion:system:baseUri>* ?o } }",
            "SELECT * { BIND(<urn:x-arq:DefaultGraph> AS ?g) OPTIONAL { GRAPH ?g { ?s (<urn:a>|!<urn:b>)+ ?o } } }",
            "SELECT * { VALUES ?g { <urn:x-arq:DefaultGraph> <urn:x-arq:DefaultGraphNode> } GRAPH ?g { ?s ?p ?o } }",
            "SELECT * { { SELECT * { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } } } }",
            "SELECT * { GRAPH <urn:x-arq:UnionGraph> { ?s ?p ?o } }",
            "SELECT * { <urn:x-opencohesion:system> ?p ?o }",
            "DESCRIBE <urn:x-opencohesion:system>",
            "DESCRIBE ?s { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }",
            "CONSTRUCT { ?s ?p ?o } { GRAPH <urn:x-arq:DefaultGraph> { ?s <urn:x-opencohesion:system:baseUri>? ?o } }",
    })
    void theStoreStateIsNeverVisible(String query) {
        for (String seen : run(query)) {
            assertFalse(seen.contains("x-opencohesion"), query + " showed " + seen);
        }
        for (String seen : run(query, List.of("urn:x-arq:DefaultGraph", "http://g/one"), List.of("urn:x-arq:DefaultGraph"))) {
            assertFalse(seen.contains("x-opencohesion"), query + " showed " + seen);
        }
    }

    @Test
    void theDefaultGraphIsTheUnionAndEveryNamedGraphIsThere() {
        assertTrue(run("SELECT ?o { ?s <urn:p> ?o }").containsAll(Set.of("\"one\"", "\"two\"")));
        Set<String> graphs = run("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }");
        assertTrue(graphs.containsAll(Set.of("http://g/one", "http://g/two", Uris.of(Uris.DEFAULT_BASE).ontologyGraph())), graphs.toString());
        assertEquals(Set.of("urn:s1 urn:p \"one\""), run("DESCRIBE <urn:s1>"));
    }

    @Test
    void fromPicksGraphsAndAnUnknownGraphIsEmptyNotFetched() {
        assertEquals(Set.of("\"one\""), run("SELECT ?o FROM <http://g/one> { ?s ?p ?o }"));
        assertEquals(Set.of("\"one\"", "\"two\""), run("SELECT ?o FROM <http://g/one> FROM <http://g/two> { ?s ?p ?o }"));
        assertEquals(Set.of(), run("SELECT ?o FROM <http://127.0.0.1:9/unknown> { ?s ?p ?o }"));
        assertEquals(Set.of("http://g/two"), run("SELECT ?g FROM NAMED <http://g/two> FROM NAMED <http://nowhere/> { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(Set.of(), run("SELECT ?o FROM NAMED <http://g/two> { ?s ?p ?o }"), "only FROM NAMED: the default graph is empty");
    }

    @Test
    void protocolGraphsReplaceTheQuerysOwn() {
        assertEquals(Set.of("\"two\""), run("SELECT ?o FROM <http://g/one> { ?s ?p ?o }", List.of("http://g/two"), List.of()));
        assertEquals(Set.of("http://g/one", "\"one\""),
                run("SELECT ?g ?o FROM NAMED <http://g/two> { GRAPH ?g { ?s ?p ?o } }", List.of(), List.of("http://g/one")));
        Query withFrom = QueryFactory.create("SELECT * FROM <http://g/one> { ?s ?p ?o }");
        QueryRequest request = QueryRequest.of(withFrom, List.of("http://g/two"), List.of(), TIMEOUT);
        assertFalse(request.query().hasDatasetDescription());
        assertTrue(withFrom.hasDatasetDescription(), "the caller's query is left as it was");
    }

    @Test
    void aQueryPastItsTimeoutIsStoppedWhileItsResultsAreRead() {
        Query query = QueryFactory.create("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        long start = System.nanoTime();
        List<Binding> read = new ArrayList<>();
        assertThrows(QueryTimeoutException.class, () -> store.read(view -> view.query(
                QueryRequest.of(query, List.of(), List.of(), Duration.ofMillis(300)),
                results -> {
                    ((QueryResults.Rows) results).rows().forEachRemaining(read::add);
                    return read.size();
                })));
        assertFalse(read.isEmpty(), "results were being read when it stopped");
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }

    @Test
    void anAggregateOverAHugeJoinIsStoppedBeforeItsFirstResult() {
        Query query = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        long start = System.nanoTime();
        assertThrows(QueryTimeoutException.class, () -> store.read(view -> view.query(
                QueryRequest.of(query, List.of(), List.of(), Duration.ofMillis(300)),
                results -> ((QueryResults.Rows) results).rows().next())));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }
}
