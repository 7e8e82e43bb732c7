package org.opencohesion.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opencohesion.api.HarvestFixture;
import org.opencohesion.rdf.Uris;

/** /.well-known/void: its counts are the store's, counted independently here. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoidTest {
    @TempDir
    static Path temp;

    private HarvestFixture service;
    private Model description;
    private DatasetGraph store;

    @BeforeAll
    void start() {
        service = new HarvestFixture(temp);
        description = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(service.request().accept("text/turtle").get("/.well-known/void").then().statusCode(200)
                .contentType("text/turtle; charset=utf-8").extract().asString())).lang(Lang.TURTLE).parse(description);
        store = DatasetGraphFactory.create();
        service.store().read(view -> {
            view.exportQuads(StreamRDFLib.dataset(store));
            return null;
        });
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void theWholeStoreCountsAreTheStores() {
        Resource all = description.getResource(service.base() + "/.well-known/void#store");
        assertEquals(store.stream().count(), count(all, VOID.triples), "triples: what the whole-store dump holds");
        Set<Node> entities = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        Set<Node> properties = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        store.stream().forEach(q -> {
            if (q.getSubject().isURI()) {
                entities.add(q.getSubject());
            }
            properties.add(q.getPredicate());
        });
        assertEquals(entities.size(), count(all, VOID.entities));
        assertEquals(properties.size(), count(all, VOID.properties));
        assertEquals(properties.size(), all.listProperties(VOID.propertyPartition).toList().size());
        long areas = store.stream().filter(q -> q.getPredicate().equals(RDF.type.asNode())
                && q.getObject().getURI().equals(service.base() + "/def/cohesion#Area")).map(Quad::getSubject).distinct().count();
        Resource areaPartition = all.listProperties(VOID.classPartition).mapWith(s -> s.getResource())
                .filterKeep(p -> p.hasProperty(description.createProperty(VOID.NS, "class"), description.getResource(service.base() + "/def/cohesion#Area")))
                .next();
        assertEquals(areas, count(areaPartition, VOID.entities));
        assertTrue(all.hasProperty(VOID.sparqlEndpoint, description.getResource(service.base() + "/sparql")));
        assertTrue(all.hasProperty(VOID.dataDump, description.getResource(service.base() + "/dumps/all.nq.gz")));
        assertEquals(service.base() + "/", all.getProperty(VOID.uriSpace).getString());
    }

    @Test
    void oneSubsetPerDatasetAndTheOnsLinkset() {
        Resource all = description.getResource(service.base() + "/.well-known/void#store");
        Uris uris = service.store().uris();
        Resource hateCrime = description.getResource(uris.dataset("hate-crime-reports").getURI());
        assertTrue(all.hasProperty(VOID.subset, hateCrime));
        long quads = store.stream().filter(q -> q.getGraph().getURI().equals(uris.datasetGraph("hate-crime-reports"))
                || q.getGraph().getURI().equals(uris.datasetMetaGraph("hate-crime-reports"))).count();
        assertEquals(quads, count(hateCrime, VOID.triples));
        assertTrue(hateCrime.hasProperty(VOID.dataDump, description.getResource(service.base() + "/dumps/datasets/hate-crime-reports.nq.gz")));
        Resource links = description.getResource(service.base() + "/.well-known/void#ons-links");
        assertTrue(links.hasProperty(RDF.type, VOID.Linkset));
        assertTrue(links.hasProperty(VOID.linkPredicate, OWL.sameAs));
        long sameAs = store.stream().filter(q -> q.getPredicate().equals(OWL.sameAs.asNode())
                && q.getObject().getURI().startsWith(Uris.ONS_GEOGRAPHY)).count();
        assertTrue(sameAs > 0);
        assertEquals(sameAs, count(links, VOID.triples));
        assertEquals(Uris.ONS_GEOGRAPHY, links.getPropertyResourceValue(VOID.objectsTarget).getProperty(VOID.uriSpace).getString());
    }

    @Test
    void negotiatedAndSuffixedLikeTheCatalogue() {
        service.request().get("/.well-known/void.jsonld").then().statusCode(200).contentType("application/ld+json");
        service.request().accept("application/rdf+xml").get("/.well-known/void").then().statusCode(200).contentType("application/rdf+xml");
        service.request().get("/.well-known/void.html").then().statusCode(200).contentType("text/html; charset=utf-8");
    }

    private static long count(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.getProperty(p).getLong();
    }
}
