package org.opencohesion.bench;

/**
 * How the machine's CPU was shared during one measured run, each as a share (0..1) of all cores.
 * {@code other} is what neither the JVM nor wrk used: the kernel's loopback work that is not
 * charged to a process, plus anything else running; well above the usual few percent, another
 * program competed with the benchmark and its figures are doubtful. {@code NaN} where unknown.
 */
record CpuUse(double jvm, double client, double other) {
    static final CpuUse UNKNOWN = new CpuUse(Double.NaN, Double.NaN, Double.NaN);

    /** The mean of two runs of equal length. */
    CpuUse meanWith(CpuUse that) {
        return new CpuUse((jvm + that.jvm) / 2, (client + that.client) / 2, (other + that.other) / 2);
    }
}
