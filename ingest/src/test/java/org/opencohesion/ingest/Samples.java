package org.opencohesion.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.GraphChange;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;

/** Test fixtures: the project's sample folder, stores loaded with it, and a canonical dump to compare stores. */
final class Samples {
    static final Uris URIS = Uris.of(Uris.DEFAULT_BASE);

    private Samples() {}

    /** The project's samples folder (the build passes its path; running from the module folder works too). */
    static Path folder() {
        String configured = System.getProperty("opencohesion.samples");
        Path p = configured != null && Files.isDirectory(Path.of(configured)) ? Path.of(configured) : Path.of("../samples");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("samples folder not found at " + p.toAbsolutePath());
        }
        return p;
    }

    private static Store loaded;

    /** A new in-memory store holding the samples (ingested once, then copied graph by graph). */
    static synchronized Store loadedStore() {
        if (loaded == null) {
            loaded = LocalStore.inMemory(URIS);
            new IngestService(loaded).ingest(InputFolder.collect(List.of(folder()), null, null));
        }
        Store copy = LocalStore.inMemory(URIS);
        List<GraphChange> graphs = loaded.read(view -> view.graphNames().stream()
                .map(g -> GraphChange.replace(g, view.graph(g))).toList());
        copy.commit(graphs);
        return copy;
    }

    /** Every quad of every named graph as sorted N-Quads lines: equal strings mean equal stores. */
    static String canonicalDump(Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
        writer.start();
        store.read(view -> {
            view.exportQuads(writer);
            return null;
        });
        writer.finish();
        return out.toString(StandardCharsets.UTF_8).lines().sorted().collect(Collectors.joining("\n"))
                + "\ngeneration " + store.generation();
    }

    /** Runs a SELECT (with the project's prefixes) and returns its rows. */
    static List<QuerySolution> select(Store store, String sparql) {
        var prefixes = SparqlFile.prefixes(URIS);
        var query = QueryFactory.create(prefixString(prefixes) + sparql);
        return store.read(view -> view.select(query, rows -> {
            List<QuerySolution> out = new java.util.ArrayList<>();
            // Copied inside the read transaction: TDB2 solutions cannot be read once it ends.
            rows.forEachRemaining(r -> {
                org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                copy.addAll(r);
                out.add(copy);
            });
            return out;
        }));
    }

    private static String prefixString(org.apache.jena.shared.PrefixMapping pm) {
        StringBuilder s = new StringBuilder();
        pm.getNsPrefixMap().forEach((k, v) -> s.append("PREFIX ").append(k).append(": <").append(v).append(">\n"));
        s.append("PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>\n");
        return s.toString();
    }

}
