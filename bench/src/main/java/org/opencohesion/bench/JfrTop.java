package org.opencohesion.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hot spots of a JFR recording as plain text, without JMC: methods by CPU samples (where the
 * sample was taken, and anywhere on the stack), and allocation sites and classes by the weight JFR's
 * allocation samples estimate. {@code match} narrows the "anywhere on the stack" list to methods
 * whose class name contains it (e.g. {@code opencohesion}), to tell the service's own work from
 * Jetty's and Javalin's.
 *
 * <pre>{@code
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.opencohesion.bench.JfrTop cached-get.jfr 25 opencohesion
 * }</pre>
 */
public final class JfrTop {
    private final Map<String, Long> selfSamples = new HashMap<>();
    private final Map<String, Long> totalSamples = new HashMap<>();
    private final Map<String, Long> allocationSites = new HashMap<>();
    private final Map<String, Long> allocatedClasses = new HashMap<>();
    private long samples;
    private long allocated;

    private JfrTop() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrTop RECORDING.jfr [TOP=25] [MATCH]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String match = args.length > 2 ? args[2] : null;
        JfrTop jfr = new JfrTop();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            jfr.add(e);
        }
        jfr.print(System.out, top, match);
    }

    private void add(RecordedEvent e) {
        String type = e.getEventType().getName();
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        List<RecordedFrame> frames = stack.getFrames();
        if (type.equals("jdk.ExecutionSample")) {
            samples++;
            selfSamples.merge(name(frames.get(0)), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                if (seen.add(name(f))) {
                    totalSamples.merge(name(f), 1L, Long::sum);
                }
            }
        } else if (type.equals("jdk.ObjectAllocationSample")) {
            long weight = e.getLong("weight");
            allocated += weight;
            allocatedClasses.merge(e.getClass("objectClass").getName(), weight, Long::sum);
            allocationSites.merge(site(frames), weight, Long::sum);
        }
    }

    /** The allocating frame and the two callers above it: the allocator alone is often a JDK collection. */
    private static String site(List<RecordedFrame> frames) {
        StringBuilder sb = new StringBuilder(name(frames.get(0)));
        for (int i = 1; i < Math.min(3, frames.size()); i++) {
            sb.append(" < ").append(name(frames.get(i)));
        }
        return sb.toString();
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private void print(PrintStream out, int top, String match) {
        out.printf(Locale.ROOT, "CPU samples: %,d%n%nwhere sampled (self):%n", samples);
        printTop(out, selfSamples, samples, top, null);
        out.printf(Locale.ROOT, "%non the stack (total)%s:%n", match == null ? "" : ", classes matching '" + match + "'");
        printTop(out, totalSamples, samples, top, match);
        out.printf(Locale.ROOT, "%nallocation (sampled weight %,d MB), by class:%n", allocated >> 20);
        printTop(out, allocatedClasses, allocated, top, null);
        out.printf(Locale.ROOT, "%nallocation by site (allocating frame < caller < caller):%n");
        printTop(out, allocationSites, allocated, top, null);
    }

    private static void printTop(PrintStream out, Map<String, Long> counts, long total, int top, String match) {
        counts.entrySet().stream()
                .filter(e -> match == null || e.getKey().toLowerCase(Locale.ROOT).contains(match.toLowerCase(Locale.ROOT)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }
}
