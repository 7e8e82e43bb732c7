package org.opencohesion.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.opencohesion.api.Config;
import org.opencohesion.api.OpenCohesionServer;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;

/**
 * The SPARQL benchmark: a researcher's query mix ({@link SparqlScenarios}) over the synthetic
 * England-and-Wales dataset, sent by {@code wrk} to OpenCohesion's {@code /sparql} and to a real
 * Apache Jena Fuseki ({@link FusekiProcess}) serving a copy of the same TDB2 store, with the same
 * load in the same run. Prints queries/s and latency percentiles for each and OpenCohesion's
 * figures as ratios to Fuseki's. Run it with {@code bench/run-sparql.sh}; see {@code bench/README.md}.
 *
 * <pre>{@code
 * bench/run-sparql.sh --connections 8,32 --duration 10 --warmup 10
 * }</pre>
 */
public final class SparqlBench {
    static final double TARGET_UNCACHED_RATIO = 1.0;
    static final double TARGET_CACHED_RATIO = 10.0;
    private static final long DISTINCT_SEED = 11L;
    private static final long REPEATED_SEED = 3L;
    private static final String SERVICE_LOG = "org.slf4j.simpleLogger.logFile";
    private static final String USAGE = """
            usage: SparqlBench [--connections 8,32] [--fuseki-jar PATH] [--fuseki-heap 4g]
                               [--duration SECONDS] [--warmup SECONDS] [--threads N] [--timeout SECONDS]
                               [--wrk PATH] [--shared DIR] [--keep true] [--reuse KEPT_DIR]""";

    private final BenchSettings settings;
    private final List<Integer> connections;
    private final Path fusekiJar;
    private final String fusekiHeap;
    private final Path work;
    private final PrintStream out;

