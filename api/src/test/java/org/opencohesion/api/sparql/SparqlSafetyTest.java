package org.opencohesion.api.sparql;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nothing a query says makes the service connect anywhere, load a class, or show the store's own state. */
class SparqlSafetyTest {
    private static SparqlFixture sparql;

    @BeforeAll
    static void start() {
        sparql = SparqlFixture.shared();
    }

    /** Every connection made to a listening socket while {@code requests} run. */
    private static List<Socket> connectionsDuring(Runnable requests, ServerSocket listener) throws IOException {
        requests.run();
        List<Socket> arrived = new ArrayList<>();
        listener.setSoTimeout(300);
        try {
            while (true) {
                arrived.add(listener.accept());
            }
        } catch (SocketTimeoutException e) {
            return arrived;
        }
    }

    @Test
    void queriesNamingAListeningLocalServerNeverConnectToIt() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/";
            List<Socket> arrived = connectionsDuring(() -> {
                for (String query : List.of(
                        "SELECT * { SERVICE <" + url + "sparql> { ?s ?p ?o } }",
                        "SELECT * { SERVICE SILENT <" + url + "sparql> { ?s ?p ?o } }",
                        "SELECT * { ?x ?y ?z FILTER EXISTS { SERVICE <" + url + "sparql> { ?s ?p ?o } } } LIMIT 1",
                        "SELECT * { { SELECT ?s { SERVICE <" + url + "sparql> { ?s ?p ?o } } } }")) {
                    sparql.http().formParam("query", query).post("/sparql").then().statusCode(400)
                            .body("type", equalTo("https://opencohesion.org/problems/service-not-allowed"));
                }
                for (String query : List.of(
                        "SELECT * FROM <" + url + "data.ttl> { ?s ?p ?o }",
                        "SELECT * FROM NAMED <" + url + "data.ttl> { GRAPH ?g { ?s ?p ?o } }",
                        "ASK FROM <" + url + "a.ttl> FROM <" + url + "b.ttl> { ?s ?p ?o }",
                        "DESCRIBE <" + url + "thing>")) {
                    sparql.http().formParam("query", query).post("/sparql").then().statusCode(200);
                }
                sparql.http().queryParam("query", "SELECT * { ?s ?p ?o }").queryParam("default-graph-uri", url + "g.ttl")
                        .queryParam("named-graph-uri", url + "n.ttl").get("/sparql").then().statusCode(200);
                sparql.http().formParam("update", "LOAD <" + url + "data.ttl>").post("/sparql").then().statusCode(403);
                sparql.http().contentType("application/sparql-update").body("LOAD <" + url + "data.ttl> INTO GRAPH <urn:g>").post("/sparql")
                        .then().statusCode(403);
            }, listener);
            assertEquals(List.of(), arrived, "no request may leave for " + url);
        }
    }

    @Test
    void aGraphNotInTheStoreIsEmptyRatherThanFetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String graph = "http://127.0.0.1:" + listener.getLocalPort() + "/data.ttl";
            Response r = sparql.http().formParam("query", "SELECT (COUNT(*) AS ?n) FROM <" + graph + "> { ?s ?p ?o }").post("/sparql");
            assertEquals("0", ResultSetMgr.read(new ByteArrayInputStream(r.asByteArray()), ResultSetLang.RS_JSON).next().getLiteral("n").getLexicalForm());
        }
    }

    @Test
    void javaExtensionFunctionsAreRefused() {
        sparql.http().queryParam("query", "SELECT (<java:org.apache.jena.sparql.function.library.strlen>('x') AS ?n) {}").get("/sparql").then()
                .statusCode(400).body("type", equalTo("https://opencohesion.org/problems/extension-not-allowed"));
    }

    @Test
    void theStoresOwnStateIsNotVisible() {
        for (String query : List.of(
                "SELECT ?p ?o { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }",
                "SELECT ?p ?o FROM <urn:x-arq:DefaultGraph> { ?s ?p ?o }",
                "SELECT ?p ?o { <urn:x-opencohesion:system> ?p ?o }",
                "SELECT ?p ?o { ?g ?x ?y GRAPH ?g { ?s ?p ?o } FILTER(?g = <urn:x-arq:DefaultGraph>) }")) {
            String body = sparql.http().formParam("query", query).post("/sparql").then().statusCode(200).extract().asString();
            assertFalse(body.contains("x-opencohesion"), query + " -> " + body);
        }
        String described = sparql.http().queryParam("query", "DESCRIBE <urn:x-opencohesion:system>").queryParam("format", "nt").get("/sparql")
                .then().statusCode(200).extract().asString();
        assertEquals("", described.strip());
        Response viaProtocol = sparql.http().queryParam("query", "SELECT * { ?s ?p ?o }").queryParam("default-graph-uri", "urn:x-arq:DefaultGraph")
                .get("/sparql");
        assertFalse(ResultSetMgr.read(new ByteArrayInputStream(viaProtocol.asByteArray()), ResultSetLang.RS_JSON).hasNext(),
                "the stored default graph is not a graph of the store's dataset: an empty default graph");
    }
}
