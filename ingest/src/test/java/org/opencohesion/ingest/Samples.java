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
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;

/** Test fixtures: the project's sample folder, stores loaded with it, and a canonical dump to compare stores. */
final class Samples {
    static final Uris URIS = Uris.of(Uris.DEFAULT_BASE);

    private Samples() {}

    /** The project's samples folder (the build passes its path; running from the module folder works too). */
    static Path folder() {
        String configured = System.getProperty("opencohesion.samples");
        Path p = configured != null ? Path.of(configured) : Path.of("../samples");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("samples folder not found at " + p.toAbsolutePath());
        }
        return p;
    }

    static Store loadedStore() {
        Store store = LocalStore.inMemory(URIS);
        new IngestService(store).ingest(InputFolder.collect(List.of(folder()), null, null));
        return store;
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
