package org.opencohesion.ingest.read;

import org.opencohesion.ingest.IngestContext;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.ParsedDataset;

/** Reads one kind of input file into RDF, recording every error it finds rather than stopping. */
public interface DatasetReader {
    /**
     * Reads {@code file}, checking its references against {@code context} and adding what it
     * defines to it (so later files of the same ingest may refer to them).
     *
     * @return the dataset, or {@code null} when the file could not be read at all (errors recorded)
     */
    ParsedDataset read(InputFile file, IngestContext context, InputErrors errors);
}
