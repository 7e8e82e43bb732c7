package org.opencohesion.api.linkeddata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.store.StoreView;

/**
 * Builds the description a linked-data document publishes about one resource (see
 * {@code describe.rq} for what it holds), from the union of the named graphs: never the store's
 * own bookkeeping, and never a suppressed value, which ingest keeps out of the store.
 *
 * <p>A vocabulary document with a hash namespace ({@code /def/cohesion}, {@code /def/shapes}) also
 * holds every {@code #term} of it, with the full blank-node closure (SHACL lists run deep), taken
 * from the ontology graph: it is small, and bounded by what this build ships.
 *
 * <pre>{@code
 * Optional<Description> d = descriptions.describe("http://localhost:8080/id/area/W06000006");
 * }</pre>
 */
public final class DescriptionService {
    private static final Set<Node> LABELS = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final Store store;
    private final Uris uris;

    public DescriptionService(Store store) {
        this.store = store;
        this.uris = store.uris();
    }

    /** Whether the store describes {@code iri} (it is the subject of a triple). */
    public boolean exists(String iri) {
        ParameterizedSparqlString q = SparqlFile.load(DescriptionService.class, "exists.rq", uris);
        q.setIri("resource", iri);
        return store.read(view -> view.ask(q.asQuery()));
    }

    /** The description of {@code iri}, or empty when the store says nothing about it. */
    public Optional<Description> describe(String iri) {
        ParameterizedSparqlString q = SparqlFile.load(DescriptionService.class, "describe.rq", uris);
        q.setIri("resource", iri);
        return store.read(view -> {
            Model model = view.construct(q.asQuery());
            if (isVocabularyDocument(iri)) {
                addHashTerms(view, iri, model.getGraph());
            }
            if (!model.contains(model.createResource(iri), null) && !hasHashTerms(model, iri)) {
                return Optional.<Description>empty();
            }
            return Optional.of(new Description(iri, model));
        });
    }

    /** {@code /def/{name}}: one segment, which may be a hash namespace. */
    private boolean isVocabularyDocument(String iri) {
        String def = uris.base() + "/def/";
        return iri.startsWith(def) && iri.indexOf('/', def.length()) < 0;
    }

    private static boolean hasHashTerms(Model model, String iri) {
        return model.listSubjects().filterKeep(s -> s.isURIResource() && s.getURI().startsWith(iri + "#")).hasNext();
    }

    /** Adds the triples of every {@code iri#term}, their blank-node closure and the labels of what they link to. */
    private void addHashTerms(StoreView view, String iri, Graph into) {
        Graph ontology = view.graph(uris.ontologyGraph());
        String prefix = iri + "#";
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> done = new HashSet<>();
        Set<Node> linked = new HashSet<>();
        ontology.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix) && done.add(t.getSubject())) {
                todo.add(t.getSubject());
            }
        });
        while (!todo.isEmpty()) {
            Node subject = todo.poll();
            ontology.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
                into.add(t);
                Node o = t.getObject();
                if (o.isBlank() && done.add(o)) {
                    todo.add(o);
                } else if (o.isURI()) {
                    linked.add(o);
                }
            });
        }
        for (Node node : linked) {
            for (Node label : LABELS) {
                ontology.find(node, label, Node.ANY).forEachRemaining(into::add);
            }
        }
    }
}
