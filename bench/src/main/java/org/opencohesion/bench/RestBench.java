package org.opencohesion.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.opencohesion.api.Config;
import org.opencohesion.api.OpenCohesionServer;
import org.opencohesion.rdf.store.LocalStore;

/**
 * The REST load benchmark: ingests the synthetic dataset into a fresh TDB2 store, starts the
 * service twice on it (response cache on, and off) and a trivial Javalin endpoint in the same
 * JVM, loads each with {@code wrk} on loopback and prints requests/s and latency percentiles,
 * throughput as a ratio to the trivial endpoint measured in the same run. Run it with
 * {@code bench/run-rest.sh}; see {@code bench/README.md}.
 *
 * <pre>{@code
 * bench/run-rest.sh --duration 10 --warmup 10 --connections 32
 * }</pre>
 */
public final class RestBench {
    static final double TARGET_CACHED_RATIO = 0.70;
    static final double TARGET_P99_MILLIS = 10.0;
    private static final long PATH_SEED = 7L;
    private static final String SERVICE_LOG = "org.slf4j.simpleLogger.logFile";
    /** Below this share of busy CPU the machine counts as quiet enough to start a scenario. */

    private final BenchSettings settings;
    private final Path work;
    private final PrintStream out;

    private RestBench(BenchSettings settings, Path work, PrintStream out) {
        this.settings = settings;
        this.work = work;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        BenchSettings settings;
        Path shared;
        try {
            settings = BenchSettings.from(args);
            shared = SharedFolder.locate(settings.shared());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path work = Files.createTempDirectory("opencohesion-bench-");
        // The service logs every request; to a file, as in production, not to this terminal.
        if (System.getProperty(SERVICE_LOG) == null) {
            System.setProperty(SERVICE_LOG, work.resolve("service.log").toString());
        }
        try {
            new RestBench(settings, work, System.out).run(shared);
        } finally {
            if (settings.keepWork()) {
                System.out.println("\nKept " + work + " (input files, TDB2 store, wrk output, service log)");
            } else {
                deleteTree(work);
            }
        }
        // Jetty and TDB2 leave non-daemon threads behind; the benchmark is over.
        System.exit(0);
    }

    private void run(Path shared) {
        Wrk wrk = new Wrk(settings.wrk(), settings.threads(), settings.connections(), settings.timeout(), work.resolve("wrk"));
        printMachine(wrk);
        SyntheticStore.Loaded loaded;
        if (settings.reuse() == null) {
            out.println("\nGenerating the synthetic dataset and ingesting it into TDB2 ...");
            loaded = SyntheticStore.build(shared, work);
        } else {
            out.println("\nReusing the store ingested earlier in " + settings.reuse());
            loaded = SyntheticStore.reuse(shared, Path.of(settings.reuse()), work);
        }
        printDataset(loaded);
        // The ingest leaves gigabytes of garbage; collect it now rather than during the first scenario.
        System.gc();
        try (LocalStore store = loaded.store();
             OpenCohesionServer cachedService = OpenCohesionServer.create(Config.forTests(), store).start();
             OpenCohesionServer uncachedService = OpenCohesionServer.create(Config.forTests().withCacheMaxBytes(0), store).start();
             TrivialServer trivial = TrivialServer.start()) {
            out.printf(Locale.ROOT, "%nwrk -t%d -c%d --timeout %ds; per scenario %d s warm-up, then %d s measured%n%n",
                    settings.threads(), settings.connections(), settings.timeout().toSeconds(),
                    settings.warmup().toSeconds(), settings.duration().toSeconds());
            Scenario ceilingScenario = RestScenarios.ceiling(trivial.port());
            // Jetty's request path takes about 15 s of load to be compiled (measured: 6k requests/s in the
            // first 5 s, over 30k from 15 s on); without this the first scenario would measure the JIT.
            out.printf("JIT warm-up: %d s on the trivial endpoint%n", settings.warmup().toSeconds() * 2);
            wrk.load(ceilingScenario, settings.warmup().multipliedBy(2), "jit-warmup");
            Measurement ceilingBefore = measure(wrk, ceilingScenario).named(RestScenarios.CEILING + ", before");
            Measurement cached = measure(wrk, RestScenarios.cached(cachedService.port()));
            trivial.copy(cached.check().firstBody());
            Measurement copy = measure(wrk, RestScenarios.copyOfCached(trivial.port()));
            Measurement cachedGzip = measure(wrk, RestScenarios.cachedGzip(cachedService.port()));
            firstRequestPerIndicator(uncachedService.port(), loaded.data());
            Measurement uncached = measure(wrk, RestScenarios.uncached(uncachedService.port(), loaded.geography(), PATH_SEED));
            // Measured again at the end so drift across the run (heat, JIT, other load) shows.
            Measurement ceilingAfter = measure(wrk, ceilingScenario).named(RestScenarios.CEILING + ", after");
            Measurement ceiling = meanOf(ceilingBefore, ceilingAfter);

            out.println();
            ResultTable.print(out, List.of(ceilingBefore, ceilingAfter, cached, copy, cachedGzip, uncached), ceiling);
            printTargets(ceiling, cached, cachedGzip, uncached);
        }
    }

    private Measurement measure(Wrk wrk, Scenario scenario) {
        Measurement m = MeasuredRun.measure(out, wrk, scenario, settings, Duration.ZERO);
        if (m.measured()) {
            WrkResult result = m.result();
            out.printf(Locale.ROOT, "  %,.1f requests/s, p50 %.2f ms, p99 %.2f ms; one request alone %.2f ms; CPU other than JVM and wrk %.0f%%%n",
                    result.requestsPerSecond(), result.p50Millis(), result.p99Millis(), m.check().unloadedMillis(), 100 * m.cpu().other());
        }
        return m;
    }

    /**
     * The first observations request for each indicator after a write (here: after start) reads the
     * indicator's cells from the store into memory; later ones, whatever their filters, use them.
     * Timed one indicator at a time, before the uncached scenario, which then measures the steady state.
     */
    private void firstRequestPerIndicator(int port, SyntheticData.Summary data) {
        List<Double> seconds = new ArrayList<>();
        for (SyntheticIndicator indicator : SyntheticIndicator.ALL) {
            long start = System.nanoTime();
            UrlCheck.Outcome once = UrlCheck.once("http://127.0.0.1:" + port, "/api/v1/indicators/" + indicator.id() + "/observations?limit=1");
            seconds.add((System.nanoTime() - start) / 1e9);
            if (!once.passed()) {
                out.println("  first request for " + indicator.id() + " failed: " + once.failure());
            }
        }
        Collections.sort(seconds);
        out.printf(Locale.ROOT, "first observations request per indicator (reads its %,d cells into memory): median %.2f s, max %.2f s, all %d %.1f s%n",
                data.observationRows() / data.indicators(), seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1), seconds.size(),
                seconds.stream().mapToDouble(Double::doubleValue).sum());
    }

