package org.opencohesion.api.sparql;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.opencohesion.api.http.Rendered;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}: what it speaks, what it answers in, and
 * its default dataset (the union of the named graphs) with each named graph.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String VOID = "http://rdfs.org/ns/void#";

    private final Store store;
    private final SparqlService sparql;

    ServiceDescription(Store store, SparqlService sparql) {
        this.store = store;
        this.sparql = sparql;
    }

    /** The description as {@code format}, of the store as it is now. */
    Rendered render(ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.writeGraph(describe(), format, out);
        return new Rendered(format.contentType(), out.toByteArray(), Map.of());
    }

    Graph describe() {
        Uris uris = store.uris();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("void", VOID)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("rdfs", RDFS.uri);
        Resource service = m.createResource(sparql.endpoint() + "#service")
                .addProperty(RDF.type, sd("Service"))
                .addProperty(sd("endpoint"), m.createResource(sparql.endpoint()))
                .addProperty(sd("supportedLanguage"), sd("SPARQL11Query"))
                .addProperty(sd("feature"), sd("UnionDefaultGraph"))
                .addProperty(sd("defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(DCTerms.title, "OpenCohesion SPARQL endpoint")
                .addProperty(RDFS.comment, "Read-only: updates and SERVICE are refused. A query may run for "
                        + SparqlService.describe(sparql.limits().timeout()) + "; an answer carries at most " + sparql.limits().maxRows()
                        + " solutions or triples (header " + SparqlService.ROW_LIMIT_HEADER + "; " + SparqlService.TRUNCATED_HEADER
                        + " says when more were left out).");
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML")) {
            service.addProperty(sd("resultFormat"), m.createResource(FORMATS + format));
        }
        Resource defaultGraph = m.createResource()
                .addProperty(RDF.type, sd("Graph"))
                .addProperty(RDFS.comment, "The union of all the named graphs.");
        Resource dataset = m.createResource()
                .addProperty(RDF.type, sd("Dataset"))
                .addProperty(sd("defaultGraph"), defaultGraph);
        service.addProperty(sd("defaultDataset"), dataset);

        record Described(String title, Long triples) {}
        Map<String, Described> described = new HashMap<>();
        List<String> names = store.read(view -> {
            view.select(SparqlFile.query(ServiceDescription.class, "described-graphs.rq", uris), rows -> {
                rows.forEachRemaining((QuerySolution row) -> described.put(row.getResource("graph").getURI(), new Described(
                        row.getLiteral("title").getString(),
                        row.contains("triples") ? row.getLiteral("triples").getLong() : null)));
                return null;
            });
            return view.graphNames();
        });
        for (String name : names.stream().sorted().toList()) {
            Resource graph = m.createResource().addProperty(RDF.type, sd("Graph"));
            Described d = described.get(name);
            if (d != null) {
                graph.addProperty(DCTerms.title, d.title());
                if (d.triples() != null) {
                    graph.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(d.triples().toString(), XSDDatatype.XSDinteger));
                }
            } else if (name.equals(uris.ontologyGraph())) {
                graph.addProperty(DCTerms.title, "The cohesion ontology, its concept schemes and shapes");
            } else if (name.equals(uris.changesGraph())) {
                graph.addProperty(DCTerms.title, "The change feed: one activity per dataset version");
            } else if (name.endsWith("/meta")) {
                graph.addProperty(DCTerms.title, "A dataset's DCAT and PROV record");
            }
            dataset.addProperty(sd("namedGraph"), m.createResource()
                    .addProperty(RDF.type, sd("NamedGraph"))
                    .addProperty(sd("name"), m.createResource(name))
                    .addProperty(sd("graph"), graph));
        }
        return m.getGraph();
    }

    private static Property sd(String local) {
        return ResourceFactory.createProperty(SD, local);
    }
}
