package org.opencohesion.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The bundled ontology files ({@code ontology/*.ttl}), resolved against one base URI.
 *
 * <p>The files use IRIs relative to the host root ({@code </def/cohesion#>}). They are parsed
 * against a placeholder and then re-rooted under the configured base, so a base with a path
 * ({@code https://example.gov.uk/cohesion}) works too.
 */
public final class Ontology {
    private static final String PLACEHOLDER = "http://opencohesion.invalid/";
    private static final String RESOURCE_DIR = "/org/opencohesion/ontology/";

    private final Graph vocabulary;
    private final Graph shapes;

    private Ontology(Graph vocabulary, Graph shapes) {
        this.vocabulary = vocabulary;
        this.shapes = shapes;
    }

    /** Loads the ontology, concept schemes and shapes for {@code uris}' base. */
    public static Ontology load(Uris uris) {
        String root = uris.base() + "/";
        Graph vocabulary = GraphFactory.createDefaultGraph();
        read("cohesion.ttl", root, vocabulary);
        read("concepts.ttl", root, vocabulary);
        Graph shapes = GraphFactory.createDefaultGraph();
        read("shapes.ttl", root, shapes);
        return new Ontology(vocabulary, shapes);
    }

    /** The ontology terms, data structure definition and concept schemes. */
    public Graph vocabulary() { return vocabulary; }

    /** The SHACL shapes every ingested dataset must conform to. */
    public Graph shapes() { return shapes; }

    /** Everything, as stored in the ontology graph. */
    public Graph all() {
        Graph all = GraphFactory.createDefaultGraph();
        vocabulary.find().forEachRemaining(all::add);
        shapes.find().forEachRemaining(all::add);
        return all;
    }

    private static void read(String file, String root, Graph into) {
        Graph parsed = GraphFactory.createDefaultGraph();
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("ontology file missing from the build: " + file);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(PLACEHOLDER).parse(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parsed.find().forEachRemaining(t -> into.add(Triple.create(
                reroot(t.getSubject(), root), reroot(t.getPredicate(), root), reroot(t.getObject(), root))));
    }

    private static Node reroot(Node node, String root) {
        if (node.isURI() && node.getURI().startsWith(PLACEHOLDER)) {
            return NodeFactory.createURI(root + node.getURI().substring(PLACEHOLDER.length()));
        }
        return node;
    }
}
