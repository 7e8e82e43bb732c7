package org.opencohesion.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * What one wrk run measured, read from the line that {@code wrk-report.lua} prints.
 *
 * @param non2xx       answers with a status of 400 or more (wrk counts them as errors)
 * @param socketErrors connect, read and write errors and timeouts
 */
record WrkResult(long requests, double seconds, double p50Millis, double p90Millis, double p99Millis,
                 double maxMillis, long non2xx, long socketErrors) {
    static final String MARKER = "WRK_RESULT ";

    double requestsPerSecond() {
        return requests / seconds;
    }

    static WrkResult parse(String wrkOutput) {
        String line = wrkOutput.lines().filter(l -> l.startsWith(MARKER)).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no " + MARKER.trim() + " line:\n" + wrkOutput));
        Map<String, Double> fields = new HashMap<>();
        for (String pair : line.substring(MARKER.length()).trim().split("\\s+")) {
            String[] kv = pair.split("=", 2);
            fields.put(kv[0], Double.parseDouble(kv[1]));
        }
        return new WrkResult(
                fields.get("requests").longValue(), fields.get("duration_us") / 1e6,
                fields.get("p50_us") / 1e3, fields.get("p90_us") / 1e3, fields.get("p99_us") / 1e3,
                fields.get("max_us") / 1e3, fields.get("non2xx").longValue(),
                (long) (fields.get("connect_errors") + fields.get("read_errors") + fields.get("write_errors") + fields.get("timeouts")));
    }
}
