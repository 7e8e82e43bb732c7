package org.opencohesion.api.dumps;

import java.util.Arrays;
import java.util.Optional;

/**
 * The syntaxes dumps are offered in. N-Quads keeps every triple's graph and is sent gzipped, as a
 * file ({@code application/gzip}); Turtle has no graphs, so a Turtle dump is the merge of the
 * graphs it covers, and is sent as text (gzipped on the wire when the client accepts it).
 */
public enum DumpFormat {
    NQUADS_GZ("nq.gz", "application/gzip", "application/n-quads", "RDF_N_QUADS", "N-Quads, gzipped"),
    TURTLE("ttl", "text/turtle; charset=utf-8", "text/turtle", "RDF_TURTLE", "Turtle");

    private final String suffix;
    private final String contentType;
    private final String mediaType;
    private final String euFileType;
    private final String label;

    DumpFormat(String suffix, String contentType, String mediaType, String euFileType, String label) {
        this.suffix = suffix;
        this.contentType = contentType;
        this.mediaType = mediaType;
        this.euFileType = euFileType;
        this.label = label;
    }

    /** The file suffix, without the dot: {@code nq.gz}, {@code ttl}. */
    public String suffix() { return suffix; }
    /** The {@code Content-Type} of the response. */
    public String contentType() { return contentType; }
    /** The media type of the RDF inside (for a gzipped dump, of what is compressed). */
    public String mediaType() { return mediaType; }
    /** The code of the syntax in the EU file-type vocabulary, which DCAT-AP's {@code dct:format} uses. */
    public String euFileType() { return euFileType; }
    public String label() { return label; }
    public boolean gzipped() { return this == NQUADS_GZ; }

    /** The format a file name ends with, and the name without it. */
    static Optional<DumpFormat> ofFileName(String fileName) {
        return Arrays.stream(values()).filter(f -> fileName.endsWith("." + f.suffix)).findFirst();
    }
}
