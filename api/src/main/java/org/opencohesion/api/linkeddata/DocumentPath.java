package org.opencohesion.api.linkeddata;

import java.util.Optional;
import java.util.regex.Pattern;
import org.opencohesion.rdf.Uris;

/**
 * A request path of the linked-data routes, read into what it names.
 *
 * <ul>
 *   <li>{@code /id/{path}}: a thing; answered with a 303 to {@code /doc/{path}}</li>
 *   <li>{@code /doc/{path}[.suffix]}: the document about {@code /id/{path}}</li>
 *   <li>{@code /def/{path}[.suffix]}: an ontology, concept scheme or concept, served directly</li>
 * </ul>
 *
 * Segments are what the service mints (ids, slugs, GSS codes, period slugs: letters, digits,
 * {@code -}, {@code _}); anything else names nothing and is refused before it reaches a query.
 *
 * @param iri      the resource the path is about, under the configured base
 * @param document the generic document URL (no suffix)
 * @param format   the format a suffix asked for, if any
 */
public record DocumentPath(String iri, String document, Optional<RdfFormat> format) {
    private static final Pattern SEGMENTS = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+){0,7}");

    /** The path of a thing ({@code /id/...}), or empty when it is not one the service could have minted. */
    public static Optional<DocumentPath> ofId(String path, Uris uris) {
        String rest = path.substring("/id/".length());
        if (!SEGMENTS.matcher(rest).matches()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentPath(uris.base() + "/id/" + rest, uris.base() + "/doc/" + rest, Optional.empty()));
    }

    /** The path of a document ({@code /doc/...} or {@code /def/...}, with an optional format suffix). */
    public static Optional<DocumentPath> ofDocument(String path, Uris uris) {
        boolean def = path.startsWith("/def/");
        String rest = path.substring(def ? "/def/".length() : "/doc/".length());
        Optional<RdfFormat> format = Optional.empty();
        int dot = rest.lastIndexOf('.');
        if (dot >= 0 && rest.indexOf('/', dot) < 0) {
            format = RdfFormat.bySuffix(rest.substring(dot + 1));
            if (format.isEmpty()) {
                return Optional.empty();
            }
            rest = rest.substring(0, dot);
        }
        if (!SEGMENTS.matcher(rest).matches()) {
            return Optional.empty();
        }
        String document = uris.base() + (def ? "/def/" : "/doc/") + rest;
        String iri = def ? document : uris.base() + "/id/" + rest;
        return Optional.of(new DocumentPath(iri, document, format));
    }

    /** True for {@code /def/...}: the vocabulary, where the thing and its document share a URL. */
    public boolean isVocabulary() {
        return iri.equals(document);
    }

    /** The URL of one format of the document: {@code /doc/area/W06000006.ttl}. */
    public String variant(RdfFormat f) {
        return document + "." + f.suffix();
    }
}
