package org.opencohesion.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.opencohesion.api.Config;
import org.opencohesion.api.OpenCohesionServer;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;

/**
 * Where a cached GET spends its work, measured so that a busy machine does not distort it: the JVM's
 * CPU time and the bytes it allocated, each divided by the requests wrk completed, for the trivial
 * endpoint, its copy of the cached bytes and both cached GETs, with one JFR recording per scenario
 * (CPU samples and allocation samples) for {@code jfr print} or {@code jfr view}. Throughput here
 * is not a result; per-request work is.
 *
 * <pre>{@code
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.opencohesion.bench.CacheHitProfile \
 *     --reuse /tmp/opencohesion-bench-NNN --duration 30 --warmup 10 --keep true
 * }</pre>
 */
public final class CacheHitProfile {
    private final BenchSettings settings;
    private final Path folder;
    private final PrintStream out;

    private CacheHitProfile(BenchSettings settings, Path folder, PrintStream out) {
        this.settings = settings;
        this.folder = folder;
        this.out = out;
    }

    /** One scenario's work per request. */
    record PerRequest(String scenario, long requests, double cpuMicros, double allocatedBytes, double busyBefore, Path recording) {}

    public static void main(String[] args) throws IOException {
        BenchSettings settings = BenchSettings.from(args);
        if (settings.reuse() == null) {
            System.err.println("--reuse KEPT_DIR is required: a folder whose tdb2/ a RestBench run kept (--keep true)");
            System.exit(2);
        }
        Path folder = Files.createTempDirectory("opencohesion-profile-");
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            System.setProperty("org.slf4j.simpleLogger.logFile", folder.resolve("service.log").toString());
        }
        new CacheHitProfile(settings, folder, System.out).run();
        System.out.println("JFR recordings and wrk output in " + folder);
        System.exit(0);
    }

    private void run() {
        Wrk wrk = new Wrk(settings.wrk(), settings.threads(), settings.connections(), settings.timeout(), folder.resolve("wrk"));
        try (LocalStore store = LocalStore.open(Path.of(settings.reuse()).resolve("tdb2"), Uris.of(Uris.DEFAULT_BASE));
             OpenCohesionServer service = OpenCohesionServer.create(Config.forTests(), store).start();
             TrivialServer trivial = TrivialServer.start()) {
            // the first cached GET reads the indicator's cells (seconds of work): done before anything is measured
            UrlCheck.Outcome cached = UrlCheck.check(RestScenarios.cached(service.port()));
            trivial.copy(cached.firstBody());
            Scenario ceiling = RestScenarios.ceiling(trivial.port());
            wrk.load(ceiling, settings.warmup().multipliedBy(2), "jit-warmup");
            List<PerRequest> results = new ArrayList<>();
            results.add(profile(wrk, ceiling));
            results.add(profile(wrk, RestScenarios.copyOfCached(trivial.port())));
            results.add(profile(wrk, RestScenarios.cached(service.port())));
            results.add(profile(wrk, RestScenarios.cachedGzip(service.port())));
            print(results);
        }
    }

    private PerRequest profile(Wrk wrk, Scenario scenario) {
        out.println(scenario.name() + " ...");
        UrlCheck.Outcome check = UrlCheck.check(scenario);
        if (!check.passed()) {
            throw new IllegalStateException(check.failure());
        }
        wrk.load(scenario, settings.warmup(), "warmup");
        System.gc();
        MachineLoad.Quiet quiet = MachineLoad.awaitQuiet(MeasuredRun.QUIET, Duration.ofMinutes(1));
        // measured without the recorder first, so that its own work is not counted
        long cpuBefore = processCpuNanos();
        long allocatedBefore = allocatedBytes();
        WrkResult result = wrk.load(scenario, settings.duration(), "measured");
        long allocated = allocatedBytes() - allocatedBefore;
        long cpu = processCpuNanos() - cpuBefore;
        Path file = folder.resolve(scenario.slug() + ".jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            // the default 10-20 ms sampling period leaves too few samples of a sub-millisecond request
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.setDestination(file);
            recording.start();
            wrk.load(scenario, settings.duration(), "recorded");
            recording.stop();
            return new PerRequest(scenario.name(), result.requests(), cpu / 1e3 / result.requests(),
                    (double) allocated / result.requests(), quiet.busy(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private void print(List<PerRequest> results) {
        PerRequest base = results.get(0);
        out.printf(Locale.ROOT, "%n| scenario | requests | JVM CPU µs/request | vs ceiling | allocated bytes/request | vs ceiling | machine busy before |%n");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (PerRequest r : results) {
            out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.2f | %,.0f | %.2f | %.0f%% |%n", r.scenario(), r.requests(), r.cpuMicros(),
                    r.cpuMicros() / base.cpuMicros(), r.allocatedBytes(), r.allocatedBytes() / base.allocatedBytes(), 100 * r.busyBefore());
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }
}
