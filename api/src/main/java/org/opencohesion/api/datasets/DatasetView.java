package org.opencohesion.api.datasets;

import java.time.OffsetDateTime;

/**
 * A dataset as the REST API shows it: its DCAT record and the provenance of its current version.
 * Field names are the {@code Dataset} schema of openapi.yaml.
 */
public record DatasetView(String id, String uri, String title, String kind, OffsetDateTime issued, OffsetDateTime modified,
                          long rows, long triples, Source source, Provenance provenance) {
    /** The file the current version was ingested from. */
    public record Source(String file, String sha256) {}

    /** The ingest that produced the current version. */
    public record Provenance(String activity, OffsetDateTime started, OffsetDateTime ended) {}
}
