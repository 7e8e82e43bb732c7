package org.opencohesion.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one wrk run measured, read from the line that {@code wrk-report.lua} prints.
 *
 * @param non2xx       answers with a status of 400 or more (wrk counts them as errors)
 * @param socketErrors     connect, read and write errors and timeouts
 * @param clientCpuSeconds CPU time wrk itself used (user + system), from the shell's {@code times}
 */
record WrkResult(long requests, double seconds, double p50Millis, double p90Millis, double p99Millis,
                 double maxMillis, long non2xx, long socketErrors, double clientCpuSeconds) {
    static final String MARKER = "WRK_RESULT ";
    /** A line of bash's {@code times}: user and system time, e.g. {@code 0m1.250s 0m3.500s}. */
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s");

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
                (long) (fields.get("connect_errors") + fields.get("read_errors") + fields.get("write_errors") + fields.get("timeouts")),
                childCpuSeconds(wrkOutput));
    }

    /** The last {@code times} line is the CPU time of the shell's children, that is of wrk. */
    private static double childCpuSeconds(String output) {
        double seconds = Double.NaN;
        for (String line : output.lines().toList()) {
            Matcher m = TIMES.matcher(line.trim());
            if (m.matches()) {
                seconds = Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                        + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4));
            }
        }
        return seconds;
    }
}
