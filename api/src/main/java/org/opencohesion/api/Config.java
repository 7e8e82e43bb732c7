package org.opencohesion.api;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param sparql        the SPARQL endpoint's limits
 * @param observations  how indicators' observations are held in memory
 * @param remote        the SPARQL 1.1 server that holds the store, or {@code null} for TDB2 in this process
 */
public record Config(Path dataDir, String host, int port, String baseUri, Path loadDir,
                     Path tokenFile, long maxBodyBytes, long cacheMaxBytes, Publication publication, Sparql sparql,
                     Observations observations, Remote remote) {
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

    /**
     * Observations are read per indicator into memory once per store generation.
     *
     * @param cacheBytes the budget for indicators' observations kept between requests (an estimate of their heap)
     * @param loadWait   how long a request waits for an indicator's observations being read before a 503 asks its client to come back
     */
    public record Observations(long cacheBytes, Duration loadWait) {
        public static final long DEFAULT_CACHE_BYTES = 256L << 20;
        public static final Duration DEFAULT_LOAD_WAIT = Duration.ofSeconds(20);

        public Observations {
            if (cacheBytes < 0 || loadWait.isNegative() || loadWait.isZero()) {
                throw new IllegalArgumentException("the observation cache needs a budget of 0 or more and a positive wait");
            }
        }

        public static Observations defaults() {
            return new Observations(DEFAULT_CACHE_BYTES, DEFAULT_LOAD_WAIT);
        }
    }

    /**
     * The limits of {@code /sparql}.
     *
     * @param timeout        how long one query may run, results included, before it is cancelled
     * @param maxQueryBytes  the longest query text accepted, in UTF-8 bytes
     * @param maxRows        the most solutions (SELECT) or triples (CONSTRUCT, DESCRIBE) one response carries
     * @param maxConcurrent  how many queries run at once
     * @param maxQueued      how many more may wait for one of those slots (each at most its timeout)
     */
    public record Sparql(Duration timeout, int maxQueryBytes, int maxRows, int maxConcurrent, int maxQueued) {
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
        public static final int DEFAULT_MAX_QUERY_BYTES = 64 * 1024;
        public static final int DEFAULT_MAX_ROWS = 10_000;

        public Sparql {
            if (timeout.isNegative() || timeout.isZero() || maxQueryBytes < 1 || maxRows < 1 || maxConcurrent < 1 || maxQueued < 0) {
                throw new IllegalArgumentException("SPARQL limits must be positive (the queue may be 0)");
            }
        }

        /** The defaults: 30 s, 64 KiB, 10,000 rows, one running query per core (at least 2) and four times as many waiting. */
        public static Sparql defaults() {
            int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
            return new Sparql(DEFAULT_TIMEOUT, DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_ROWS, cores, 4 * cores);
        }

        public Sparql withTimeout(Duration t) {
            return new Sparql(t, maxQueryBytes, maxRows, maxConcurrent, maxQueued);
        }

        public Sparql withMaxQueryBytes(int bytes) {
            return new Sparql(timeout, bytes, maxRows, maxConcurrent, maxQueued);
        }

        public Sparql withMaxRows(int rows) {
            return new Sparql(timeout, maxQueryBytes, rows, maxConcurrent, maxQueued);
        }

        public Sparql withConcurrency(int running, int queued) {
            return new Sparql(timeout, maxQueryBytes, maxRows, running, queued);
        }
    }

    /**
     * A store on a SPARQL 1.1 server elsewhere (remote mode): any number of API nodes share it.
     *
     * @param query         the SPARQL 1.1 Query endpoint (for Fuseki, the dataset's URL)
     * @param update        the SPARQL 1.1 Update endpoint (for Fuseki, the same URL)
     * @param user          user name for HTTP basic authentication, or {@code null}
     * @param passwordFile  file whose first line is the password, or {@code null}; never the password itself, which
     *                      would show in process lists
     * @param checkInterval how long a node trusts the store generation it last read before asking again: after a
     *                      write through one node, every other node serves the new data once this has passed
     */
    public record Remote(java.net.URI query, java.net.URI update, String user, Path passwordFile, Duration checkInterval) {
        public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofSeconds(1);

        public Remote {
            if (!"http".equals(query.getScheme()) && !"https".equals(query.getScheme())) {
                throw new IllegalArgumentException("--remote must be an http or https URL: " + query);
            }
            if (checkInterval.isNegative()) {
                throw new IllegalArgumentException("the generation check interval cannot be negative");
            }
            if ((user == null) != (passwordFile == null)) {
                throw new IllegalArgumentException("--remote-user and --remote-password-file go together");
            }
        }

        /** A server that takes queries and updates at one URL, without credentials. */
        public static Remote at(java.net.URI url, Duration checkInterval) {
            return new Remote(url, url, null, null, checkInterval);
        }
    }

    /** An in-memory store on a free port of the loopback interface, for tests. */
    public static Config forTests() {
        return new Config(null, "127.0.0.1", 0, Uris.DEFAULT_BASE, null, null, DEFAULT_MAX_BODY_BYTES, DEFAULT_CACHE_BYTES,
                Publication.defaults(), Sparql.defaults(), Observations.defaults(), null);
    }

    public boolean inMemory() {
        return dataDir == null && remote == null;
    }

    public Config withRemote(Remote r) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, publication, sparql, observations, r);
    }

    public Config withLoadDir(Path dir) {
        return new Config(dataDir, host, port, baseUri, dir, tokenFile, maxBodyBytes, cacheMaxBytes, publication, sparql, observations, remote);
    }

    public Config withDataDir(Path dir) {
        return new Config(dir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, publication, sparql, observations, remote);
    }

    public Config withBaseUri(String uri) {
        return new Config(dataDir, host, port, uri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, publication, sparql, observations, remote);
    }

    public Config withPort(int newPort) {
        return new Config(dataDir, host, newPort, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, publication, sparql, observations, remote);
    }

    public Config withTokenFile(Path file) {
        return new Config(dataDir, host, port, baseUri, loadDir, file, maxBodyBytes, cacheMaxBytes, publication, sparql, observations, remote);
    }

    public Config withMaxBodyBytes(long bytes) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, bytes, cacheMaxBytes, publication, sparql, observations, remote);
    }

    public Config withCacheMaxBytes(long bytes) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, bytes, publication, sparql, observations, remote);
    }

    public Config withPublication(Publication p) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, p, sparql, observations, remote);
    }

    public Config withSparql(Sparql limits) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, publication, limits, observations, remote);
    }

    public Config withObservations(Observations o) {
        return new Config(dataDir, host, port, baseUri, loadDir, tokenFile, maxBodyBytes, cacheMaxBytes, publication, sparql, o, remote);
    }
}
