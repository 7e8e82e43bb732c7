package org.opencohesion.api.linkeddata;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.rdf.Uris;

/**
 * A service published under another base than where it listens (behind a proxy, a base with a
 * path is served at the root): 303 targets, descriptions, variants and links all name the base,
 * never the host the request came to.
 */
class LinkedDataBaseUriTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://data.example.gov.uk", "https://example.gov.uk/cohesion"})
    void everythingIsMintedUnderTheConfiguredBase(String base) {
        try (LinkedDataFixture ld = new LinkedDataFixture(base)) {
            ld.request().get("/id/area/W06000006").then().statusCode(303).header("Location", base + "/doc/area/W06000006");
            ld.request().get("/id/plan/walsall-for-all/priority/living-together").then().statusCode(303)
                    .header("Location", base + "/doc/plan/walsall-for-all/priority/living-together");

            var response = ld.request().accept("text/turtle").get("/doc/area/W06000006");
            response.then().statusCode(200).header("Content-Location", base + "/doc/area/W06000006.ttl")
                    .header("Link", containsString("<" + base + "/id/area/W06000006>; rel=\"describes\""));
            Model m = ld.parse(response, RdfFormat.TURTLE);
            Resource area = m.createResource(base + "/id/area/W06000006");
            assertTrue(m.contains(area, RDF.type, m.createResource(base + "/def/cohesion#Area")));
            assertTrue(m.contains(area, OWL.sameAs, m.createResource(Uris.ONS_GEOGRAPHY + "W06000006")));
            assertTrue(m.contains(m.createResource(base + "/def/area-level/local-authority"), SKOS.prefLabel,
                    m.createLiteral("Local authority", "en")));
            assertFalse(ld.request().get("/doc/area/W06000006.nt").asString().contains("localhost"), "nothing names the listening host");

            // JSON-LD names the context under the base, and expands to the same graph
            Model jsonLd = ld.parse(ld.request().get("/doc/area/W06000006.jsonld"), RdfFormat.JSONLD);
            assertTrue(m.isIsomorphicWith(jsonLd));

            String html = ld.request().get("/doc/area/W06000006.html").asString();
            assertTrue(html.contains("href=\"" + base + "/doc/area/W92000004\""), "our things link to their documents");
            assertTrue(html.contains("href=\"" + base + "/doc/area/W06000006.ttl\""));

            Model concept = ld.parse(ld.request().get("/def/theme/housing.ttl"), RdfFormat.TURTLE);
            assertTrue(concept.contains(concept.createResource(base + "/def/theme/housing"), SKOS.inScheme, concept.createResource(base + "/def/theme")));
            ld.request().get("/def/cohesion").then().statusCode(200).body(containsString("<" + base + "/def/cohesion>"));
        }
    }
}
