package org.opencohesion.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.opencohesion.rdf.vocab.Prov;
import org.opencohesion.rdf.vocab.Qb;

/**
 * A SPARQL query kept in a {@code .rq} resource, with the standard prefixes and the base-dependent
 * {@code coh:} prefix bound. Values go in through {@link ParameterizedSparqlString}'s setters,
 * never by concatenation.
 *
 * <pre>{@code
 * ParameterizedSparqlString q = SparqlFile.load(AreaQueries.class, "areas.rq", uris);
 * q.setIri("area", uris.area(code).getURI());
 * }</pre>
 */
public final class SparqlFile {
    private SparqlFile() {}

    /** The standard prefixes plus {@code coh:} for {@code uris}' base. */
    public static PrefixMapping prefixes(Uris uris) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("owl", OWL.NS)
                .setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("dcat", DCAT.NS)
                .setNsPrefix("prov", Prov.NS)
                .setNsPrefix("qb", Qb.NS)
                .setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("void", "http://rdfs.org/ns/void#")
                .setNsPrefix("spdx", "http://spdx.org/rdf/terms#")
                .setNsPrefix("coh", uris.coh().ns);
    }

    /** The query in resource {@code name} next to {@code owner}, ready for parameters. */
    public static ParameterizedSparqlString load(Class<?> owner, String name, Uris uris) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("query resource missing: " + name);
            }
            ParameterizedSparqlString q = new ParameterizedSparqlString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            q.setNsPrefixes(prefixes(uris));
            return q;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query in resource {@code name}, when it takes no parameters. */
    public static Query query(Class<?> owner, String name, Uris uris) {
        return load(owner, name, uris).asQuery();
    }
}
