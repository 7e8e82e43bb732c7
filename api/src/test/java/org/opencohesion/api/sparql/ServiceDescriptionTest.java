package org.opencohesion.api.sparql;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /sparql without a query: the service description for tools, the query page for people. */
class ServiceDescriptionTest {
    private static final String SD = ServiceDescription.SD;
    private static SparqlFixture sparql;

    @BeforeAll
    static void start() {
        sparql = SparqlFixture.shared();
    }

    private static Model parse(Response r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.asByteArray())).lang(lang).parse(m);
        return m;
    }

    private static Property sd(String local) {
        return ModelFactory.createDefaultModel().createProperty(SD, local);
    }

    private static Model turtle() {
        return parse(sparql.http().header("Accept", "text/turtle").get("/sparql").then().statusCode(200)
                .header("Content-Type", "text/turtle; charset=utf-8").header("Vary", containsString("Accept")).extract().response(), Lang.TURTLE);
    }

    @Test
    void itSaysWhatTheServiceIsAndSpeaks() {
        Model m = turtle();
        List<Resource> services = m.listSubjectsWithProperty(RDF.type, m.createResource(SD + "Service")).toList();
        assertEquals(1, services.size());
        Resource service = services.get(0);
        assertEquals("http://localhost:8080/sparql", service.getPropertyResourceValue(sd("endpoint")).getURI(), "the public URL, under the base URI");
        assertEquals(SD + "SPARQL11Query", service.getPropertyResourceValue(sd("supportedLanguage")).getURI());
        assertFalse(service.hasProperty(sd("supportedLanguage"), m.createResource(SD + "SPARQL11Update")), "read-only");
        assertTrue(service.hasProperty(sd("feature"), m.createResource(SD + "UnionDefaultGraph")));
        assertFalse(service.hasProperty(sd("feature"), m.createResource(SD + "BasicFederatedQuery")), "SERVICE is refused");
        Set<String> formats = new HashSet<>();
        service.listProperties(sd("resultFormat")).forEachRemaining(s -> formats.add(s.getResource().getURI()));
        assertEquals(Set.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples",
                "JSON-LD", "RDF_XML").stream().map(f -> "http://www.w3.org/ns/formats/" + f).collect(java.util.stream.Collectors.toSet()), formats);
    }

    @Test
    void itDescribesTheDefaultDatasetAndEveryNamedGraph() {
        Model m = turtle();
        Resource dataset = m.listSubjectsWithProperty(RDF.type, m.createResource(SD + "Dataset")).next();
        assertTrue(dataset.getPropertyResourceValue(sd("defaultGraph")).hasProperty(RDF.type, m.createResource(SD + "Graph")));
        Set<String> names = new HashSet<>();
        dataset.listProperties(sd("namedGraph")).forEachRemaining(s -> names.add(s.getResource().getPropertyResourceValue(sd("name")).getURI()));
        assertEquals(new HashSet<>(sparql.store.read(view -> view.graphNames())), names);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("urn:x-arq:")), "never the store's own state");

        String hateCrime = sparql.store.uris().datasetGraph("hate-crime-reports");
        Resource graph = m.listSubjectsWithProperty(sd("name"), m.createResource(hateCrime)).next().getPropertyResourceValue(sd("graph"));
        assertEquals("Hate crime reports (observations)", graph.getProperty(DCTerms.title).getString());
        RDFNode triples = graph.getProperty(m.createProperty("http://rdfs.org/ns/void#triples")).getObject();
        assertEquals(1347, triples.asLiteral().getInt(), "as the dataset's DCAT record counts it");
    }

    @ParameterizedTest
    @CsvSource({
            "application/ld+json, , application/ld+json, JSONLD",
            "application/rdf+xml, , application/rdf+xml; charset=utf-8, RDFXML",
            ", nt, application/n-triples; charset=utf-8, NTRIPLES",
            ", , text/turtle; charset=utf-8, TURTLE",
            "*/*, , text/turtle; charset=utf-8, TURTLE",
    })
    void itComesInEveryRdfFormat(String accept, String format, String contentType, String lang) {
        var request = sparql.http();
        if (accept != null) {
            request = request.header("Accept", accept);
        }
        if (format != null) {
            request = request.queryParam("format", format);
        }
        Lang l = switch (lang) {
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
        Model m = parse(request.get("/sparql").then().statusCode(200).header("Content-Type", contentType).extract().response(), l);
        assertTrue(m.isIsomorphicWith(turtle()), lang);
    }

    @Test
    void askingForQueryResultsWithoutAQueryIs406() {
        sparql.http().header("Accept", "application/sparql-results+json").get("/sparql").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void theQueryPageUsesTheBundledYasguiOnlyAndListsTheExamples() throws Exception {
        String page = sparql.http().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get("/sparql").then()
                .statusCode(200).contentType("text/html").header("Vary", "Accept").extract().asString();
        Matcher script = Pattern.compile("src=\"(/webjars/yasgui/[^\"]+/yasgui\\.min\\.js)\"").matcher(page);
        Matcher css = Pattern.compile("href=\"(/webjars/yasgui/[^\"]+/yasgui\\.min\\.css)\"").matcher(page);
        assertTrue(script.find(), page);
        assertTrue(css.find(), page);
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find(), "nothing is fetched from another host");
        assertTrue(page.contains("autocompleters: [\"prefixes\", \"variables\"]"), "no completer that asks a service on the internet");
        String js = sparql.http().get(script.group(1)).then().statusCode(200).contentType(containsString("javascript")).extract().asString();
        assertTrue(js.length() > 500_000 && js.contains("Yasgui"), "the whole YASGUI bundle");
        sparql.http().get(css.group(1)).then().statusCode(200).contentType(containsString("text/css"));

        Matcher data = Pattern.compile("<script id=\"example-queries\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(data.find());
        JsonNode examples = new ObjectMapper().readTree(data.group(1));
        List<ExampleQueries.Example> expected = ExampleQueries.load(sparql.store.uris());
        assertEquals(expected.size(), examples.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).title(), examples.get(i).get("title").asText());
            assertEquals(expected.get(i).query(), examples.get(i).get("query").asText());
        }
        assertTrue(page.contains("Wards where hate-crime reports rose year on year"), "the examples are named on the page");
    }
}
