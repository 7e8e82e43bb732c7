package org.opencohesion.api;

import java.nio.file.Path;
import org.opencohesion.rdf.Uris;

/**
 * Everything the service is configured with, built once from the command line and passed in.
 *
 * @param dataDir       the TDB2 directory, or {@code null} for an in-memory store
 * @param host          the interface to listen on
 * @param port          the port; 0 picks a free one (tests)
 * @param baseUri       the base of every URI the service mints
 * @param loadDir       a folder laid out like {@code samples/} to ingest when the store has no datasets, or {@code null}
 * @param tokenFile     the file of write-token hashes ({@code sha256:<hex>} per line), or {@code null}: no writes
 * @param maxBodyBytes  the largest request body a write accepts (larger is 413)
 * @param cacheMaxBytes the response cache's budget in bytes of rendered bodies; 0 turns the cache off
 */
public record Config(Path dataDir, String host, int port, String baseUri, Path loadDir,
                     Path tokenFile, long maxBodyBytes, long cacheMaxBytes) {
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 64L << 20;
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;

    /** An in-memory store on a free port of the loopback interface, for tests. */
    public static Config forTests() {
        return new Config(null, "127.0.0.1", 0, Uris.DEFAULT_BASE, null, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_CACHE_BYTES);
    }

    public boolean inMemory() {
        return dataDir == null;
    }

    public Config withLoadDir(Path dir) {
        return new Config(dataDir, host, port, baseUri, dir, tokenFile, maxBodyBytes, cacheMaxBytes);
    }

    public Config withDataDir(Path dir) {
        return new Config(dir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes);
    }

    public Config withBaseUri(String uri) {
        return new Config(dataDir, host, port, uri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes);
    }

    public Config withPort(int newPort) {
        return new Config(dataDir, host, newPort, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes);
    }

    public Config withTokenFile(Path file) {
        return new Config(dataDir, host, port, baseUri, loadDir, file, maxBodyBytes, cacheMaxBytes);
    }

    public Config withMaxBodyBytes(long bytes) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, bytes, cacheMaxBytes);
    }

    public Config withCacheMaxBytes(long bytes) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, bytes);
    }
}
