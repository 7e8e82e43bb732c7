package org.opencohesion.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Jena Fuseki, the standalone {@code jena-fuseki-server} jar as released, run as a
 * separate process on loopback over a TDB2 store, its default graph the union of the named graphs
 * (as OpenCohesion's is). The dataset is {@code /ds}; queries go to {@code /ds/query}.
 */
final class FusekiProcess implements AutoCloseable {
    static final String DATASET = "/ds";
    static final String QUERY = DATASET + "/query";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private FusekiProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Fuseki on {@code tdb2} (a folder no other process has open) and waits until
     * {@code GET /$/ping} answers.
     *
     * @param work    where its {@code FUSEKI_BASE} and log go
     * @param jvmArgs options for its JVM, e.g. {@code -Xmx4g}
     */
    static FusekiProcess start(Path jar, Path tdb2, Path work, List<String> jvmArgs) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no Fuseki server jar at " + jar + " (mvn -pl bench -am package copies it there)");
        }
        int port = freePort();
        Path base = work.resolve("fuseki-base");
        Path log = work.resolve("fuseki.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toString(), "--localhost", "--port=" + port, "--tdb2", "--loc", tdb2.toString(),
                // the default graph of queries is the union of the named graphs, as on OpenCohesion
                "--set", "tdb:unionDefaultGraph=true", DATASET));
        try {
            Files.createDirectories(base);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("FUSEKI_BASE", base.toString());
            Process process = builder.start();
            process.getOutputStream().close();
            FusekiProcess fuseki = new FusekiProcess(process, port, log);
            fuseki.awaitPing();
            return fuseki;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Fuseki: " + e.getMessage(), e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** The command line the server runs with, for the report. */
    String commandLine() {
        return process.info().commandLine().orElse("java -jar jena-fuseki-server.jar ...");
    }

    private void awaitPing() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                if (CLIENT.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("Fuseki did not answer /$/ping within " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
