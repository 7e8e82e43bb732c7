package org.opencohesion.ingest;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The RDF syntaxes ingest accepts as datasets, by file extension and media type. */
public final class RdfSyntax {
    private RdfSyntax() {}

    public static Optional<Lang> forFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".ttl")) return Optional.of(Lang.TURTLE);
        if (n.endsWith(".nt")) return Optional.of(Lang.NTRIPLES);
        if (n.endsWith(".jsonld")) return Optional.of(Lang.JSONLD);
        if (n.endsWith(".rdf") || n.endsWith(".owl") || n.endsWith(".xml")) return Optional.of(Lang.RDFXML);
        return Optional.empty();
    }
}
