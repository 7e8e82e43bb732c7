package org.opencohesion.api;

import java.nio.file.Path;
import org.opencohesion.rdf.Uris;

/**
 * Everything the service is configured with, built once from the command line and passed in.
 *
 * @param dataDir the TDB2 directory, or {@code null} for an in-memory store
 * @param host    the interface to listen on
 * @param port    the port; 0 picks a free one (tests)
 * @param baseUri the base of every URI the service mints
 * @param loadDir a folder laid out like {@code samples/} to ingest when the store has no datasets, or {@code null}
 */
public record Config(Path dataDir, String host, int port, String baseUri, Path loadDir) {
    public static final int DEFAULT_PORT = 8080;

    /** An in-memory store on a free port of the loopback interface, for tests. */
    public static Config forTests() {
        return new Config(null, "127.0.0.1", 0, Uris.DEFAULT_BASE, null);
    }

    public boolean inMemory() {
        return dataDir == null;
    }

    public Config withLoadDir(Path dir) {
        return new Config(dataDir, host, port, baseUri, dir);
    }

    public Config withDataDir(Path dir) {
        return new Config(dir, host, port, baseUri, loadDir);
    }
}
