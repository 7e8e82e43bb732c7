package org.opencohesion.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Runs the {@code wrk} load generator as a separate process and reads what it measured. */
final class Wrk {
    private static final String REPORT_SCRIPT = "wrk-report.lua";
    private static final String ROTATE_SCRIPT = "wrk-rotate.lua";

    private final String executable;
    private final int threads;
    private final int connections;
    private final Duration timeout;
    private final Path folder;
    private final Path reportScript;
    private final Path rotateScript;
    private int runs;

    /**
     * @param folder where the Lua scripts, path lists and wrk's full output of each run are written
     */
    Wrk(String executable, int threads, int connections, Duration timeout, Path folder) {
        this.executable = executable;
        this.threads = threads;
        this.connections = connections;
        this.timeout = timeout;
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            String report = resource(REPORT_SCRIPT);
            reportScript = Files.writeString(folder.resolve(REPORT_SCRIPT), report);
            // Defining request() makes wrk build every request in Lua, which costs the client CPU;
            // only rotating scenarios pay for it, so they get their own script.
            rotateScript = Files.writeString(folder.resolve(ROTATE_SCRIPT), resource(ROTATE_SCRIPT) + "\n" + report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code wrk --version} says of itself (it prints a version line, then usage, and exits 1). */
    String version() {
        String out = run(List.of(executable, "--version"));
        return out.lines().findFirst().orElse("unknown").trim();
    }

    /**
     * Loads {@code scenario} for {@code duration}.
     *
     * @param label names, with the scenario and a run number, the file wrk's full output is kept in
     */
    WrkResult load(Scenario scenario, Duration duration, String label) {
        // Through bash, whose `times` then reports the CPU time wrk used.
        List<String> command = new ArrayList<>(List.of("bash", "-c", "\"$0\" \"$@\"; times", executable,
                "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--timeout", timeout.toSeconds() + "s", "--latency"));
        scenario.headers().forEach(h -> command.addAll(List.of("-H", h)));
        if (scenario.rotates()) {
            Path pathList = folder.resolve(scenario.slug() + ".paths");
            write(pathList, String.join("\n", scenario.paths()) + "\n");
            command.addAll(List.of("-s", rotateScript.toString(), scenario.firstUrl(), "--", pathList.toString()));
        } else {
            command.addAll(List.of("-s", reportScript.toString(), scenario.firstUrl()));
        }
        String output = run(command);
        runs++;
        write(folder.resolve(String.format("%02d-%s.%s.txt", runs, scenario.slug(), label)), String.join(" ", command) + "\n\n" + output);
        return WrkResult.parse(output);
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + " (is wrk installed? run-rest.sh installs it): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(Wrk.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
