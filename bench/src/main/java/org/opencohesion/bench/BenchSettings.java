package org.opencohesion.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'\n" + USAGE);
            }
            String name = args[i].substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value\n" + USAGE);
            }
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "\n" + USAGE);
            }
            given.put(name, value);
        }
        return new BenchSettings(
                Duration.ofSeconds(Long.parseLong(setting(given, "duration", "10"))),
                Duration.ofSeconds(Long.parseLong(setting(given, "warmup", "10"))),
                Integer.parseInt(setting(given, "connections", "32")),
                Integer.parseInt(setting(given, "threads", "2")),
                Duration.ofSeconds(Long.parseLong(setting(given, "timeout", "30"))),
                setting(given, "wrk", "wrk"),
                setting(given, "shared", null),
                Boolean.parseBoolean(setting(given, "keep", "false")),
                setting(given, "reuse", null));
    }

    private static String setting(Map<String, String> given, String name, String fallback) {
        return given.getOrDefault(name, System.getProperty("bench." + name, fallback));
    }
}
