package org.opencohesion.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;

/**
 * Writes what an ingest put in a store as N-Triples and as N-Quads, streaming, so that Jena's
 * loader can load exactly the same statements: every named graph but the ontology's (which the
 * store installs when it is created, not the ingest). Duplicates across graphs are kept in the
 * N-Triples, so both files have one line per quad the ingest wrote.
 */
final class StoreExport {
    private StoreExport() {}

    /** @return the number of quads written (lines in each file) */
    static long write(Path tdb2, Path nTriples, Path nQuads) {
        Uris uris = Uris.of(Uris.DEFAULT_BASE);
        try (LocalStore store = LocalStore.open(tdb2, uris);
             OutputStream nt = new BufferedOutputStream(Files.newOutputStream(nTriples), 1 << 20);
             OutputStream nq = new BufferedOutputStream(Files.newOutputStream(nQuads), 1 << 20)) {
            StreamRDF triples = StreamRDFWriter.getWriterStream(nt, RDFFormat.NTRIPLES);
            StreamRDF quads = StreamRDFWriter.getWriterStream(nq, RDFFormat.NQUADS);
            long[] count = {0};
            StreamRDF both = new StreamRDFWrapper(quads) {
                @Override
                public void quad(Quad quad) {
                    quads.quad(quad);
                    triples.triple(quad.asTriple());
                    count[0]++;
                }
            };
            triples.start();
            both.start();
            store.read(view -> {
                List<String> graphs = view.graphNames().stream().filter(g -> !g.equals(uris.ontologyGraph())).sorted().toList();
                view.exportQuads(graphs, both);
                return null;
            });
            both.finish();
            triples.finish();
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export " + tdb2 + ": " + e.getMessage(), e);
        }
    }
}
