package org.opencohesion.api.dumps;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes quads to a stream in a {@link DumpFormat} as they come: Jena's streaming writers
 * (N-Quads, and Turtle in blocks of one subject) hold a buffer, never the data, so memory stays
 * flat whatever the dump's size. Knows no HTTP and no store: the source pushes quads.
 *
 * <pre>{@code
 * DumpWriter.write(DumpFormat.NQUADS_GZ, out, prefixes, sink -> view.exportQuads(graphs, sink));
 * }</pre>
 */
public final class DumpWriter {
    private static final int GZIP_BUFFER = 64 * 1024;

    private DumpWriter() {
    }

    /**
     * Writes everything {@code source} pushes to {@code out} in {@code format}, then finishes the
     * syntax (and the gzip trailer) and flushes; {@code out} is left open.
     *
     * @param prefixes written at the head of a Turtle dump (ignored for N-Quads, which has none)
     */
    public static void write(DumpFormat format, OutputStream out, PrefixMapping prefixes, Consumer<StreamRDF> source) {
        try {
            GZIPOutputStream gzip = format.gzipped() ? new GZIPOutputStream(out, GZIP_BUFFER) : null;
            OutputStream target = gzip != null ? gzip : out;
            StreamRDF writer = switch (format) {
                case NQUADS_GZ -> StreamRDFWriter.getWriterStream(target, RDFFormat.NQUADS_UTF8);
                case TURTLE -> new QuadsAsTriples(StreamRDFWriter.getWriterStream(target, RDFFormat.TURTLE_BLOCKS));
            };
            writer.start();
            if (format == DumpFormat.TURTLE) {
                prefixes.getNsPrefixMap().forEach(writer::prefix);
            }
            source.accept(writer);
            writer.finish();
            if (gzip != null) {
                gzip.finish();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turtle has no graphs: each quad is written as its triple (a Turtle dump is the merge of its graphs). */
    private static final class QuadsAsTriples extends StreamRDFWrapper {
        QuadsAsTriples(StreamRDF triples) {
            super(triples);
        }

        @Override
        public void quad(Quad quad) {
            triple(quad.asTriple());
        }
    }
}
