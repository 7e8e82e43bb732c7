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
 * @param publication   who publishes the data and under which licence (the catalogue says so)
 */
public record Config(Path dataDir, String host, int port, String baseUri, Path loadDir,
                     Path tokenFile, long maxBodyBytes, long cacheMaxBytes, Publication publication) {
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 64L << 20;
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;

    /**
     * What the DCAT catalogue says of the publisher and the terms of use.
     *
     * @param licence       the licence of every dataset, an IRI
     * @param publisherName the publisher's name
     * @param publisherUri  the publisher's IRI, or {@code null} for one minted in the catalogue document
     * @param contactEmail  an address for questions about the data, or {@code null}
     */
    public record Publication(String licence, String publisherName, String publisherUri, String contactEmail) {
        /** The Open Government Licence v3.0, the licence of UK public-sector information unless stated otherwise. */
        public static final String OGL_3 = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
        public static final String DEFAULT_PUBLISHER = "OpenCohesion";

        public Publication {
            requireAbsolute("licence", licence);
            if (publisherName == null || publisherName.isBlank()) {
                throw new IllegalArgumentException("the publisher needs a name");
            }
            if (publisherUri != null) {
                requireAbsolute("publisher URI", publisherUri);
            }
            if (contactEmail != null && !contactEmail.matches("[^@\\s<>\"]+@[^@\\s<>\"]+")) {
                throw new IllegalArgumentException("not an e-mail address: " + contactEmail);
            }
        }

        public static Publication defaults() {
            return new Publication(OGL_3, DEFAULT_PUBLISHER, null, null);
        }

        private static void requireAbsolute(String what, String iri) {
            java.net.URI uri = java.net.URI.create(iri);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new IllegalArgumentException("the " + what + " must be an absolute http(s) URI: " + iri);
            }
        }
    }

    /** An in-memory store on a free port of the loopback interface, for tests. */
    public static Config forTests() {
        return new Config(null, "127.0.0.1", 0, Uris.DEFAULT_BASE, null, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_CACHE_BYTES,
                Publication.defaults());
    }

    public boolean inMemory() {
        return dataDir == null;
    }

    public Config withLoadDir(Path dir) {
        return new Config(dataDir, host, port, baseUri, dir, tokenFile, maxBodyBytes, cacheMaxBytes, publication);
    }

    public Config withDataDir(Path dir) {
        return new Config(dir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, publication);
    }

    public Config withBaseUri(String uri) {
        return new Config(dataDir, host, port, uri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, publication);
    }

    public Config withPort(int newPort) {
        return new Config(dataDir, host, newPort, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, publication);
    }

    public Config withTokenFile(Path file) {
        return new Config(dataDir, host, port, baseUri, loadDir, file, maxBodyBytes, cacheMaxBytes, publication);
    }

    public Config withMaxBodyBytes(long bytes) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, bytes, cacheMaxBytes, publication);
    }

    public Config withCacheMaxBytes(long bytes) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, bytes, publication);
    }

    public Config withPublication(Publication p) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, p);
    }
}
