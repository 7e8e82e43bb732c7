package org.opencohesion.bench;

/**
 * One scenario's outcome.
 *
 * @param result   {@code null} when the scenario was skipped (see {@code check})
 * @param gcMillis time the JVM spent in garbage collection during the measured run
 * @param cpu      how the CPU was shared during the measured run
 */
record Measurement(Scenario scenario, UrlCheck.Outcome check, WrkResult result, long gcMillis, CpuUse cpu) {
    static Measurement skipped(Scenario scenario, UrlCheck.Outcome check) {
        return new Measurement(scenario, check, null, 0, CpuUse.UNKNOWN);
    }

    boolean measured() {
        return result != null;
    }

    /** Measured, with answers, and none of them an error or a timeout. */
    boolean clean() {
        return measured() && result.requests() > 0 && result.non2xx() == 0 && result.socketErrors() == 0;
    }

    Measurement named(String name) {
        return new Measurement(new Scenario(name, scenario.meaning(), scenario.origin(), scenario.paths(), scenario.headers()),
                check, result, gcMillis, cpu);
    }
}
