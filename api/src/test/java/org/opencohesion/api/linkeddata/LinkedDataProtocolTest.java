package org.opencohesion.api.linkeddata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.GraphChange;

/** 404s, 406, ETags and 304, HEAD, and what descriptions must and must never hold. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedDataProtocolTest {
    private static final String PROBLEM = "application/problem+json";
    private LinkedDataFixture ld;

    @BeforeAll
    void start() {
        ld = new LinkedDataFixture(Uris.DEFAULT_BASE);
    }

    @AfterAll
    void stop() {
        ld.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/area/E99999999", "/id/nothing", "/id/area/W06000006/extra", "/id/area/W06000006.ttl",
            "/doc/area/E99999999", "/doc/area/E99999999.ttl", "/doc/area/W06000006.png", "/doc/area/W06000006.ttl.ttl",
            "/doc/area/%3Cscript%3E", "/doc/area/W06000006%3E%20%3Fp", "/def/nothing", "/def/theme/nothing.jsonld", "/def/cohesion/Area"})
    void unknownUrisAre404ProblemsForMachines(String path) {
        ld.request().accept("text/turtle").get(path).then().statusCode(404).contentType(PROBLEM)
                .header("Vary", containsString("Accept"))
                .body("status", equalTo(404));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/area/E99999999", "/doc/area/E99999999", "/def/theme/nothing"})
    void unknownUrisAre404PagesForBrowsers(String path) {
        ld.request().accept("text/html").get(path).then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("<h1>404 Not found</h1>"));
        ld.request().accept("application/json").get(path).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aSuffixDecidesTheFormatOfA404Too() {
        ld.request().accept("text/turtle").get("/doc/area/E99999999.html").then().statusCode(404).contentType(startsWith("text/html"));
        ld.request().accept("text/html").get("/doc/area/E99999999.ttl").then().statusCode(404).contentType(PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "application/xml", "text/csv, text/plain;q=0.5", "text/turtle;q=0, */*;q=0"})
    void anAcceptNothingMatchesIs406(String accept) {
        ld.request().accept(accept).get("/doc/area/W06000006").then().statusCode(406).contentType(PROBLEM)
                .header("Vary", containsString("Accept"))
                .body("detail", containsString("text/turtle"));
        // a suffix needs no negotiation
        ld.request().accept(accept).get("/doc/area/W06000006.ttl").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*/*", "text/*", "application/json"})
    void defaultsAndWildcards(String accept) {
        String expected = accept.equals("application/json") ? "application/ld+json" : "text/turtle";
        var request = ld.request();
        if (!accept.isEmpty()) {
            request.accept(accept);
        }
        request.get("/doc/area/W06000006").then().statusCode(200).contentType(startsWith(expected));
    }

    @Test
    void etagsAnswer304AndDifferPerFormat() {
        Set<String> etags = new HashSet<>();
        for (RdfFormat f : RdfFormat.values()) {
            Response r = ld.request().accept(f.mediaType()).get("/doc/area/W06000006");
            String etag = r.header("ETag");
            assertTrue(etags.add(etag), "one ETag per format");
            ld.request().accept(f.mediaType()).header("If-None-Match", etag).get("/doc/area/W06000006").then()
                    .statusCode(304).header("ETag", etag).body(emptyString());
            // the same bytes by suffix: the same validator
            assertEquals(etag, ld.request().get("/doc/area/W06000006." + f.suffix()).header("ETag"));
        }
        String ttl = ld.request().get("/doc/area/W06000006.ttl").header("ETag");
        ld.request().header("If-None-Match", "\"stale\"").get("/doc/area/W06000006.ttl").then().statusCode(200).header("ETag", ttl);
    }

    @Test
    void gzipIsOfferedForLargeDocuments() {
        ld.request().header("Accept-Encoding", "gzip").get("/doc/area/W06000006.ttl").then().statusCode(200)
                .header("Content-Encoding", "gzip").header("Vary", containsString("Accept-Encoding"));
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        Response get = ld.request().accept("application/ld+json").get("/doc/asset/caia-park-community-hub");
        Response head = ld.request().accept("application/ld+json").head("/doc/asset/caia-park-community-hub");
        head.then().statusCode(200).contentType(startsWith("application/ld+json")).header("ETag", get.header("ETag"))
                .header("Content-Location", get.header("Content-Location")).body(emptyString());
        ld.request().head("/doc/area/E99999999").then().statusCode(404);
        ld.request().head(JsonLdContext.PATH).then().statusCode(200).header("ETag", startsWith("\""));
    }

    @Test
    void suppressedValuesAreNeverPublished() {
        // hate-crime-reports, W05001714, 2021: 2 reports, below the threshold of 5
        String cell = "/doc/indicator/hate-crime-reports/observation/W05001714/2021";
        Model m = ld.parse(ld.request().get(cell + ".ttl"), RdfFormat.TURTLE);
        Resource subject = m.createResource(ld.base + "/id/indicator/hate-crime-reports/observation/W05001714/2021");
        assertTrue(m.contains(subject, RDF.type, m.createResource(ld.base + "/def/cohesion#EmptyCell")));
        assertTrue(m.contains(subject, m.createProperty(ld.base + "/def/cohesion#obsStatus"), m.createResource(ld.base + "/def/obs-status/suppressed")));
        assertFalse(m.contains(null, m.createProperty(ld.base + "/def/cohesion#value"), (RDFNode) null),
                "a suppressed cell has no value");
        for (RdfFormat f : RdfFormat.values()) {
            String body = ld.request().get(cell + "." + f.suffix()).then().statusCode(200).extract().asString();
            assertFalse(body.contains("cohesion#value") || body.contains("coh:value"), "no value in " + f);
        }
        // a published observation carries its value
        Model published = ld.parse(ld.request().get("/doc/indicator/hate-crime-reports/observation/W06000006/2022.ttl"), RdfFormat.TURTLE);
        assertEquals(390, published.getRequiredProperty(published.createResource(ld.base + "/id/indicator/hate-crime-reports/observation/W06000006/2022"),
                published.createProperty(ld.base + "/def/cohesion#value")).getInt());
    }

    @Test
    void areasAreTheOnsGeographyAndListTheirChildren() {
        Model m = ld.parse(ld.request().get("/doc/area/W06000006.ttl"), RdfFormat.TURTLE);
        Resource wrexham = m.createResource(ld.base + "/id/area/W06000006");
        assertTrue(m.contains(wrexham, OWL.sameAs, m.createResource(Uris.ONS_GEOGRAPHY + "W06000006")));
        Resource ward = m.createResource(ld.base + "/id/area/W05001714");
        assertTrue(m.contains(ward, m.createProperty(ld.base + "/def/cohesion#parentArea"), wrexham), "child areas are listed");
        assertTrue(m.contains(ward, RDFS.label, m.createLiteral("Acton and Maesydre", "en")), "with their names");
        assertTrue(m.contains(m.createResource(ld.base + "/id/asset/caia-park-community-hub"), m.createProperty(ld.base + "/def/cohesion#area"), wrexham),
                "and the assets in them");
        // never the observations about it: there can be millions
        assertFalse(m.contains(null, m.createProperty(ld.base + "/def/cohesion#refArea"), wrexham));
        String html = ld.request().get("/doc/area/W06000006.html").asString();
        assertTrue(html.contains("href=\"" + Uris.ONS_GEOGRAPHY + "W06000006\""));
        assertTrue(html.contains("<h2>Linked from</h2>"));
    }

    @Test
    void theOntologyDocumentHoldsEveryTermWithItsBlankNodes() {
        Model m = ld.parse(ld.request().get("/def/cohesion.ttl"), RdfFormat.TURTLE);
        String coh = ld.base + "/def/cohesion#";
        assertTrue(m.contains(m.createResource(coh + "parentArea"), RDF.type, OWL.ObjectProperty));
        assertTrue(m.contains(m.createResource(coh + "EmptyCell"), RDFS.label, m.createLiteral("Empty cell", "en")));
        // the data structure definition's components are blank nodes or terms, each complete
        Resource dsd = m.createResource(coh + "indicatorStructure");
        assertTrue(m.contains(dsd, m.createProperty("http://purl.org/linked-data/cube#component"), (RDFNode) null));
        // SHACL lists run deep: the shapes document keeps them whole
        Model shapes = ld.parse(ld.request().get("/def/shapes.ttl"), RdfFormat.TURTLE);
        shapes.listObjectsOfProperty(RDF.rest).forEachRemaining(rest ->
                assertTrue(rest.equals(RDF.nil) || shapes.contains(rest.asResource(), RDF.first, (RDFNode) null),
                        "an RDF list is cut short"));
        // a term's fragment names a section of the HTML page
        assertTrue(ld.request().get("/def/cohesion.html").asString().contains("<section id=\"Area\">"));
    }

    @Test
    void aDatasetsSourceCarriesItsChecksumBlankNode() {
        ld.request().get("/id/dataset/hate-crime-reports/source").then().statusCode(303)
                .header("Location", ld.base + "/doc/dataset/hate-crime-reports/source");
        Model m = ld.parse(ld.request().get("/doc/dataset/hate-crime-reports/source.ttl"), RdfFormat.TURTLE);
        String spdx = "http://spdx.org/rdf/terms#";
        RDFNode checksum = m.getRequiredProperty(m.createResource(ld.base + "/id/dataset/hate-crime-reports/source"),
                m.createProperty(spdx, "checksum")).getObject();
        assertTrue(checksum.isAnon());
        assertTrue(m.getRequiredProperty(checksum.asResource(), m.createProperty(spdx, "checksumValue")).getString().matches("[0-9a-f]{64}"));
    }

    @Test
    void theStoresOwnBookkeepingIsNeverPublished() {
        for (String path : new String[] {"/def/cohesion.nt", "/doc/dataset/hate-crime-reports.nt", "/doc/area/W06000006.nt"}) {
            String body = ld.request().get(path).asString();
            assertFalse(body.contains(Uris.STORE_STATE), path);
        }
    }

    @Test
    void theJsonLdContextIsPublished() {
        Response r = ld.request().get(JsonLdContext.PATH);
        r.then().statusCode(200).contentType(startsWith("application/ld+json")).header("ETag", startsWith("\""))
                .body("'@context'.coh", equalTo(ld.base + "/def/cohesion#"))
                .body("'@context'.theme", equalTo(ld.base + "/def/theme/"))
                .body("'@context'.skos", equalTo("http://www.w3.org/2004/02/skos/core#"));
        ld.request().header("If-None-Match", r.header("ETag")).get(JsonLdContext.PATH).then().statusCode(304);
        // and documents are compact with it
        String jsonLd = ld.request().get("/doc/area/W06000006.jsonld").asString();
        assertTrue(jsonLd.contains("\"coh:parentArea\""), jsonLd);
        assertTrue(jsonLd.contains("\"@context\": \"" + ld.base + "/context.jsonld\""), jsonLd);
    }

    @Test
    void aWriteIsSeenByTheNextRequest() {
        String doc = "/doc/asset/walsall-buddy-scheme.ttl";
        String etag = ld.request().get(doc).header("ETag");
        Graph extra = GraphFactory.createDefaultGraph();
        extra.add(NodeFactory.createURI(ld.base + "/id/asset/walsall-buddy-scheme"), RDFS.comment.asNode(),
                NodeFactory.createLiteralString("Added by a test"));
        ld.store.commit(List.of(GraphChange.replace(ld.base + "/graph/linked-data-test", extra)));
        ld.request().get(doc).then().statusCode(200).header("ETag", not(equalTo(etag))).body(containsString("Added by a test"));
    }
}