    /** The ceiling as the mean of its two runs; its latencies are those of the worse run. */
    private static Measurement meanOf(Measurement before, Measurement after) {
        if (!before.measured() || !after.measured()) {
            return before.measured() ? before : after;
        }
        WrkResult a = before.result();
        WrkResult b = after.result();
        WrkResult mean = new WrkResult(a.requests() + b.requests(), a.seconds() + b.seconds(),
                Math.max(a.p50Millis(), b.p50Millis()), Math.max(a.p90Millis(), b.p90Millis()),
                Math.max(a.p99Millis(), b.p99Millis()), Math.max(a.maxMillis(), b.maxMillis()),
                a.non2xx() + b.non2xx(), a.socketErrors() + b.socketErrors(), a.clientCpuSeconds() + b.clientCpuSeconds());
        return new Measurement(before.scenario(), before.check(), mean, before.gcMillis() + after.gcMillis(),
                before.cpu().meanWith(after.cpu()));
    }

    private void printTargets(Measurement ceiling, Measurement cached, Measurement cachedGzip, Measurement uncached) {
        out.printf(Locale.ROOT, "%nCeiling (mean of both runs): %,.0f requests/s%n",
                ceiling.measured() ? ceiling.result().requestsPerSecond() : 0.0);
        out.println("Targets:");
        for (Measurement m : List.of(cached, cachedGzip)) {
            if (m.clean() && ceiling.clean()) {
                double ratio = m.result().requestsPerSecond() / ceiling.result().requestsPerSecond();
                out.printf(Locale.ROOT, "  %s throughput >= %.2f x ceiling: %.3f -> %s%n",
                        m.scenario().name(), TARGET_CACHED_RATIO, ratio, verdict(ratio >= TARGET_CACHED_RATIO));
            } else {
                out.printf("  %s throughput: no clean measurement -> NOT met%n", m.scenario().name());
            }
        }
        for (Measurement m : List.of(cached, cachedGzip, uncached)) {
            if (m.clean()) {
                out.printf(Locale.ROOT, "  %s p99 < %.0f ms at %d connections: %.2f ms -> %s%n", m.scenario().name(),
                        TARGET_P99_MILLIS, settings.connections(), m.result().p99Millis(),
                        verdict(m.result().p99Millis() < TARGET_P99_MILLIS));
            } else {
                out.printf("  %s p99: no clean measurement (skipped, errors or timeouts) -> NOT met%n", m.scenario().name());
            }
        }
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    private void printMachine(Wrk wrk) {
        Runtime runtime = Runtime.getRuntime();
        out.println("Machine");
        out.printf(Locale.ROOT, "  %s, %d cores visible to the JVM%n", cpuModel(), runtime.availableProcessors());
        out.printf(Locale.ROOT, "  %s %s (%s), max heap %d MiB, %s %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("java.vendor"), runtime.maxMemory() >> 20,
                System.getProperty("os.name"), System.getProperty("os.arch"));
        out.println("  " + wrk.version());
    }

    private void printDataset(SyntheticStore.Loaded loaded) {
        SyntheticData.Summary data = loaded.data();
        out.println("Dataset");
        out.printf(Locale.ROOT, "  areas: %,d (2 countries, %,d local authorities, %,d wards)%n",
                data.areas(), data.localAuthorities(), data.wards());
        out.printf(Locale.ROOT, "  %d indicators x %d yearly periods: %,d observation rows (wards and authorities)%n",
                data.indicators(), data.periods(), data.observationRows());
        if (loaded.triples() < 0) {
            out.println("  store reused: triples and ingest time not measured in this run");
            return;
        }
        out.printf(Locale.ROOT, "  triples in the data graphs: %,d; TDB2 on disk: %,d MiB%n",
                loaded.triples(), folderSize(work.resolve("tdb2")) >> 20);
        out.printf(Locale.ROOT, "  generate %.1f s; ingest %.1f s (read, disclosure control, SHACL %.1f s + commit %.1f s)%n",
                seconds(loaded.generating()), seconds(loaded.checking()) + seconds(loaded.committing()),
                seconds(loaded.checking()), seconds(loaded.committing()));
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | UncheckedIOException e) {
            return "unknown CPU";
        }
    }

    private static long folderSize(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
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