    private SparqlBench(BenchSettings settings, List<Integer> connections, Path fusekiJar, String fusekiHeap, Path work, PrintStream out) {
        this.settings = settings;
        this.connections = connections;
        this.fusekiJar = fusekiJar;
        this.fusekiHeap = fusekiHeap;
        this.work = work;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        // The options only this benchmark has are taken out; the rest are RestBench's (BenchSettings).
        Map<String, String> own = new LinkedHashMap<>(Map.of("connections", System.getProperty("bench.connections", "8,32"),
                "fuseki-jar", System.getProperty("bench.fuseki-jar", "bench/target/fuseki/jena-fuseki-server.jar"),
                "fuseki-heap", System.getProperty("bench.fuseki-heap", "4g")));
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            String value = null;
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            }
            if (own.containsKey(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        System.err.println("--" + name + " needs a value\n" + USAGE);
                        System.exit(2);
                    }
                    value = args[++i];
                }
                own.put(name, value);
            } else {
                rest.add(args[i]);
            }
        }
        // Longer than RestBench's 10 s: the mix runs tens of queries a second, so p99 needs the samples.
        if (System.getProperty("bench.duration") == null) {
            System.setProperty("bench.duration", "20");
        }
        BenchSettings settings;
        Path shared;
        List<Integer> connections;
        try {
            settings = BenchSettings.from(rest.toArray(String[]::new));
            shared = SharedFolder.locate(settings.shared());
            connections = Arrays.stream(own.get("connections").split(",")).map(String::trim).map(Integer::valueOf).toList();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage().replace(BenchSettings.USAGE, USAGE));
            System.exit(2);
            return;
        }
        Path work = Files.createTempDirectory("opencohesion-sparql-bench-");
        if (System.getProperty(SERVICE_LOG) == null) {
            System.setProperty(SERVICE_LOG, work.resolve("service.log").toString());
        }
        try {
            new SparqlBench(settings, connections, Path.of(own.get("fuseki-jar")), own.get("fuseki-heap"), work, System.out).run(shared);
        } finally {
            if (settings.keepWork()) {
                System.out.println("\nKept " + work + " (OpenCohesion's and Fuseki's TDB2 stores, wrk output, logs)");
            } else {
                deleteTree(work);
            }
        }
        System.exit(0);
    }

    private void run(Path shared) {
        out.println("Machine");
        out.printf(Locale.ROOT, "  %d cores visible to the JVM; %s %s, max heap %d MiB; Fuseki's JVM -Xmx%s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, fusekiHeap);
        SyntheticStore.Loaded loaded = load(shared);
        System.gc();
        int cores = Runtime.getRuntime().availableProcessors();
        int maxConnections = connections.stream().mapToInt(Integer::intValue).max().orElse(1);
        // As shipped, at most `cores` queries run and 4 x cores wait; more are refused with 503 sparql-busy
        // (to protect the REST API). Fuseki queues without limit, so for the same load the queue here
        // holds every connection four times over (queries wrk gave up on at the end of a run still wait
        // their turn): the slots still bound how many queries run at once.
        Config.Sparql limits = Config.Sparql.defaults();
        limits = limits.withConcurrency(limits.maxConcurrent(), Math.max(limits.maxQueued(), 4 * maxConnections));
        Config config = Config.forTests().withSparql(limits);
        Uris uris = loaded.store().uris();
        SparqlScenarios.Params params = new SparqlScenarios.Params(uris.base() + "/def/cohesion#", loaded.geography(), SyntheticData.PERIODS);
        List<String> distinct = SparqlScenarios.distinct(params, SparqlScenarios.DISTINCT_QUERIES, DISTINCT_SEED);
        List<String> repeated = SparqlScenarios.oneOfEach(params, REPEATED_SEED);

        try (LocalStore store = loaded.store();
             OpenCohesionServer cachedService = OpenCohesionServer.create(config, store).start();
             OpenCohesionServer uncachedService = OpenCohesionServer.create(config.withCacheMaxBytes(0), store).start();
             FusekiProcess fuseki = FusekiProcess.start(fusekiJar.toAbsolutePath(), work.resolve("fuseki-tdb2"), work,
                     List.of("-Xms" + fusekiHeap, "-Xmx" + fusekiHeap))) {
            out.printf(Locale.ROOT, "%nOpenCohesion: in this JVM, /sparql, %d queries running at once at most, %d waiting; "
                    + "one instance with the response cache on (64 MiB), one with it off%n", limits.maxConcurrent(), limits.maxQueued());
            out.println("Fuseki: " + fuseki.commandLine().replace(work.toString(), "$WORK"));

            out.println("\nSame answers? Each kind of query (3 of the distinct texts, and the repeated one) on both servers, "
                    + "solutions compared term by term and in order; then timed alone (median of 5, ms; OpenCohesion's cache off)");
            List<String> sample = new ArrayList<>(repeated);
            for (String kind : repeated.stream().map(SparqlScenarios::kindOf).toList()) {
                distinct.stream().filter(q -> SparqlScenarios.kindOf(q).equals(kind)).limit(3).forEach(sample::add);
            }
            String ocEndpoint = "http://127.0.0.1:" + uncachedService.port() + "/sparql";
            String fusekiEndpoint = "http://127.0.0.1:" + fuseki.port() + FusekiProcess.QUERY;
            // Twice: the first pass reads the store from disk and compiles; the second is timed.
            SparqlAgreement.check(ocEndpoint, fusekiEndpoint, sample);
            List<SparqlAgreement.Compared> compared = SparqlAgreement.check(ocEndpoint, fusekiEndpoint, sample);
            out.println("| query | solutions | OpenCohesion ms | Fuseki ms |");
            out.println("|---|---:|---:|---:|");
            for (SparqlAgreement.Compared c : compared.subList(0, repeated.size())) {
                out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", c.kind(), c.solutions(), c.firstMillis(), c.secondMillis());
            }
            out.printf("all %d queries: the same solutions in the same order (%d of them with none)%n", compared.size(),
                    compared.stream().filter(c -> c.solutions() == 0).count());

            Map<String, Integer> kinds = new LinkedHashMap<>();
            distinct.forEach(q -> kinds.merge(SparqlScenarios.kindOf(q), 1, Integer::sum));
            out.printf("%nDistinct mix: %d query texts: %s%n", distinct.size(), kinds);

            List<Measurement> rows = new ArrayList<>();
            List<String> verdicts = new ArrayList<>();
            boolean first = true;
            for (int c : connections) {
                Wrk wrk = new Wrk(settings.wrk(), Math.min(settings.threads(), c), c, settings.timeout(), work.resolve("wrk-c" + c));
                out.printf(Locale.ROOT, "%nwrk -t%d -c%d --timeout %ds; per scenario %d s warm-up, then %d s measured%n",
                        Math.min(settings.threads(), c), c, settings.timeout().toSeconds(), settings.warmup().toSeconds(), settings.duration().toSeconds());
                Scenario fusekiDistinct = SparqlScenarios.scenario("Fuseki, distinct queries, c" + c,
                        distinct.size() + " different query texts, rotated", fuseki.port(), FusekiProcess.QUERY, distinct);
                Scenario ocDistinct = SparqlScenarios.scenario("OpenCohesion, distinct queries, c" + c,
                        "the same " + distinct.size() + " texts, response cache off", uncachedService.port(), "/sparql", distinct);
                Scenario ocRepeated = SparqlScenarios.scenario("OpenCohesion, repeated queries, c" + c,
                        repeated.size() + " query texts (one of each kind) again and again, response cache on", cachedService.port(), "/sparql", repeated);
                Scenario fusekiRepeated = SparqlScenarios.scenario("Fuseki, repeated queries, c" + c,
                        "the same " + repeated.size() + " texts again and again (Fuseki caches no results)", fuseki.port(), FusekiProcess.QUERY, repeated);
                if (first) {
                    // Both servers' query paths compiled before anything is measured.
                    out.printf("JIT warm-up: %d s of the distinct mix on each server%n", settings.warmup().toSeconds() * 2);
                    wrk.load(fusekiDistinct, settings.warmup().multipliedBy(2), "jit-warmup");
                    wrk.load(ocDistinct, settings.warmup().multipliedBy(2), "jit-warmup");
                    first = false;
                }
                Measurement fd = measure(wrk, fusekiDistinct);
                Measurement od = measure(wrk, ocDistinct);
                Measurement or = measure(wrk, ocRepeated);
                Measurement fr = measure(wrk, fusekiRepeated);
                rows.addAll(List.of(fd, od, or, fr));
                verdicts.add(verdict("c" + c + " distinct queries (uncached): OpenCohesion / Fuseki queries/s", od, fd, TARGET_UNCACHED_RATIO));
                verdicts.add(verdict("c" + c + " repeated queries (cached): OpenCohesion / Fuseki queries/s", or, fr, TARGET_CACHED_RATIO));
            }
            out.println();
            printTable(rows);
            out.println("\nTargets (ratios measured in this run):");
            verdicts.forEach(v -> out.println("  " + v));
        }
    }

    private SyntheticStore.Loaded load(Path shared) {
        Path fusekiStore = work.resolve("fuseki-tdb2");
        if (settings.reuse() != null) {
            Path kept = Path.of(settings.reuse()).resolve("tdb2");
            out.println("\nReusing the store ingested earlier in " + settings.reuse() + "; copying it for Fuseki ...");
            // Copied before either server opens it: TDB2 lets one process at a time use a folder.
            copyStore(kept, fusekiStore);
            return SyntheticStore.reuse(shared, Path.of(settings.reuse()), work);
        }
        out.println("\nGenerating the synthetic dataset and ingesting it into TDB2 ...");
        SyntheticStore.Loaded built = SyntheticStore.build(shared, work);
        out.printf(Locale.ROOT, "  %,d triples in the data graphs; ingest %.0f s%n", built.triples(),
                (built.checking().toMillis() + built.committing().toMillis()) / 1000.0);
        // Closed, copied as it is on disk, and opened again.
        built.store().close();
        copyStore(work.resolve("tdb2"), fusekiStore);
        LocalStore reopened = LocalStore.open(work.resolve("tdb2"), Uris.of(Uris.DEFAULT_BASE));
        return new SyntheticStore.Loaded(reopened, built.geography(), built.data(), built.triples(),
                built.generating(), built.checking(), built.committing());
    }

    private Measurement measure(Wrk wrk, Scenario scenario) {
        // after the warm-up, the server is still answering the queries wrk left unanswered
        Measurement m = MeasuredRun.measure(out, wrk, scenario, settings, Duration.ofSeconds(30));
        if (m.measured()) {
            WrkResult result = m.result();
            out.printf(Locale.ROOT, "  %,.1f queries/s, p50 %.2f ms, p99 %.2f ms, %s errors%n",
                    result.requestsPerSecond(), result.p50Millis(), result.p99Millis(), errors(result));
        }
        return m;
    }

    private void printTable(List<Measurement> rows) {
        out.println("| scenario | queries/s | vs Fuseki, same load | p50 ms | p90 ms | p99 ms | max ms | p99 vs Fuseki "
                + "| CPU: this JVM / wrk / other (Fuseki) | errors |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (int i = 0; i < rows.size(); i++) {
            Measurement row = rows.get(i);
            if (!row.measured()) {
                out.printf("| %s | skipped: %s |%n", row.scenario().name(), row.check().failure());
                continue;
            }
            // rows come in fours: Fuseki distinct, OpenCohesion distinct, OpenCohesion repeated, Fuseki repeated
            Measurement fuseki = switch (i % 4) {
                case 1 -> rows.get(i - 1);
                case 2 -> rows.get(i + 1);
                default -> null;
            };
            WrkResult r = row.result();
            boolean compare = fuseki != null && fuseki.measured();
            out.println(String.format(Locale.ROOT, "| %s | %,.1f | %s | %.2f | %.2f | %.2f | %.1f | %s | %.0f%% / %.0f%% / %.0f%% | %s |",
                    row.scenario().name(), r.requestsPerSecond(),
                    compare ? String.format(Locale.ROOT, "%.2f x", r.requestsPerSecond() / fuseki.result().requestsPerSecond()) : "",
                    r.p50Millis(), r.p90Millis(), r.p99Millis(), r.maxMillis(),
                    compare ? String.format(Locale.ROOT, "%.3f x", r.p99Millis() / fuseki.result().p99Millis()) : "",
                    100 * row.cpu().jvm(), 100 * row.cpu().client(), 100 * row.cpu().other(), errors(r)));
        }
    }

    private static String verdict(String what, Measurement ours, Measurement fuseki, double target) {
        if (!ours.clean() || !fuseki.clean()) {
            return String.format(Locale.ROOT, "%s >= %.1f: no clean measurement (skipped, errors or timeouts) -> NOT met", what, target);
        }
        double ratio = ours.result().requestsPerSecond() / fuseki.result().requestsPerSecond();
        return String.format(Locale.ROOT, "%s >= %.1f: %.2f (p99 %.2f ms vs %.2f ms) -> %s", what, target, ratio,
                ours.result().p99Millis(), fuseki.result().p99Millis(), ratio >= target ? "met" : "NOT met");
    }

    private static String errors(WrkResult r) {
        if (r.non2xx() + r.socketErrors() == 0) {
            return r.requests() == 0 ? "no answer in time" : "0";
        }
        return r.non2xx() + " non-2xx, " + r.socketErrors() + " socket/timeout";
    }

    private static void copyStore(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the store " + from + " for Fuseki: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
