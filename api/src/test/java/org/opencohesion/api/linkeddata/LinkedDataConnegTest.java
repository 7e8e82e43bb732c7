package org.opencohesion.api.linkeddata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencohesion.rdf.Uris;

/**
 * The content-negotiation matrix: one resource of every class of URI × every format, asked for by
 * {@code Accept} and by suffix; each RDF body is parsed back and must hold the resource's type
 * and label and the label of something it links to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedDataConnegTest {
    private LinkedDataFixture ld;

    /**
     * One resource of a class. Paths starting with {@code /} are under the base.
     *
     * @param path        the resource's URI path ({@code /id/...} or {@code /def/...})
     * @param type        its rdf:type
     * @param label       the label property and the label it must have
     * @param linked      something it links to (or that links to it), whose label must come along
     */
    record Case(String name, String path, String type, Property labelProperty, Literal label,
                String linked, Property linkedLabelProperty, Literal linkedLabel) {
        boolean isThing() {
            return path.startsWith("/id/");
        }

        /** The generic document URL path. */
        String document() {
            return isThing() ? "/doc/" + path.substring("/id/".length()) : path;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        String coh = "/def/cohesion#";
        return List.of(
                new Case("partnership", "/id/partnership/walsall-for-all", coh + "Partnership", RDFS.label, plain("Walsall for All Partnership"),
                        "/id/organisation/walsall-council", RDFS.label, plain("Walsall Council")),
                new Case("plan", "/id/plan/walsall-for-all", coh + "Plan", DCTerms.title, plain("Walsall for All"),
                        "/id/partnership/walsall-for-all", RDFS.label, plain("Walsall for All Partnership")),
                new Case("priority", "/id/plan/walsall-for-all/priority/living-together", coh + "Priority", RDFS.label, plain("Living together"),
                        "/id/plan/walsall-for-all", RDFS.label, plain("Walsall for All")),
                new Case("action", "/id/plan/walsall-for-all/priority/living-together/action/housing-strategy", coh + "Action", RDFS.label,
                        plain("Use the Housing Strategy to reduce residential segregation and tackle rogue landlords."),
                        "/id/organisation/walsall-council", RDFS.label, plain("Walsall Council")),
                new Case("outcome", "/id/plan/walsall-for-all/priority/living-together/outcome/better-reporting", coh + "Outcome", RDFS.label,
                        plain("An improved mechanism for reporting hate crimes leading to increased positive action against perpetrators."),
                        "/id/indicator/hate-crime-reports", RDFS.label, plain("Hate crime reports")),
                new Case("asset", "/id/asset/caia-park-community-hub", coh + "CommunityAsset", RDFS.label, plain("Caia Park community hub"),
                        "/id/area/W06000006", RDFS.label, en("Wrexham")),
                new Case("area", "/id/area/W06000006", coh + "Area", RDFS.label, en("Wrexham"),
                        "/id/area/W92000004", RDFS.label, en("Wales")),
                new Case("organisation", "/id/organisation/walsall-council", "http://www.w3.org/ns/org#Organization", RDFS.label, plain("Walsall Council"),
                        "/id/partnership/walsall-for-all", RDFS.label, plain("Walsall for All Partnership")),
                new Case("indicator", "/id/indicator/hate-crime-reports", coh + "Indicator", RDFS.label, plain("Hate crime reports"),
                        "/def/theme/hate-crime", SKOS.prefLabel, en("Hate crime")),
                new Case("observation", "/id/indicator/hate-crime-reports/observation/W06000006/2023", "http://purl.org/linked-data/cube#Observation",
                        null, null, "/id/area/W06000006", RDFS.label, en("Wrexham")),
                new Case("dataset", "/id/dataset/hate-crime-reports", "http://www.w3.org/ns/dcat#Dataset", DCTerms.title,
                        plain("Hate crime reports (observations)"), "/def/dataset-kind/observations", SKOS.prefLabel, en("Observations")),
                new Case("ontology", "/def/cohesion", "http://www.w3.org/2002/07/owl#Ontology", DCTerms.title, en("OpenCohesion cohesion ontology"),
                        coh + "Area", RDFS.label, en("Area")),
                new Case("concept scheme", "/def/theme", SKOS.ConceptScheme.getURI(), SKOS.prefLabel, en("Cohesion themes"),
                        "/def/theme/housing", SKOS.prefLabel, en("Housing")),
                new Case("concept", "/def/theme/housing", SKOS.Concept.getURI(), SKOS.prefLabel, en("Housing"),
                        "/def/theme", SKOS.prefLabel, en("Cohesion themes")));
    }

    Stream<Arguments> everyCaseAndRdfFormat() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : cases()) {
            for (RdfFormat f : RdfFormat.rdf()) {
                all.add(Arguments.of(c, f));
            }
        }
        return all.stream();
    }

    Stream<Arguments> everyCaseAndFormat() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : cases()) {
            for (RdfFormat f : RdfFormat.values()) {
                all.add(Arguments.of(c, f));
            }
        }
        return all.stream();
    }

    @BeforeAll
    void start() {
        ld = new LinkedDataFixture(Uris.DEFAULT_BASE);
    }

    @AfterAll
    void stop() {
        ld.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thingsAnswer303ToTheirDocument(Case c) {
        if (!c.isThing()) {
            // the vocabulary is served where it is named (see README, "Linked data")
            ld.request().get(c.path()).then().statusCode(200);
            return;
        }
        Response r = ld.request().accept("text/turtle").get(c.path());
        r.then().statusCode(303).header("Location", ld.base + c.document()).header("Vary", containsString("Accept"));
        assertEquals(ld.path(r.header("Location")), c.document());
        // the query string is no part of our URIs
        ld.request().get(c.path() + "?x=1").then().statusCode(303).header("Location", ld.base + c.document());
        ld.request().head(c.path()).then().statusCode(303).header("Location", ld.base + c.document());
    }

    @ParameterizedTest(name = "{0} as {1} by Accept")
    @MethodSource("everyCaseAndRdfFormat")
    void acceptSelectsTheFormat(Case c, RdfFormat format) {
        Response r = ld.request().accept(format.mediaType()).get(c.document());
        r.then().statusCode(200)
                .contentType(startsWith(format.mediaType()))
                .header("Vary", containsString("Accept"))
                .header("ETag", startsWith("\""))
                .header("Content-Location", ld.base + c.document() + "." + format.suffix())
                .header("Link", containsString("<" + ld.base + c.document() + ".html>; rel=\"alternate\"; type=\"text/html\""));
        assertDescribes(c, ld.parse(r, format));
    }

    @ParameterizedTest(name = "{0} as {1} by suffix")
    @MethodSource("everyCaseAndFormat")
    void aSuffixSelectsTheFormatWhateverTheAcceptHeader(Case c, RdfFormat format) {
        String other = format == RdfFormat.HTML ? "text/turtle" : "text/html";
        Response r = ld.request().accept(other).get(c.document() + "." + format.suffix());
        r.then().statusCode(200).contentType(startsWith(format.mediaType())).header("ETag", startsWith("\""));
        if (format.isRdf()) {
            assertDescribes(c, ld.parse(r, format));
        } else {
            assertHtmlDescribes(c, r.asString());
        }
    }

    @ParameterizedTest(name = "{0} as HTML by Accept")
    @MethodSource("cases")
    void browsersGetHtml(Case c) {
        Response r = ld.request().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get(c.document());
        r.then().statusCode(200).contentType("text/html; charset=utf-8").header("Vary", containsString("Accept"));
        assertHtmlDescribes(c, r.asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonLdIsTheSameGraphAsTurtle(Case c) {
        Model turtle = ld.parse(ld.request().get(c.document() + ".ttl"), RdfFormat.TURTLE);
        Model jsonLd = ld.parse(ld.request().get(c.document() + ".jsonld"), RdfFormat.JSONLD);
        Model rdfXml = ld.parse(ld.request().get(c.document() + ".rdf"), RdfFormat.RDFXML);
        Model nTriples = ld.parse(ld.request().get(c.document() + ".nt"), RdfFormat.NTRIPLES);
        assertTrue(turtle.isIsomorphicWith(jsonLd), "JSON-LD and Turtle differ");
        assertTrue(turtle.isIsomorphicWith(rdfXml), "RDF/XML and Turtle differ");
        assertTrue(turtle.isIsomorphicWith(nTriples), "N-Triples and Turtle differ");
    }

    private void assertDescribes(Case c, Model m) {
        var resource = m.createResource(iri(c.path()));
        assertTrue(m.contains(resource, RDF.type, m.createResource(iri(c.type()))), () -> c + " lacks its type");
        if (c.label() != null) {
            assertTrue(m.contains(resource, c.labelProperty(), c.label()), () -> c + " lacks its label " + c.label());
        }
        assertTrue(m.contains(m.createResource(iri(c.linked())), c.linkedLabelProperty(), c.linkedLabel()),
                () -> c + " lacks the label of " + c.linked());
    }

    private void assertHtmlDescribes(Case c, String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>"), "an HTML5 document");
        if (c.label() != null) {
            assertTrue(html.contains("<h1>" + HtmlDescriptionPage.esc(c.label().getLexicalForm()) + "</h1>"), () -> c + ": no title");
        }
        String linked = iri(c.linked());
        String href = linked.startsWith(ld.base + "/id/") ? ld.base + "/doc/" + linked.substring((ld.base + "/id/").length()) : linked;
        assertTrue(html.contains("href=\"" + href + "\""), () -> c + ": no link to " + href);
        assertTrue(html.contains(HtmlDescriptionPage.esc(c.linkedLabel().getLexicalForm())), () -> c + ": no label of " + linked);
        for (RdfFormat f : RdfFormat.rdf()) {
            assertTrue(html.contains("href=\"" + ld.base + c.document() + "." + f.suffix() + "\""), () -> c + ": no link to " + f);
        }
    }

    private String iri(String pathOrIri) {
        return pathOrIri.startsWith("/") ? ld.base + pathOrIri : pathOrIri;
    }

    private static Literal plain(String s) {
        return ResourceFactory.createStringLiteral(s);
    }

    private static Literal en(String s) {
        return ResourceFactory.createLangLiteral(s, "en");
    }
}
