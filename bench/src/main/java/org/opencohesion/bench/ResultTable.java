package org.opencohesion.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the measurements as a Markdown table, each throughput also as a ratio to the ceiling. */
final class ResultTable {
    private ResultTable() {}

    static void print(PrintStream out, List<Measurement> rows, Measurement ceiling) {
        out.println("| scenario | requests/s | vs ceiling | p50 ms | p90 ms | p99 ms | max ms | alone ms "
                + "| body bytes | CPU: JVM / wrk / other | GC ms | errors |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Measurement row : rows) {
            if (!row.measured()) {
                out.printf("| %s | skipped: %s |%n", row.scenario().name(), row.check().failure());
                continue;
            }
            WrkResult r = row.result();
            out.println(String.format(Locale.ROOT,
                    "| %s | %,.1f | %s | %.2f | %.2f | %.2f | %.1f | %.2f | %,d | %.0f%% / %.0f%% / %.0f%% | %d | %s |",
                    row.scenario().name(), r.requestsPerSecond(), ratio(row, ceiling),
                    r.p50Millis(), r.p90Millis(), r.p99Millis(), r.maxMillis(), row.check().unloadedMillis(),
                    row.check().firstBody().length, 100 * row.cpu().jvm(), 100 * row.cpu().client(), 100 * row.cpu().other(),
                    row.gcMillis(), errors(r)));
        }
    }

    static String ratio(Measurement row, Measurement ceiling) {
        if (ceiling == null || !ceiling.measured() || !row.measured()) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.3f", row.result().requestsPerSecond() / ceiling.result().requestsPerSecond());
    }

    private static String errors(WrkResult r) {
        if (r.non2xx() + r.socketErrors() == 0) {
            return r.requests() == 0 ? "no answer in time" : "0";
        }
        return r.non2xx() + " non-2xx, " + r.socketErrors() + " socket/timeout";
    }
}
