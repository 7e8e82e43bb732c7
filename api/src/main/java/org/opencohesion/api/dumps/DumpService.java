package org.opencohesion.api.dumps;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.shared.PrefixMapping;
import org.opencohesion.api.linkeddata.Namespaces;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.store.StoreView;

/**
 * Streams dumps from one read transaction: the version (ETag, Last-Modified) is read from the same
 * snapshot as the quads, so a dump and its validators always agree.
 *
 * <p>What a dump holds: a dataset's dump, its data graph and its record graph (DCAT + PROV); the
 * whole store's dump, every named graph: the datasets and their records, the ontology graph (the
 * terms, concept schemes and shapes the data is written in: without it the dump would not be
 * self-describing) and the change feed. Never the store's own bookkeeping (TDB2's default graph).
 *
 * <p>Validators: a dataset dump's ETag is derived from the dataset's {@code dcterms:modified} and
 * the checksum of its source file, so it changes exactly when the dataset is replaced, whatever
 * else the store does; its Last-Modified is that {@code dcterms:modified}. The whole store's ETag
 * is its generation (plus the time of the last change, so a store rebuilt from scratch never
 * reuses an old tag); its Last-Modified is the time of the last change in the feed.
 */
public final class DumpService {
    /** The version of a dump, for HTTP validators. */
    public record Version(String etag, Instant lastModified) {}

    /** Where a dump goes once its version is known. */
    public interface Target {
        /** The stream to write the dump to, or empty to write nothing (the client has it, or asked only for headers). */
        Optional<OutputStream> open(Version version);
    }

    private final Store store;
    private final Uris uris;
    private final PrefixMapping prefixes;

    public DumpService(Store store) {
        this.store = store;
        this.uris = store.uris();
        this.prefixes = Namespaces.of(uris).all();
    }

    /**
     * Writes {@code dump} to the stream {@code target} opens.
     *
     * @return false when the dump names a dataset that does not exist (nothing was opened)
     */
    public boolean write(Dump dump, Target target) {
        long generation = store.generation();
        return store.read(view -> {
            Optional<Version> version = dump.isAll() ? Optional.of(storeVersion(view, generation, dump)) : datasetVersion(view, dump);
            if (version.isEmpty()) {
                return false;
            }
            target.open(version.get()).ifPresent(out -> {
                List<String> graphs = graphsOf(view, dump);
                DumpWriter.write(dump.format(), out, prefixes, sink -> view.exportQuads(graphs, sink));
            });
            return true;
        });
    }

    /** The named graphs {@code dump} holds, in the order they are written. */
    List<String> graphsOf(StoreView view, Dump dump) {
        if (dump.isAll()) {
            return view.graphNames().stream().sorted().toList();
        }
        return List.of(uris.datasetGraph(dump.datasetId()), uris.datasetMetaGraph(dump.datasetId()));
    }

    private Version storeVersion(StoreView view, long generation, Dump dump) {
        ParameterizedSparqlString q = SparqlFile.load(DumpService.class, "last-change.rq", uris);
        q.setIri("changes", uris.changesGraph());
        Instant last = view.select(q.asQuery(), rows -> {
            Literal l = rows.hasNext() ? rows.next().getLiteral("last") : null;
            return l == null ? null : Instant.parse(l.getLexicalForm());
        });
        String tag = "all-g" + generation + (last == null ? "" : "-" + last.toEpochMilli()) + "." + dump.format().suffix();
        return new Version("\"" + tag + "\"", last);
    }

    private Optional<Version> datasetVersion(StoreView view, Dump dump) {
        String id = dump.datasetId();
        ParameterizedSparqlString q = SparqlFile.load(DumpService.class, "dataset-version.rq", uris);
        q.setIri("meta", uris.datasetMetaGraph(id));
        q.setIri("dataset", uris.dataset(id).getURI());
        return view.select(q.asQuery(), rows -> {
            if (!rows.hasNext()) {
                return Optional.<Version>empty();
            }
            QuerySolution row = rows.next();
            String modified = row.getLiteral("modified").getLexicalForm();
            String sha256 = row.getLiteral("sha256").getLexicalForm();
            String tag = "ds-" + digest(id + "\n" + modified + "\n" + sha256) + "." + dump.format().suffix();
            return Optional.of(new Version("\"" + tag + "\"", Instant.parse(modified)));
        });
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
