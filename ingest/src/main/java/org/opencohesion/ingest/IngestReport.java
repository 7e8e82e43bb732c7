package org.opencohesion.ingest;

import java.util.List;

/**
 * What an ingest stored.
 *
 * @param generation the store generation the ingest committed
 */
public record IngestReport(long generation, List<Dataset> datasets) {
    /** One dataset replaced by the ingest. */
    public record Dataset(String id, String kind, String file, long rows, long triples) {}
}
