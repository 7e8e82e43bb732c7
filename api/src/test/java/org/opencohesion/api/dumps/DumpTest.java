package org.opencohesion.api.dumps;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.api.HarvestFixture;
import org.opencohesion.api.http.ConditionalGet;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.StoreView;

/** The dumps re-parse to exactly the store's content, with validators, 304s, HEAD and chunked transfer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DumpTest {
    @TempDir
    static Path temp;

    private HarvestFixture service;

    @BeforeAll
    void start() {
        service = new HarvestFixture(temp);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void theWholeStoreAsNQuadsIsEveryNamedGraphExactly() {
        Response r = service.request().get("/dumps/all.nq.gz").then().statusCode(200)
                .contentType("application/gzip").header("Transfer-Encoding", "chunked").header("Content-Length", nullValue())
                .extract().response();
        DatasetGraph dumped = parseQuads(gunzip(r.asByteArray()));
        List<String> graphs = service.store().read(StoreView::graphNames);
        assertTrue(graphs.contains(service.store().uris().ontologyGraph()), "the ontology graph is in the whole-store dump");
        assertTrue(graphs.contains(service.store().uris().changesGraph()), "the change feed is in the whole-store dump");
        assertEquals(storeQuadCount(), dumped.stream().count(), "as many quads as the store's named graphs hold");
        for (String name : graphs) {
            Graph stored = service.store().read(view -> view.graph(name));
            Graph got = dumped.getGraph(NodeFactory.createURI(name));
            assertEquals(stored.size(), got.size(), name);
            assertTrue(stored.isIsomorphicWith(got), () -> name + " differs from the store");
        }
        List<Node> names = new ArrayList<>();
        dumped.listGraphNodes().forEachRemaining(names::add);
        assertEquals(graphs.size(), names.size(), "no graph the store does not have");
        assertFalse(dumped.find(Node.ANY, NodeFactory.createURI(Uris.STORE_STATE), Node.ANY, Node.ANY).hasNext()
                || dumped.contains(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY), "never the store's bookkeeping");
    }

    @Test
    void theWholeStoreAsTurtleIsTheMergeOfItsGraphs() {
        Graph dumped = parseTriples(service.request().get("/dumps/all.ttl").then().statusCode(200)
                .contentType("text/turtle; charset=utf-8").extract().asByteArray());
        Graph merged = GraphFactory.createDefaultGraph();
        storeContent().find().forEachRemaining(q -> merged.add(q.asTriple()));
        assertEquals(merged.size(), dumped.size());
        assertTrue(merged.isIsomorphicWith(dumped));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hate-crime-reports", "areas", "walsall-for-all", "indicators"})
    void aDatasetDumpIsItsDataAndRecordGraphs(String id) {
        Uris uris = service.store().uris();
        DatasetGraph dumped = parseQuads(gunzip(service.request().get("/dumps/datasets/" + id + ".nq.gz").then().statusCode(200)
                .extract().asByteArray()));
        List<Node> names = new ArrayList<>();
        dumped.listGraphNodes().forEachRemaining(names::add);
        assertEquals(List.of(uris.datasetGraph(id), uris.datasetMetaGraph(id)).stream().sorted().toList(),
                names.stream().map(Node::getURI).sorted().toList());
        Graph merged = GraphFactory.createDefaultGraph();
        for (String name : List.of(uris.datasetGraph(id), uris.datasetMetaGraph(id))) {
            Graph stored = service.store().read(view -> view.graph(name));
            stored.find().forEachRemaining(merged::add);
            assertTrue(stored.isIsomorphicWith(dumped.getGraph(NodeFactory.createURI(name))), name);
            assertEquals(stored.size(), dumped.getGraph(NodeFactory.createURI(name)).size(), name);
        }
        Graph turtle = parseTriples(service.request().get("/dumps/datasets/" + id + ".ttl").then().statusCode(200).extract().asByteArray());
        assertTrue(merged.isIsomorphicWith(turtle), "the Turtle dump is the merge of the two graphs");
    }

    @Test
    void validatorsAnswer304AndHeadSendsHeadersOnly() {
        Response first = service.request().get("/dumps/datasets/areas.nq.gz").then().statusCode(200).extract().response();
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertTrue(etag.startsWith("\"ds-"), etag);
        service.request().header("If-None-Match", etag).get("/dumps/datasets/areas.nq.gz").then().statusCode(304)
                .body(emptyString()).header("ETag", etag);
        service.request().header("If-Modified-Since", lastModified).get("/dumps/datasets/areas.nq.gz").then().statusCode(304);
        service.request().header("If-Modified-Since", ConditionalGet.httpDate(Instant.parse("2001-01-01T00:00:00Z")))
                .get("/dumps/datasets/areas.nq.gz").then().statusCode(200);
        // If-None-Match wins over If-Modified-Since
        service.request().header("If-None-Match", "\"other\"").header("If-Modified-Since", lastModified)
                .get("/dumps/datasets/areas.nq.gz").then().statusCode(200);
        service.request().head("/dumps/datasets/areas.nq.gz").then().statusCode(200).header("ETag", etag)
                .header("Last-Modified", lastModified).header("Content-Length", not(equalTo("0")));
        Response all = service.request().get("/dumps/all.ttl").then().statusCode(200).extract().response();
        service.request().header("If-None-Match", all.header("ETag")).get("/dumps/all.ttl").then().statusCode(304);
        assertNotEquals(all.header("ETag"), service.request().get("/dumps/all.nq.gz").header("ETag"), "each file has its own tag");
    }

    @Test
    void turtleIsGzippedOnTheWireWithItsOwnTag() {
        Response plain = service.request()
                .config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .get("/dumps/datasets/areas.ttl").then().header("Content-Encoding", nullValue()).extract().response();
        Response zipped = service.request().header("Accept-Encoding", "gzip").get("/dumps/datasets/areas.ttl").then()
                .statusCode(200).header("Content-Encoding", "gzip").header("Vary", containsString("Accept-Encoding")).extract().response();
        assertNotEquals(plain.header("ETag"), zipped.header("ETag"));
        assertEquals(plain.asString(), zipped.asString(), "REST Assured inflates the gzipped body");
    }

    @Test
    void unknownDumpsAndDatasetsAre404() {
        service.request().get("/dumps/datasets/no-such-dataset.ttl").then().statusCode(404).contentType("application/problem+json");
        service.request().get("/dumps/everything.ttl").then().statusCode(404);
        service.request().get("/dumps/all.nt").then().statusCode(404);
        service.request().get("/dumps/datasets/Not_A_Slug.ttl").then().statusCode(404);
    }

    @Test
    void aReplacedDatasetGetsANewTagAndTheOthersKeepTheirs() {
        String areas = service.request().get("/dumps/datasets/areas.ttl").header("ETag");
        String assets = service.request().get("/dumps/datasets/assets.ttl").header("ETag");
        String all = service.request().get("/dumps/all.ttl").header("ETag");
        service.writer().contentType("text/csv").header("X-Dataset-Kind", "observations")
                .body(TestFiles.read("observations/people-get-on-well.csv"))
                .put("/api/v1/datasets/people-get-on-well").then().statusCode(200);
        assertEquals(areas, service.request().get("/dumps/datasets/areas.ttl").header("ETag"));
        assertEquals(assets, service.request().get("/dumps/datasets/assets.ttl").header("ETag"));
        assertNotEquals(all, service.request().get("/dumps/all.ttl").header("ETag"));
    }

    private long storeQuadCount() {
        return storeContent().stream().count();
    }

    /** Every quad of every named graph of the store, as the store itself exports them. */
    private DatasetGraph storeContent() {
        DatasetGraph all = DatasetGraphFactory.create();
        service.store().read(view -> {
            view.exportQuads(StreamRDFLib.dataset(all));
            return null;
        });
        return all;
    }

    static byte[] gunzip(byte[] gz) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DatasetGraph parseQuads(byte[] nquads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(dsg);
        return dsg;
    }

    static Graph parseTriples(byte[] turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /** Sample files as the service would be sent them. */
    static final class TestFiles {
        static String read(String path) {
            try {
                return java.nio.file.Files.readString(org.opencohesion.api.TestSamples.samples().resolve(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
