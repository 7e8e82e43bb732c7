package org.opencohesion.bench;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * How both benchmarks load one scenario: wait for a quiet machine, check its URLs answer, warm up,
 * promote the warm-up's garbage, then measure, with the CPU split and GC time around the measured run.
 */
final class MeasuredRun {
    /** The CPU share (both cores) under which the machine counts as quiet. */
    static final double QUIET = 0.20;
    private static final Duration MAX_QUIET_WAIT = Duration.ofMinutes(3);

    private MeasuredRun() {}

    /**
     * @param settle after the warm-up, how long at most to wait for the server to finish what wrk
     *               left unanswered (zero: not at all)
     * @return the measurement, or a skipped one when the scenario's URLs do not answer 200
     */
    static Measurement measure(PrintStream out, Wrk wrk, Scenario scenario, BenchSettings settings, Duration settle) {
        out.printf("%s: %s%n", scenario.name(), scenario.meaning());
        // Waits out whatever else runs, including a service still answering requests wrk gave up on.
        MachineLoad.Quiet quiet = MachineLoad.awaitQuiet(QUIET, MAX_QUIET_WAIT);
        if (quiet.waited().toSeconds() >= 3 || !(quiet.busy() < QUIET)) {
            out.printf(Locale.ROOT, "  waited %d s for the machine to go quiet; %.0f%% of the CPU busy before starting%n",
                    quiet.waited().toSeconds(), 100 * quiet.busy());
        }
        UrlCheck.Outcome check = UrlCheck.check(scenario);
        if (!check.passed()) {
            out.println("  skipped: " + check.failure());
            return Measurement.skipped(scenario, check);
        }
        wrk.load(scenario, settings.warmup(), "warmup");
        if (!settle.isZero()) {
            MachineLoad.awaitQuiet(QUIET, settle);
        }
        // What the first requests built (the read model, TDB2's node caches) is still young and is
        // copied from survivor space to survivor space at every young GC until it is old enough to be
        // promoted: 30-70 ms pauses for about 20 s. Promoting it now measures the steady state.
        System.gc();
        long gcBefore = gcMillis();
        MachineLoad.Sample before = MachineLoad.sample();
        WrkResult result = wrk.load(scenario, settings.duration(), "measured");
        CpuUse cpu = MachineLoad.between(before, MachineLoad.sample(), result.clientCpuSeconds());
        return new Measurement(scenario, check, result, gcMillis() - gcBefore, cpu);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }
}
