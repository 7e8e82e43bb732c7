package org.opencohesion.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How busy the machine and this JVM are, so a figure taken while something else was using the
 * CPU (a build, a test run) can be recognised, and so one scenario's leftovers (a service still
 * answering requests that wrk has given up on) do not run into the next. Linux only: elsewhere
 * the machine's load reads as unknown ({@code NaN}).
 */
final class MachineLoad {
    private static final Path PROC_STAT = Path.of("/proc/stat");
    private static final Duration WINDOW = Duration.ofSeconds(1);

    /** What {@link #awaitQuiet} found. */
    record Quiet(double busy, Duration waited) {}

    /** The machine's CPU counters and this JVM's CPU time at one moment. */
    record Sample(long nanos, long[] machine, long jvmCpuMillis) {}

    private MachineLoad() {}

    /**
     * Waits until less than {@code threshold} of the machine's CPU is busy over a one-second window,
     * or {@code maxWait} has passed.
     *
     * @return the busy share of the last window, and how long it took
     */
    static Quiet awaitQuiet(double threshold, Duration maxWait) {
        long start = System.nanoTime();
        double busy;
        do {
            busy = busyShare(WINDOW);
        } while (!(busy < threshold) && !Double.isNaN(busy) && System.nanoTime() - start < maxWait.toNanos());
        return new Quiet(busy, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The share (0..1) of all CPUs that was busy over {@code window}. */
    static double busyShare(Duration window) {
        long[] before = cpuTimes();
        sleep(window);
        long[] after = cpuTimes();
        if (before == null || after == null || after[0] == before[0]) {
            return Double.NaN;
        }
        return 1.0 - (double) (after[1] - before[1]) / (after[0] - before[0]);
    }

    static Sample sample() {
        return new Sample(System.nanoTime(), cpuTimes(), jvmCpuMillis());
    }

    /**
     * How the CPU was shared between {@code before} and {@code after}.
     *
     * @param clientCpuSeconds the CPU time the load generator used in between
     */
    static CpuUse between(Sample before, Sample after, double clientCpuSeconds) {
        double cpuSeconds = (after.nanos() - before.nanos()) / 1e9 * Runtime.getRuntime().availableProcessors();
        double jvm = (after.jvmCpuMillis() - before.jvmCpuMillis()) / 1000.0 / cpuSeconds;
        double client = clientCpuSeconds / cpuSeconds;
        if (before.machine() == null || after.machine() == null || after.machine()[0] == before.machine()[0]) {
            return new CpuUse(jvm, client, Double.NaN);
        }
        double busy = 1.0 - (double) (after.machine()[1] - before.machine()[1]) / (after.machine()[0] - before.machine()[0]);
        return new CpuUse(jvm, client, Math.max(0, busy - jvm - client));
    }

    /** CPU time this JVM has used so far, in milliseconds. */
    private static long jvmCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return 0;
    }

    /** {total, idle} jiffies of all CPUs, or {@code null} where /proc/stat is missing. */
    private static long[] cpuTimes() {
        try {
            String[] f = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user..steal; guest time is already in user
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
            return new long[] {total, idle};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
