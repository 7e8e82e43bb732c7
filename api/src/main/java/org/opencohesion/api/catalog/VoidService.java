package org.opencohesion.api.catalog;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.opencohesion.api.Config;
import org.opencohesion.api.dumps.Dump;
import org.opencohesion.api.dumps.DumpFormat;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.store.StoreView;

/**
 * The VoID description of the store: the whole store as one {@code void:Dataset} (every named
 * graph, exactly what {@code /dumps/all.*} holds) with its counts, class and property partitions,
 * SPARQL endpoint, dumps and URI space; one subset per dataset (its data and record graphs) with
 * its own counts and dumps; and a {@code void:Linkset} of the {@code owl:sameAs} links to the ONS
 * statistical geography. Counted once per store generation (the counts scan the whole store).
 * Knows no HTTP.
 */
public final class VoidService {
    /** Where VoID is published (RFC 5785, and the VoID guide's "well-known" location). */
    public static final String PATH = "/.well-known/void";
    private static final Property VOID_CLASS = ResourceFactory.createProperty(VOID.NS, "class");

    private final Store store;
    private final Uris uris;
    private final Config.Publication publication;
    private final PerGeneration<Model> description = new PerGeneration<>();

    public VoidService(Store store, Config.Publication publication) {
        this.store = store;
        this.uris = store.uris();
        this.publication = publication;
    }

    /** The document's URL (and the IRI of the {@code void:DatasetDescription}). */
    public String iri() {
        return uris.base() + PATH;
    }

    /** The IRI of the whole store as a {@code void:Dataset}. */
    public String storeIri() {
        return iri() + "#store";
    }

    /** The description at the current store generation (shared: do not modify). */
    public Model description() {
        return description.get(store.generation(), () -> store.read(this::build));
    }

    private Model build(StoreView view) {
        Model m = ModelFactory.createDefaultModel();
        Resource all = m.createResource(storeIri())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "Community cohesion open data: " + publication.publisherName(), "en")
                .addProperty(DCTerms.license, m.createResource(publication.licence()))
                .addProperty(FOAF.homepage, m.createResource(uris.base() + "/"))
                .addProperty(DCTerms.source, m.createResource(uris.base() + "/catalog"))
                .addProperty(VOID.sparqlEndpoint, m.createResource(uris.base() + "/sparql"))
                .addProperty(VOID.uriSpace, uris.base() + "/");
        m.createResource(iri())
                .addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "VoID description of " + uris.base(), "en")
                .addProperty(FOAF.primaryTopic, all);
        for (DumpFormat format : DumpFormat.values()) {
            all.addProperty(VOID.dataDump, m.createResource(Dump.all(format).url(uris)));
        }

        Map<String, Long> graphTriples = new HashMap<>();
        view.select(query("void-graphs.rq"), rows -> {
            rows.forEachRemaining(r -> graphTriples.put(r.getResource("graph").getURI(), r.getLiteral("triples").getLong()));
            return null;
        });
        all.addLiteral(VOID.triples, count(m, graphTriples.values().stream().mapToLong(Long::longValue).sum()));
        view.select(query("void-totals.rq"), rows -> {
            QuerySolution r = rows.next();
            all.addLiteral(VOID.entities, count(m, r.getLiteral("entities").getLong()))
                    .addLiteral(VOID.distinctSubjects, count(m, r.getLiteral("subjects").getLong()))
                    .addLiteral(VOID.distinctObjects, count(m, r.getLiteral("objects").getLong()))
                    .addLiteral(VOID.properties, count(m, r.getLiteral("properties").getLong()));
            return null;
        });
        long[] classes = {0};
        view.select(query("void-classes.rq"), rows -> {
            rows.forEachRemaining(r -> {
                classes[0]++;
                all.addProperty(VOID.classPartition, m.createResource()
                        .addProperty(VOID_CLASS, r.getResource("class"))
                        .addLiteral(VOID.entities, count(m, r.getLiteral("entities").getLong())));
            });
            return null;
        });
        all.addLiteral(VOID.classes, count(m, classes[0]));
        view.select(query("void-properties.rq"), rows -> {
            rows.forEachRemaining(r -> all.addProperty(VOID.propertyPartition, m.createResource()
                    .addProperty(VOID.property, r.getResource("property"))
                    .addLiteral(VOID.triples, count(m, r.getLiteral("triples").getLong()))));
            return null;
        });

        view.select(query("dataset-parts.rq"), rows -> {
            rows.forEachRemaining(r -> {
                String id = r.getLiteral("id").getString();
                long triples = graphTriples.getOrDefault(uris.datasetGraph(id), 0L) + graphTriples.getOrDefault(uris.datasetMetaGraph(id), 0L);
                Resource subset = m.createResource(r.getResource("dataset").getURI())
                        .addProperty(RDF.type, VOID.Dataset)
                        .addProperty(DCTerms.title, r.getLiteral("title"))
                        .addLiteral(VOID.triples, count(m, triples));
                for (DumpFormat format : DumpFormat.values()) {
                    subset.addProperty(VOID.dataDump, m.createResource(Dump.dataset(id, format).url(uris)));
                }
                all.addProperty(VOID.subset, subset);
            });
            return null;
        });

        ParameterizedSparqlString links = SparqlFile.load(VoidService.class, "void-links.rq", uris);
        links.setLiteral("ons", Uris.ONS_GEOGRAPHY);
        long sameAs = view.select(links.asQuery(), rows -> rows.next().getLiteral("links").getLong());
        Resource ons = m.createResource(iri() + "#ons-geography")
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "ONS statistical geography", "en")
                .addProperty(FOAF.homepage, m.createResource("http://statistics.data.gov.uk/"))
                .addProperty(VOID.uriSpace, Uris.ONS_GEOGRAPHY);
        all.addProperty(VOID.subset, m.createResource(iri() + "#ons-links")
                .addProperty(RDF.type, VOID.Linkset)
                .addProperty(DCTerms.title, "Areas that are the same as ONS statistical geographies", "en")
                .addProperty(VOID.linkPredicate, OWL.sameAs)
                .addProperty(VOID.subjectsTarget, all)
                .addProperty(VOID.objectsTarget, ons)
                .addLiteral(VOID.triples, count(m, sameAs)));
        return m;
    }

    /** A count as an {@code xsd:integer}, as VoID's examples write them. */
    private static org.apache.jena.rdf.model.Literal count(Model m, long n) {
        return m.createTypedLiteral(java.math.BigInteger.valueOf(n));
    }

    private org.apache.jena.query.Query query(String name) {
        return SparqlFile.query(VoidService.class, name, uris);
    }
}
