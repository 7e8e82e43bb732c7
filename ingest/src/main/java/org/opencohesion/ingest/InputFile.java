package org.opencohesion.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file handed to ingest.
 *
 * @param name      the name errors and provenance use (a path relative to what was given, or an upload's name)
 * @param content   the bytes, exactly as received (their SHA-256 is recorded)
 * @param kind      what the file holds
 * @param datasetId the dataset it replaces; by default the file name without its extension
 */
public record InputFile(String name, byte[] content, InputKind kind, String datasetId) {
    public InputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(datasetId, "datasetId");
    }

    /** Reads a file from disk; {@code name} is how errors will refer to it. */
    public static InputFile read(Path path, String name, InputKind kind, String datasetId) {
        try {
            return new InputFile(name, Files.readAllBytes(path), kind, datasetId != null ? datasetId : defaultDatasetId(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file name without its extension: {@code observations/hate-crime-reports.csv} → {@code hate-crime-reports}. */
    public static String defaultDatasetId(Path path) {
        String file = path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** The file name without directories or extension; observation files are named after their indicator. */
    public String baseName() {
        return defaultDatasetId(Path.of(name));
    }
}
