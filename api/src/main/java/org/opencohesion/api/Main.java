package org.opencohesion.api;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.opencohesion.api.cli.TerminalProgress;
import org.opencohesion.ingest.IngestReport;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputError;
import org.opencohesion.ingest.InputFolder;
import org.opencohesion.ingest.InputKind;
import org.opencohesion.ingest.InvalidInputException;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code serve} runs the service, {@code ingest} loads files into a store.
 *
 * <pre>
 * java -jar opencohesion.jar serve --load samples
 * java -jar opencohesion.jar ingest --data ./data samples/
 * </pre>
 */
@Command(name = "opencohesion", mixinStandardHelpOptions = true, version = "OpenCohesion 0.1.0",
        description = "Publishes community-cohesion plans, assets and indicators as open and linked data.",
        subcommands = {Main.Serve.class, Main.Ingest.class, Main.Token.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code: the input was refused (nothing changed). */
    static final int EXIT_INVALID_INPUT = 1;
    /** Exit code: the store could not be opened or written. */
    static final int EXIT_STORE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this rather than {@link #main}). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** Runs the command line writing to the given streams. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Main()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options both commands share. */
    static class StoreOptions {
        @Option(names = "--data", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).", defaultValue = "data")
        Path data;

        @Option(names = "--base-uri", paramLabel = "URI", description = "Base of every URI the service mints (default: ${DEFAULT-VALUE}). "
                + "A store keeps the base it was created with.", defaultValue = Uris.DEFAULT_BASE)
        String baseUri;

        @Option(names = "--remote", paramLabel = "URL", description = "Keep the store on a SPARQL 1.1 server instead of in --data: "
                + "its query endpoint (for Apache Jena Fuseki, the dataset URL, e.g. http://localhost:3030/cohesion). "
                + "Any number of nodes may share one server.")
        java.net.URI remote;

        @Option(names = "--remote-update", paramLabel = "URL", description = "The server's SPARQL 1.1 Update endpoint (default: the --remote URL).")
        java.net.URI remoteUpdate;

        @Option(names = "--remote-user", paramLabel = "NAME", description = "User for HTTP basic authentication to the server.")
        String remoteUser;

        @Option(names = "--remote-password-file", paramLabel = "FILE", description = "File whose first line is the --remote-user's password.")
        Path remotePasswordFile;

        @Option(names = "--remote-check-ms", paramLabel = "MS", defaultValue = "1000", description = "How often, at most, a node asks the server "
                + "for the store generation; after a write through any node, every node serves the new data once this has passed "
                + "(default: ${DEFAULT-VALUE}).")
        long remoteCheckMs;

        /** The remote store these options name, or {@code null} for TDB2 in this process. */
        Config.Remote remote(CommandLine.Model.CommandSpec spec) {
            if (remote == null) {
                if (remoteUpdate != null || remoteUser != null || remotePasswordFile != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--remote-update, --remote-user and --remote-password-file need --remote");
                }
                return null;
            }
            try {
                return new Config.Remote(remote, remoteUpdate != null ? remoteUpdate : remote, remoteUser, remotePasswordFile,
                        java.time.Duration.ofMillis(remoteCheckMs));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }

        /** Where the store is, for messages. */
        String describe(Config config) {
            return config.remote() != null ? "the store at " + config.remote().query()
                    : config.inMemory() ? "an in-memory store" : config.dataDir().toAbsolutePath().toString();
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Runs the HTTP service.",
                    "With --load DIR, a folder laid out like samples/ is ingested first if the store has no datasets yet."})
    static final class Serve implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        @Option(names = "--memory", description = "Keep the store in memory instead of in --data (nothing is saved).")
        boolean memory;

        @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
        int port;

        @Option(names = "--host", description = "Interface to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "0.0.0.0")
        String host;

        @Option(names = "--load", paramLabel = "DIR", description = "Folder to ingest on first start (when the store has no datasets).")
        Path load;

        @Option(names = "--token-file", paramLabel = "FILE",
                description = "Write tokens, one 'sha256:<hex>' hash per line (make one with 'opencohesion token'). Without it, writes are refused.")
        Path tokenFile;

        @Option(names = "--max-body-mb", paramLabel = "MB", description = "Largest upload a write accepts (default: ${DEFAULT-VALUE}).", defaultValue = "64")
        long maxBodyMb;

        @Option(names = "--cache-mb", paramLabel = "MB", description = "Response cache size; 0 turns it off (default: ${DEFAULT-VALUE}).", defaultValue = "64")
        long cacheMb;

        @Option(names = "--observation-cache-mb", paramLabel = "MB", description = "Memory for indicators' observations kept between requests, "
                + "read once per indicator after each write (default: ${DEFAULT-VALUE}).", defaultValue = "256")
        long observationCacheMb;

        @Option(names = "--licence", paramLabel = "URI", description = "Licence of the data, named in the catalogue (default: Open Government Licence v3.0).",
                defaultValue = Config.Publication.OGL_3)
        String licence;

        @Option(names = "--publisher-name", paramLabel = "NAME", description = "Publisher named in the catalogue (default: ${DEFAULT-VALUE}).",
                defaultValue = Config.Publication.DEFAULT_PUBLISHER)
        String publisherName;

        @Option(names = "--publisher-uri", paramLabel = "URI", description = "The publisher's own URI, if it has one.")
        String publisherUri;

        @Option(names = "--contact-email", paramLabel = "ADDRESS", description = "Contact for questions about the data, named in the catalogue.")
        String contactEmail;

        @Option(names = "--sparql-timeout", paramLabel = "SECONDS",
                description = "Longest a SPARQL query may run, results included, before it is stopped (default: ${DEFAULT-VALUE}).", defaultValue = "30")
        double sparqlTimeout;

        @Option(names = "--sparql-max-query-bytes", paramLabel = "BYTES",
                description = "Longest SPARQL query text accepted, in UTF-8 bytes (default: ${DEFAULT-VALUE}).", defaultValue = "65536")
        int sparqlMaxQueryBytes;

        @Option(names = "--sparql-max-rows", paramLabel = "ROWS",
                description = "Most solutions or triples one SPARQL response carries; more are cut and the response says so (default: ${DEFAULT-VALUE}).",
                defaultValue = "10000")
        int sparqlMaxRows;

        @Option(names = "--sparql-max-concurrent", paramLabel = "N",
                description = "SPARQL queries that run at once (default: the number of cores, at least 2).")
        Integer sparqlMaxConcurrent;

        @Option(names = "--sparql-max-queued", paramLabel = "N",
                description = "SPARQL queries that may wait for a free slot; more are refused with 503 (default: 4 x --sparql-max-concurrent).")
        Integer sparqlMaxQueued;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private Config.Sparql sparqlLimits() {
            Config.Sparql defaults = Config.Sparql.defaults();
            int running = sparqlMaxConcurrent != null ? sparqlMaxConcurrent : defaults.maxConcurrent();
            int queued = sparqlMaxQueued != null ? sparqlMaxQueued : 4 * running;
            try {
                return new Config.Sparql(java.time.Duration.ofMillis(Math.round(sparqlTimeout * 1000)), sparqlMaxQueryBytes, sparqlMaxRows,
                        running, queued);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }

        @Override
        public Integer call() throws InterruptedException {
            Config.Publication publication;
            try {
                publication = new Config.Publication(licence, publisherName, publisherUri, contactEmail);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            Config config = new Config(memory ? null : store.data, host, port, store.baseUri, load,
                    tokenFile, maxBodyMb << 20, cacheMb << 20, publication, sparqlLimits(),
                    new Config.Observations(observationCacheMb << 20, Config.Observations.DEFAULT_LOAD_WAIT), store.remote(spec));
            PrintWriter err = spec.commandLine().getErr();
            try (Store s = Stores.open(config)) {
                if (config.loadDir() != null) {
                    FirstStart.load(s, config.loadDir(), spec.commandLine().getOut());
                }
                CountDownLatch stopped = new CountDownLatch(1);
                try (OpenCohesionServer server = OpenCohesionServer.create(config, s).start()) {
                    spec.commandLine().getOut().printf("OpenCohesion is serving %s on http://%s:%d/ (store generation %d)%n",
                            store.describe(config),
                            "0.0.0.0".equals(host) ? "localhost" : host, server.port(), s.generation());
                    spec.commandLine().getOut().flush();
                    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                    stopped.await();
                }
            } catch (InvalidInputException e) {
                return report(err, e);
            } catch (StoreException e) {
                err.println("error: " + e.getMessage());
                return EXIT_STORE;
            }
            return 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Ingests input files into the store, all or nothing.",
                    "A folder laid out like samples/ is ingested in dependency order: areas, partnerships, indicators, plans, assets, observations.",
                    "Each file replaces one dataset (by default named after the file). On any error nothing is changed and every error is listed.",
                    "Exit codes: 0 ingested, 1 input refused, 2 usage, 3 store unavailable."})
    static final class Ingest implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        @Option(names = "--kind", paramLabel = "KIND",
                description = "Kind of every file: areas, partnerships, indicators, plans, assets, observations, rdf (default: from each file's name and folder).")
        String kind;

        @Option(names = "--dataset", paramLabel = "ID", description = "Dataset id to replace (one file only; default: the file name without extension).")
        String dataset;

        @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders to ingest.")
        List<Path> paths;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            InputKind k = null;
            if (kind != null) {
                k = InputKind.fromSlug(kind).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "unknown --kind '" + kind + "': use areas, partnerships, indicators, plans, assets, observations or rdf"));
            }
            Config config = Config.forTests().withDataDir(store.data).withBaseUri(store.baseUri).withRemote(store.remote(spec));
            try (Store s = Stores.open(config)) {
                IngestReport report = new IngestService(s).ingest(InputFolder.collect(paths, k, dataset), TerminalProgress.forConsole());
                for (IngestReport.Dataset d : report.datasets()) {
                    out.printf("%-40s %-13s %8d rows %9d triples  (%s)%n", d.id(), d.kind(), d.rows(), d.triples(), d.file());
                }
                out.printf("ingested %d dataset(s); store generation %d%n", report.datasets().size(), report.generation());
                return 0;
            } catch (InvalidInputException e) {
                return report(err, e);
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                err.println("error: " + e.getMessage());
                return EXIT_INVALID_INPUT;
            } catch (StoreException e) {
                err.println("error: " + e.getMessage());
                return EXIT_STORE;
            }
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = {"Makes a new write token.",
                    "Prints the token (give it to whoever writes) and the line to add to the --token-file, which holds only its hash."})
    static final class Token implements Callable<Integer> {
        @Option(names = "--label", paramLabel = "TEXT", description = "A note kept beside the hash, e.g. who holds the token.")
        String label;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String[] made = org.opencohesion.api.auth.TokenAuthenticator.newToken(label);
            PrintWriter out = spec.commandLine().getOut();
            out.println("token:                 " + made[0]);
            out.println("line for --token-file: " + made[1]);
            return 0;
        }
    }

    private static int report(PrintWriter err, InvalidInputException e) {
        for (InputError error : e.errors()) {
            err.println(error.describe());
        }
        if (e.total() > e.errors().size()) {
            err.printf("... and %d more errors%n", e.total() - e.errors().size());
        }
        err.printf("%d error(s); nothing was changed%n", e.total());
        return EXIT_INVALID_INPUT;
    }
}
