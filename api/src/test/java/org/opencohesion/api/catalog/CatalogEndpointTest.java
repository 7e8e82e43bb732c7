package org.opencohesion.api.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencohesion.api.Config;
import org.opencohesion.api.HarvestFixture;
import org.opencohesion.api.linkeddata.RdfFormat;
import org.opencohesion.rdf.store.StoreView;

/** /catalog: negotiated like the linked-data documents, one dataset per dataset, every download answering. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogEndpointTest {
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

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everyFormatByAcceptAndBySuffix(RdfFormat format) {
        Response byAccept = service.request().accept(format.mediaType()).get("/catalog").then().statusCode(200)
                .contentType(format.contentType()).header("Vary", containsString("Accept"))
                .header("Content-Location", service.base() + "/catalog." + format.suffix()).extract().response();
        Response bySuffix = service.request().get("/catalog." + format.suffix()).then().statusCode(200)
                .contentType(format.contentType()).extract().response();
        assertEquals(byAccept.asString(), bySuffix.asString());
        if (format.isRdf() && format != RdfFormat.JSONLD) {
            assertTrue(parse(bySuffix.asString(), format).isIsomorphicWith(catalogue()), "the same catalogue in " + format);
        }
        service.request().header("If-None-Match", bySuffix.header("ETag")).get("/catalog." + format.suffix()).then().statusCode(304);
    }

    @Test
    void unacceptableIs406() {
        service.request().accept("image/png").get("/catalog").then().statusCode(406);
        service.request().get("/catalog.csv").then().statusCode(404);
    }

    @Test
    void oneDatasetPerDatasetWithItsDistributionsAndTheServices() {
        Model catalogue = catalogue();
        Set<String> datasets = new TreeSet<>();
        catalogue.listSubjectsWithProperty(RDF.type, DCAT.Dataset).forEachRemaining(r -> datasets.add(r.getURI()));
        Set<String> records = new TreeSet<>();
        service.store().read(StoreView::graphNames).stream().filter(g -> g.endsWith("/meta"))
                .forEach(g -> records.add(g.replace("/graph/", "/id/dataset/").replace("/meta", "")));
        assertEquals(records, datasets);
        Resource catalog = catalogue.getResource(service.base() + "/catalog");
        assertEquals(datasets.size(), catalog.listProperties(DCAT.dataset).toList().size());
        assertEquals(2, catalog.listProperties(DCAT.service).toList().size());

        Resource hateCrime = catalogue.getResource(service.base() + "/id/dataset/hate-crime-reports");
        assertTrue(hateCrime.hasProperty(DCAT.theme, catalogue.getResource(service.base() + "/def/theme/hate-crime")));
        assertTrue(hateCrime.hasProperty(DCAT.theme, catalogue.getResource(CatalogService.EU + "data-theme/JUST")));
        assertTrue(hateCrime.hasProperty(DCTerms.spatial, catalogue.getResource("http://statistics.data.gov.uk/id/statistical-geography/W06000006")));
        Resource period = hateCrime.getPropertyResourceValue(DCTerms.temporal);
        assertEquals("2021-01-01", period.getProperty(DCAT.startDate).getLiteral().getLexicalForm());
        assertEquals("2023-12-31", period.getProperty(DCAT.endDate).getLiteral().getLexicalForm());
        List<String> urls = hateCrime.listProperties(DCAT.distribution).mapWith(s -> s.getResource().getPropertyResourceValue(DCAT.accessURL).getURI()).toList();
        assertEquals(new TreeSet<>(List.of(service.base() + "/dumps/datasets/hate-crime-reports.nq.gz", service.base() + "/dumps/datasets/hate-crime-reports.ttl",
                service.base() + "/api/v1/indicators/hate-crime-reports/observations", service.base() + "/api/v1/indicators/hate-crime-reports/observations?format=csv",
                service.base() + "/download/indicator/hate-crime-reports.csv", service.base() + "/download/indicator/hate-crime-reports.csv?layout=long")),
                new TreeSet<>(urls));
        assertEquals(Config.Publication.OGL_3, catalogue.getResource(service.base() + "/catalog").getPropertyResourceValue(DCTerms.license).getURI());
    }

    @Test
    void everyUrlTheCatalogueNamesAnswers() {
        Model catalogue = catalogue();
        Set<String> urls = new TreeSet<>();
        for (var p : List.of(DCAT.accessURL, DCAT.downloadURL, DCAT.endpointDescription, DCAT.landingPage)) {
            catalogue.listObjectsOfProperty(p).mapWith(RDFNode::asResource).mapWith(Resource::getURI).forEachRemaining(urls::add);
        }
        // the CSVW metadata of downloads (other conformsTo objects are outside standards)
        catalogue.listObjectsOfProperty(DCTerms.conformsTo).mapWith(RDFNode::asResource).mapWith(Resource::getURI)
                .filterKeep(u -> u.startsWith(service.base())).forEachRemaining(urls::add);
        assertTrue(urls.size() > 40, "distributions of every dataset: " + urls.size());
        // the SPARQL endpoint is its own feature (and branch); this checks everything else the catalogue names
        urls.remove(service.base() + "/sparql");
        for (String url : urls) {
            assertTrue(url.startsWith(service.base()), url);
            assertEquals(200, service.request().get(url.substring(service.base().length())).statusCode(), url);
        }
    }

    @Test
    void theLicenceAndPublisherAreConfigured(@TempDir Path other) {
        String licence = "https://creativecommons.org/licenses/by/4.0/";
        Config config = Config.forTests().withPublication(new Config.Publication(licence, "Wrexham County Borough Council",
                "https://www.wrexham.gov.uk/", "data@example.gov.uk"));
        try (HarvestFixture configured = new HarvestFixture(other, null, config)) {
            Model catalogue = parse(configured.request().get("/catalog.nt").asString(), RdfFormat.NTRIPLES);
            try (QueryExecution q = QueryExecution.model(catalogue).query("""
                    PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
                    ASK { ?d a dcat:Dataset ; dcterms:publisher <https://www.wrexham.gov.uk/> ; dcat:distribution/dcterms:license ?l ;
                             dcat:contactPoint/vcard:hasEmail <mailto:data@example.gov.uk> .
                          <https://www.wrexham.gov.uk/> foaf:name "Wrexham County Borough Council"@en .
                          FILTER NOT EXISTS { ?any dcterms:license <http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/> } }
                    """).build()) {
                assertTrue(q.execAsk());
            }
            assertTrue(catalogue.contains(null, DCTerms.license, catalogue.getResource(licence)));
        }
    }

    private Model catalogue() {
        return parse(service.request().get("/catalog.ttl").asString(), RdfFormat.TURTLE);
    }

    private static Model parse(String body, RdfFormat format) {
        Model m = ModelFactory.createDefaultModel();
        Lang lang = switch (format) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case RDFXML -> Lang.RDFXML;
            default -> throw new IllegalArgumentException(format.toString());
        };
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(m);
        return m;
    }
}
