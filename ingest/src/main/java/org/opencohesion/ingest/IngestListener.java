package org.opencohesion.ingest;

/** Hears how an ingest is going, e.g. to draw a progress bar. Called on the ingesting thread. */
public interface IngestListener {
    IngestListener SILENT = new IngestListener() {};

    /** A file is about to be read. */
    default void fileStarted(InputFile file) {}

    /** {@code rows} more data records were read from the current file. */
    default void rowsRead(long rows) {}

    /** The current file has been read and checked. */
    default void fileFinished(InputFile file, long rows) {}

    /** Everything checked; the store is being written. */
    default void committing() {}
}
