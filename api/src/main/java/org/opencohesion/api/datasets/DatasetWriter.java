package org.opencohesion.api.datasets;

import java.util.List;
import java.util.Optional;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.InputKind;
import org.opencohesion.rdf.store.Store;

/**
 * Replaces or deletes one dataset through the ingest pipeline. Writes through this node are
 * serialised: ingest checks references before its commit, so two concurrent writers could each
 * pass checks the other invalidates. Knows no HTTP.
 */
public final class DatasetWriter {
    /** The outcome of a write: the generation it committed and whether the dataset is new. */
    public record Written(long generation, boolean created) {}

    private final IngestService ingest;

    public DatasetWriter(Store store) {
        this.ingest = new IngestService(store);
    }

    /** @throws org.opencohesion.ingest.InvalidInputException listing every error; nothing is changed */
    public synchronized Written put(String datasetId, InputKind kind, String fileName, byte[] content) {
        boolean existed = ingest.exists(datasetId);
        long generation = ingest.ingest(List.of(new InputFile(fileName, content, kind, datasetId))).generation();
        return new Written(generation, !existed);
    }

    /** The new generation, or empty when there is no such dataset. */
    public synchronized Optional<Long> delete(String datasetId) {
        return ingest.delete(datasetId);
    }
}
