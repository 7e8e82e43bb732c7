package org.opencohesion.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.opencohesion.ingest.read.AreasReader;
import org.opencohesion.ingest.read.AssetsReader;
import org.opencohesion.ingest.read.DatasetReader;
import org.opencohesion.ingest.read.IndicatorsReader;
import org.opencohesion.ingest.read.ObservationsReader;
import org.opencohesion.ingest.read.PartnershipsReader;
import org.opencohesion.ingest.read.PlanReader;
import org.opencohesion.ingest.read.RdfReader;
import org.opencohesion.rdf.Ontology;
import org.opencohesion.rdf.ShapeValidator;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.GraphChange;
import org.opencohesion.rdf.store.Store;

/**
 * Ingests input files into the store, all or nothing: every file is read, mapped, put through
 * disclosure control and validated (syntax, contract, references, SHACL) before anything is
 * written; then one commit replaces each dataset's graph, records its DCAT/PROV metadata, appends
 * a Create or Update activity per dataset to the change feed ({@link ChangeRecord}) and bumps the
 * store generation. Any error and the store is exactly as it was.
 *
 * <pre>{@code
 * IngestReport report = new IngestService(store).ingest(InputFolder.collect(List.of(Path.of("samples")), null, null));
 * }</pre>
 */
public final class IngestService {
    private final Store store;
    private final Uris uris;
    private final ShapeValidator shapes;
    private final Map<InputKind, DatasetReader> readers = new EnumMap<>(InputKind.class);

    public IngestService(Store store) {
        this.store = store;
        this.uris = store.uris();
        this.shapes = new ShapeValidator(Ontology.load(uris));
        readers.put(InputKind.AREAS, new AreasReader(uris));
        readers.put(InputKind.PARTNERSHIPS, new PartnershipsReader(uris));
        readers.put(InputKind.INDICATORS, new IndicatorsReader(uris));
        readers.put(InputKind.PLANS, new PlanReader(uris));
        readers.put(InputKind.ASSETS, new AssetsReader(uris));
        readers.put(InputKind.OBSERVATIONS, new ObservationsReader(uris, shapes));
        readers.put(InputKind.RDF, new RdfReader(uris));
    }

    public IngestReport ingest(List<InputFile> files) {
        return ingest(files, IngestListener.SILENT);
    }

    /**
     * Ingests {@code files} as one all-or-nothing change, in dependency order.
     *
     * @throws InvalidInputException with every error found (up to a cap); nothing is written
     */
    public IngestReport ingest(List<InputFile> files, IngestListener listener) {
        Instant started = Instant.now();
        InputErrors errors = new InputErrors();
        List<InputFile> ordered = files.stream().sorted(Comparator.comparing(InputFile::kind)).toList();
        Set<String> replacedGraphs = checkDatasetIds(ordered, errors);
        IngestContext context = IngestContext.load(store, replacedGraphs).listener(listener);

        List<ParsedDataset> parsed = new ArrayList<>();
        for (InputFile file : ordered) {
            listener.fileStarted(file);
            int errorsBefore = errors.total();
            ParsedDataset dataset = readers.get(file.kind()).read(file, context, errors);
            if (dataset != null) {
                // The shapes are the safety net for files the contract checks passed; on a file
                // with contract errors they would only repeat them less precisely. A streamed
                // dataset's reader checked its triples batch by batch as it read them.
                if (errors.total() == errorsBefore && !dataset.isStreamed()) {
                    ShapeCheck.report(shapes, dataset.model().getGraph(), file, dataset.lines(), errors);
                }
                parsed.add(dataset);
                listener.fileFinished(file, dataset.rows());
            }
        }
        errors.throwIfAny();

        listener.committing();
        Instant ended = Instant.now();
        Map<String, Instant> issued = issuedDates(parsed);
        List<IngestReport.Dataset> summaries = new ArrayList<>();
        Map<String, byte[]> checksums = new HashMap<>();
        for (ParsedDataset dataset : parsed) {
            // Hashed here, not inside commit(), which holds the store's write lock.
            checksums.put(dataset.file().datasetId(), sha256(dataset.file().content()));
            summaries.add(new IngestReport.Dataset(dataset.file().datasetId(), dataset.file().kind().slug(),
                    dataset.file().name(), dataset.rows(), dataset.triples()));
        }
        long generation = store.commit(next -> {
            List<GraphChange> changes = new ArrayList<>();
            for (ParsedDataset dataset : parsed) {
                String id = dataset.file().datasetId();
                Graph record = DatasetRecord.build(uris, dataset, checksums.get(id),
                        issued.getOrDefault(id, ended), started, ended, dataset.triples(), next);
                List<ShapeValidator.Violation> broken = shapes.validate(record);
                if (!broken.isEmpty()) {
                    throw new IllegalStateException("the dataset record for " + id + " breaks the shapes: " + broken);
                }
                changes.add(dataset.replacing(uris.datasetGraph(id)));
                changes.add(GraphChange.replace(uris.datasetMetaGraph(id), record));
                ChangeRecord.Kind kind = issued.containsKey(id) ? ChangeRecord.Kind.UPDATED : ChangeRecord.Kind.CREATED;
                changes.add(GraphChange.append(uris.changesGraph(), ChangeRecord.build(uris, id, kind, ended, next)));
            }
            return changes;
        });
        return new IngestReport(generation, summaries);
    }

