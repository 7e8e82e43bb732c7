package org.opencohesion.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.rdf.vocab.Coh;

/** The code's vocabulary and the ontology files cannot drift apart, and every term is documented. */
class OntologyTest {
    private final Uris uris = Uris.of("https://data.example.gov.uk/cohesion");
    private final Model ontology = ModelFactory.createModelForGraph(Ontology.load(uris).vocabulary());

    @Test
    void everyTermTheCodeUsesIsDefinedInTheOntology() throws IllegalAccessException {
        Coh coh = uris.coh();
        List<String> missing = new ArrayList<>();
        for (Field f : Coh.class.getFields()) {
            if (Resource.class.isAssignableFrom(f.getType())) {
                Resource term = (Resource) f.get(coh);
                if (!ontology.contains(term, RDF.type)) {
                    missing.add(term.getURI());
                }
            }
        }
        assertTrue(missing.isEmpty(), "terms used in code but not defined in cohesion.ttl: " + missing);
    }

    @Test
    void everyOntologyTermHasAnEnglishLabelAndComment() {
        List<String> undocumented = new ArrayList<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(uris.coh().ns)
                    && !ontology.contains(s, RDF.type, ontology.createResource("http://purl.org/linked-data/cube#ComponentSpecification"))) {
                boolean labelled = ontology.listStatements(s, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                        .anyMatch(st -> "en".equals(st.getLanguage()));
                if (!labelled || !ontology.contains(s, RDFS.comment)) {
                    undocumented.add(s.getURI());
                }
            }
        });
        assertTrue(undocumented.isEmpty(), "terms without rdfs:label@en and rdfs:comment: " + undocumented);
    }

    @Test
    void termsAreRootedUnderTheConfiguredBaseEvenWithAPath() {
        assertTrue(ontology.contains(ontology.createResource("https://data.example.gov.uk/cohesion/def/cohesion"), RDF.type, OWL.Ontology));
        assertFalse(ontology.listStatements().toList().stream()
                .anyMatch(st -> st.getSubject().isURIResource() && st.getSubject().getURI().contains("opencohesion.invalid")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"theme", "asset-type", "area-level", "horizon", "measure", "obs-status", "dataset-kind"})
    void everyConceptSchemeHasLabelledConcepts(String scheme) {
        Resource s = uris.scheme(scheme);
        assertTrue(ontology.contains(s, RDF.type, SKOS.ConceptScheme), scheme);
        List<Resource> concepts = ontology.listSubjectsWithProperty(SKOS.inScheme, s).toList();
        assertFalse(concepts.isEmpty());
        for (Resource c : concepts) {
            assertTrue(ontology.contains(c, SKOS.prefLabel), c.getURI());
            assertEquals(c.getURI(), uris.concept(scheme, ontology.getProperty(c, SKOS.notation).getString()).getURI());
        }
    }

    @Test
    void shapesParseAndTargetTheCohesionClasses() {
        Graph shapes = Ontology.load(uris).shapes();
        Node targetClass = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");
        assertTrue(shapes.contains(Node.ANY, targetClass, uris.coh().CommunityAsset.asNode()));
        assertTrue(shapes.contains(Node.ANY, targetClass, uris.coh().EmptyCell.asNode()));
        new ShapeValidator(Ontology.load(uris));
    }
}
