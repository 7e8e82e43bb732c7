package org.opencohesion.bench;

import java.time.Duration;
import java.util.Set;

/**
 * How {@link RestBench} runs, from {@code --name value} (or {@code --name=value}) arguments,
 * else the system property {@code bench.name}, else the default.
 *
 * @param timeout     wrk's request timeout: slower answers count as errors and their latency is lost
 * @param shared      the shared design folder, or {@code null} to look beside the checkout
 * @param keepWork    keep the temporary folder (input files, TDB2 store, wrk output) afterwards
 * @param reuse       a folder kept by an earlier run whose TDB2 store is loaded again instead of
 *                    ingesting anew (for quick repeats and profiling), or {@code null}
 */
record BenchSettings(Duration duration, Duration warmup, int connections, int threads, Duration timeout, String wrk, String shared,
                     boolean keepWork, String reuse) {
    static final String USAGE = """
            usage: RestBench [--duration SECONDS] [--warmup SECONDS] [--connections N] [--threads N] [--timeout SECONDS]
                             [--wrk PATH] [--shared DIR] [--keep true] [--reuse KEPT_DIR]
            each also as a system property: -Dbench.duration=10 ...; --shared also as -Dopencohesion.shared=DIR""";
    private static final Set<String> NAMES = Set.of("duration", "warmup", "connections", "threads", "timeout", "wrk", "shared", "keep", "reuse");

    static BenchSettings from(String[] args) {
        BenchArgs given = BenchArgs.parse(args, NAMES, USAGE);
        return new BenchSettings(
                Duration.ofSeconds(Long.parseLong(given.get("duration", "10"))),
                Duration.ofSeconds(Long.parseLong(given.get("warmup", "10"))),
                Integer.parseInt(given.get("connections", "32")),
                Integer.parseInt(given.get("threads", "2")),
                Duration.ofSeconds(Long.parseLong(given.get("timeout", "30"))),
                given.get("wrk", "wrk"),
                given.get("shared", null),
                Boolean.parseBoolean(given.get("keep", "false")),
                given.get("reuse", null));
    }
}
