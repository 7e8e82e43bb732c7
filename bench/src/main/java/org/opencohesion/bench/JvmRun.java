package org.opencohesion.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One program run to completion in a JVM of its own, with a GC log, so that its wall time and
 * heap are its own and not the benchmark's.
 *
 * @param wall     from start to exit, JVM start-up included (the same for both sides)
 * @param exitCode the process's exit code
 * @param heap     read from its GC log
 * @param output   where its standard output and error went
 * @param cpu      how the machine's CPU was shared while it ran: {@code client} is this program,
 *                 {@code other} everything else (another program competing makes the run doubtful)
 */
record JvmRun(Duration wall, int exitCode, GcLog heap, Path output, CpuUse cpu) {
    private static final Duration MAX_QUIET_WAIT = Duration.ofMinutes(3);
    private static final long CPU_POLL_MILLIS = 200;

    /**
     * @param name     names the log files in {@code work}: {@code NAME.out}, {@code NAME-gc.log}
     * @param jvmArgs  heap size and the like
     * @param program  {@code -cp CLASSPATH MAIN ARGS...} or {@code -jar JAR ARGS...}
     */
    static JvmRun run(String name, Path work, List<String> jvmArgs, List<String> program) {
        Path out = work.resolve(name + ".out");
        Path gc = work.resolve(name + "-gc.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-Xlog:gc:file=" + gc);
        command.addAll(program);
        try {
            // Leftovers of the previous side (the page cache being written back) or another program.
            MachineLoad.awaitQuiet(MeasuredRun.QUIET, MAX_QUIET_WAIT);
            MachineLoad.Sample before = MachineLoad.sample();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            Duration cpu = Duration.ZERO;
            // A process's CPU time can no longer be read once it has exited: read it while it runs.
            while (!process.waitFor(CPU_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                cpu = process.info().totalCpuDuration().orElse(cpu);
            }
            MachineLoad.Sample after = MachineLoad.sample();
            Duration wall = Duration.ofNanos(after.nanos() - before.nanos());
            return new JvmRun(wall, process.exitValue(), GcLog.read(gc), out,
                    MachineLoad.between(before, after, cpu.toMillis() / 1000.0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }
}
