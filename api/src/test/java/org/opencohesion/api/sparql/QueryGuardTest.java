package org.opencohesion.api.sparql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.api.problem.ClientError;

/** SERVICE is found wherever a query hides it, before anything runs; so are java: extensions. */
class QueryGuardTest {
    private static ClientError refused(String query) {
        return assertThrows(ClientError.class, () -> QueryGuard.check(QueryFactory.create(query, Syntax.syntaxSPARQL_11)), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
            "SELECT * { ?x ?y ?z . SERVICE ?endpoint { ?s ?p ?o } }",
            "SELECT * { ?a ?b ?c OPTIONAL { ?a ?d ?e SERVICE <http://example.org/sparql> { ?e ?f ?g } } }",
            "SELECT * { { ?s ?p ?o } UNION { GRAPH ?g { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } }",
            "SELECT * { ?s ?p ?o MINUS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
            "SELECT * { { SELECT ?s { SERVICE <http://example.org/sparql> { ?s ?p ?o } } LIMIT 1 } }",
            "SELECT * { { SELECT ?s { { SELECT ?s { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } } } }",
            "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
            "SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?s ?q ?r FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } }",
            "SELECT * { ?s ?p ?o BIND(EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } AS ?x) }",
            "SELECT (EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } AS ?x) { ?s ?p ?o }",
            "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } })",
            "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } })",
            "SELECT (SUM(IF(EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } }, 1, 0)) AS ?n) { ?s ?p ?o }",
            "ASK { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "DESCRIBE ?s WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SELECT * { VALUES ?x { 1 } SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
    })
    void serviceIsRefusedWhereverItIs(String query) {
        ClientError e = refused(query);
        assertEquals(400, e.problem().status());
        assertEquals("https://opencohesion.org/problems/service-not-allowed", e.problem().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT (<java:org.apache.jena.sparql.function.library.strlen>('abc') AS ?n) {}",
            "SELECT * { ?s ?p ?o FILTER(<java:org.apache.jena.sparql.function.library.strlen>(?o) > 1) }",
            "SELECT * { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?ns ?local) }",
            "SELECT * { ?s ?p ?o FILTER EXISTS { ?s <java:org.example.Anything> ?x } }",
    })
    void javaExtensionsAreRefused(String query) {
        assertEquals("https://opencohesion.org/problems/extension-not-allowed", refused(query).problem().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * { ?s ?p ?o FILTER EXISTS { ?s ?q ?r } }",
            "SELECT * { ?s <http://example.org/service> ?o }",
            "SELECT ?service { ?service a <http://www.w3.org/ns/sparql-service-description#Service> }",
            "DESCRIBE <http://example.org/x>",
            "SELECT (STRLEN('java:x') AS ?n) {}",
    })
    void ordinaryQueriesPass(String query) {
        assertDoesNotThrow(() -> QueryGuard.check(QueryFactory.create(query, Syntax.syntaxSPARQL_11)));
    }
}
