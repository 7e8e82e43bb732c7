package org.opencohesion.bench;

/**
 * One scenario's outcome.
 *
 * @param result         {@code null} when the scenario was skipped (see {@code check})
 * @param gcMillis       time the JVM spent in garbage collection during the measured run
 * @param jvmCpuShare    share (0..1) of the machine's CPU this JVM (service and trivial app) used during the measured run
 * @param busyBefore     share of the machine's CPU busy just before the scenario, with nothing loading it
 */
record Measurement(Scenario scenario, UrlCheck.Outcome check, WrkResult result, long gcMillis, double jvmCpuShare,
                   double busyBefore) {
    static Measurement skipped(Scenario scenario, UrlCheck.Outcome check, double busyBefore) {
        return new Measurement(scenario, check, null, 0, Double.NaN, busyBefore);
    }

    boolean measured() {
        return result != null;
    }

    /** Measured, with answers, and none of them an error or a timeout. */
    boolean clean() {
        return measured() && result.requests() > 0 && result.non2xx() == 0 && result.socketErrors() == 0;
    }

    Measurement named(String name) {
        return new Measurement(new Scenario(name, scenario.meaning(), scenario.origin(), scenario.paths()),
                check, result, gcMillis, jvmCpuShare, busyBefore);
    }
}