    /**
     * Deletes a dataset's graph and record, and records the deletion in the change feed.
     *
     * @return the new generation, or empty when there was no such dataset
     */
    public Optional<Long> delete(String datasetId) {
        if (!exists(datasetId)) {
            return Optional.empty();
        }
        Instant when = Instant.now();
        return Optional.of(store.commit(next -> List.of(
                GraphChange.delete(uris.datasetGraph(datasetId)), GraphChange.delete(uris.datasetMetaGraph(datasetId)),
                GraphChange.append(uris.changesGraph(),
                        ChangeRecord.build(uris, datasetId, ChangeRecord.Kind.DELETED, when, next)))));
    }

    /** Whether a dataset with this id is published (its record graph exists). */
    public boolean exists(String datasetId) {
        String meta = uris.datasetMetaGraph(datasetId);
        return Uris.isSlug(datasetId) && store.read(view -> view.graphNames().contains(meta));
    }

    private Set<String> checkDatasetIds(List<InputFile> files, InputErrors errors) {
        Map<String, String> seen = new HashMap<>();
        Set<String> graphs = new HashSet<>();
        for (InputFile file : files) {
            String id = file.datasetId();
            if (!Uris.isSlug(id)) {
                errors.add(ErrorCode.INVALID_CODE, file.name(), null, null, null, "'" + id + "' cannot be a dataset id: "
                        + "use 1-80 lower-case letters, digits and hyphens (rename the file or give a dataset id)");
            } else if (seen.putIfAbsent(id, file.name()) != null) {
                errors.add(ErrorCode.DUPLICATE_DATASET, file.name(), null, null, null,
                        "dataset '" + id + "' would also be replaced by " + seen.get(id) + "; each dataset can come from one file only");
            } else {
                graphs.add(uris.datasetGraph(id));
            }
        }
        return graphs;
    }


    private Map<String, Instant> issuedDates(List<ParsedDataset> parsed) {
        Map<String, Instant> issued = new HashMap<>();
        store.read(view -> {
            for (ParsedDataset dataset : parsed) {
                String id = dataset.file().datasetId();
                var q = SparqlFile.load(IngestService.class, "dataset-issued.rq", uris);
                q.setIri("meta", uris.datasetMetaGraph(id));
                q.setIri("dataset", uris.dataset(id).getURI());
                view.select(q.asQuery(), rows -> {
                    if (rows.hasNext()) {
                        Literal l = rows.next().getLiteral("issued");
                        issued.put(id, Instant.parse(l.getLexicalForm()));
                    }
                    return null;
                });
            }
            return null;
        });
        return issued;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
