package org.opencohesion.api.linkeddata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.opencohesion.api.Config;
import org.opencohesion.api.OpenCohesionServer;
import org.opencohesion.api.TestSamples;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputFolder;
import org.opencohesion.rdf.Uris;
import org.opencohesion.api.TestStores;
import org.opencohesion.rdf.store.Store;

/**
 * A real service on a free port over an in-memory store loaded with the samples, minting under
 * {@code base} (which need not be where the service listens: behind a proxy it never is).
 */
final class LinkedDataFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final String base;
    final Store store;
    final OpenCohesionServer server;

    LinkedDataFixture(String base) {
        this.base = base;
        store = TestStores.create(Uris.of(base));
        new IngestService(store).ingest(InputFolder.collect(List.of(TestSamples.samples()), null, null));
        server = OpenCohesionServer.create(Config.forTests().withBaseUri(base), store).start();
    }

    /** A request to the service; redirects are not followed, so 303s can be looked at. */
    RequestSpecification request() {
        return given().port(server.port()).redirects().follow(false);
    }

    /** The path of one of our URLs on this server: {@code {base}/doc/x} → {@code /doc/x}. */
    String path(String url) {
        assertEquals(true, url.startsWith(base + "/"), () -> url + " is not under " + base);
        return url.substring(base.length());
    }

    /** A body parsed as {@code format}; JSON-LD through the published context, fetched from the service. */
    Model parse(Response response, RdfFormat format) {
        String body = response.asString();
        Lang lang = switch (format) {
            case TURTLE -> Lang.TURTLE;
            case RDFXML -> Lang.RDFXML;
            case NTRIPLES -> Lang.NTRIPLES;
            case JSONLD -> Lang.JSONLD11;
            case HTML -> throw new IllegalArgumentException("HTML is not RDF");
        };
        if (format == RdfFormat.JSONLD) {
            body = withContextInline(body);
        }
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(model);
        return model;
    }

    /**
     * The JSON-LD document with its {@code @context} URL replaced by the context the service
     * publishes there (the URL names the configured base, not this test server).
     */
    String withContextInline(String jsonLd) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(jsonLd);
            assertEquals(base + JsonLdContext.PATH, doc.get("@context").asText(), "JSON-LD names the published context");
            JsonNode context = JSON.readTree(request().get(JsonLdContext.PATH).then().statusCode(200).extract().asString());
            doc.set("@context", context.get("@context"));
            return JSON.writeValueAsString(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
