package org.opencohesion.api.linkeddata;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.opencohesion.rdf.Ontology;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.vocab.Geo;

/**
 * The prefixes published documents are written with, and the JSON-LD context built from them:
 * the standard vocabularies the data uses, {@code coh:} and {@code shape:} under the base, and one
 * prefix per concept scheme of the ontology ({@code theme:} for {@code /def/theme/}).
 */
public final class Namespaces {
    private final PrefixMapping prefixes;

    private Namespaces(PrefixMapping prefixes) {
        this.prefixes = prefixes;
        prefixes.lock();
    }

    /** The prefixes for {@code uris}' base, with the concept schemes of the bundled ontology. */
    public static Namespaces of(Uris uris) {
        PrefixMapping p = PrefixMapping.Factory.create().setNsPrefixes(SparqlFile.prefixes(uris))
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("schema", "http://schema.org/")
                .setNsPrefix("geo", Geo.NS)
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
                .setNsPrefix("sdmx-concept", "http://purl.org/linked-data/sdmx/2009/concept#")
                .setNsPrefix("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#")
                .setNsPrefix("sdmx-measure", "http://purl.org/linked-data/sdmx/2009/measure#")
                .setNsPrefix("sdmx-attribute", "http://purl.org/linked-data/sdmx/2009/attribute#")
                .setNsPrefix("interval", "http://reference.data.gov.uk/def/intervals/")
                .setNsPrefix("shape", uris.base() + "/def/shapes#");
        String def = uris.base() + "/def/";
        Ontology.load(uris).vocabulary().find(Node.ANY, RDF.type.asNode(), SKOS.ConceptScheme.asNode())
                .mapWith(t -> t.getSubject().getURI())
                .filterKeep(iri -> iri.startsWith(def) && iri.indexOf('/', def.length()) < 0)
                .forEachRemaining(scheme -> p.setNsPrefix(scheme.substring(def.length()), scheme + "/"));
        return new Namespaces(p);
    }

    /** Every prefix (read-only). */
    public PrefixMapping all() {
        return prefixes;
    }

    /** Only the prefixes {@code model} uses, so a small document does not open with forty lines of them. */
    public PrefixMapping usedBy(Model model) {
        Map<String, String> used = new TreeMap<>();
        model.getGraph().find().forEachRemaining(t -> {
            use(t.getPredicate(), used);
            use(t.getSubject(), used);
            use(t.getObject(), used);
            if (t.getObject().isLiteral()) {
                use(org.apache.jena.graph.NodeFactory.createURI(t.getObject().getLiteralDatatypeURI()), used);
            }
        });
        return PrefixMapping.Factory.create().setNsPrefixes(used);
    }

    private void use(Node node, Map<String, String> used) {
        if (node.isURI()) {
            String prefix = prefixes.getNsURIPrefix(namespaceOf(node.getURI()));
            if (prefix != null) {
                used.put(prefix, prefixes.getNsPrefixURI(prefix));
            }
        }
    }

    /** The longest namespace of ours {@code iri} is in, or {@code iri} itself when there is none. */
    private String namespaceOf(String iri) {
        String best = iri;
        int bestLength = 0;
        for (String ns : prefixes.getNsPrefixMap().values()) {
            if (iri.startsWith(ns) && ns.length() > bestLength) {
                best = ns;
                bestLength = ns.length();
            }
        }
        return best;
    }
}
