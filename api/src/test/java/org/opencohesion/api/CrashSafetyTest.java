package org.opencohesion.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.api.readmodel.ReadModels;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;

/**
 * An ingest killed with SIGKILL part-way leaves the TDB2 store as it was before or as it would
 * be after, never in between: the command line runs in a child JVM which is killed at several
 * moments of a long ingest, then the store is reopened and checked.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CrashSafetyTest {
    @TempDir
    Path dir;

    private Path bigObservations() throws IOException {
        Path folder = dir.resolve("big/observations");
        Files.createDirectories(folder);
        List<String> codes = Files.readAllLines(TestSamples.samples().resolve("areas.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        StringBuilder csv = new StringBuilder("area,period,value\n");
        for (int year = 1900; year < 2024; year++) {
            for (String code : codes) {
                csv.append(code).append(',').append(year).append(',').append(100 + (year * 7 + code.hashCode()) % 400 & 0x1ff).append('\n');
            }
        }
        Files.writeString(folder.resolve("hate-crime-reports.csv"), csv);
        return folder.getParent();
    }

    /** How long the whole child ingest takes here, measured once, so kills land in every phase. */
    private static long fullIngestMs;

    @Test
    @org.junit.jupiter.api.Order(1)
    void aCompletedIngestCommitsEverything() throws Exception {
        fullIngestMs = killedAfter(600_000);
    }

    @ParameterizedTest(name = "killed at {0}% of a full ingest")
    @ValueSource(ints = {50, 90, 96, 98, 99})
    @org.junit.jupiter.api.Order(2)
    void aKilledIngestLeavesTheStoreWholeBeforeOrAfter(int percent) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(fullIngestMs > 0, "needs the full ingest's duration");
        killedAfter(fullIngestMs * percent / 100);
    }

    /** Runs the big ingest in a child JVM, SIGKILLs it after {@code delayMs} unless done, checks the store; returns the child's run time. */
    private long killedAfter(long delayMs) throws Exception {
        Path data = dir.resolve("data");
        assertEquals(0, Main.run(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                "ingest", "--data", data.toString(), TestSamples.samples().toString()));
        long before;
        long rowsBefore;
        try (Store store = LocalStore.open(data, Uris.of(Uris.DEFAULT_BASE))) {
            before = store.generation();
            rowsBefore = rows(store);
        }
        Path big = bigObservations();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--data", data.toString(), big.toString()));
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        boolean finished = child.waitFor(delayMs, TimeUnit.MILLISECONDS);
        long ran = (System.nanoTime() - start) / 1_000_000;
        if (finished) {
            assertEquals(0, child.exitValue(), () -> "the ingest failed: " + read(dir.resolve("child.log")));
        } else {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
            child.waitFor(10, TimeUnit.SECONDS);
        }
        try (Store store = LocalStore.open(data, Uris.of(Uris.DEFAULT_BASE))) {
            long rows = rows(store);
            if (store.generation() == before) {
                assertEquals(rowsBefore, rows, "killed before the commit: nothing of the new data");
            } else {
                assertEquals(before + 1, store.generation());
                assertEquals(124L * 418, rows, "committed: all of the new data");
            }
            assertEquals(10, new ReadModels(store).current().datasets().size());
        }
        return ran;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static long rows(Store store) {
        return new ReadModels(store).current().datasets().get("hate-crime-reports").getRows();
    }

    @Test
    void aSecondProcessCannotOpenAStoreInUse() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = LocalStore.open(data, Uris.of(Uris.DEFAULT_BASE))) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--data", data.toString(),
                    TestSamples.samples().resolve("areas.csv").toString());
            long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes());
            assertEquals(3, child.waitFor(), output);
            assertTrue(output.contains("is another OpenCohesion process using it?"), output);
        }
    }
}
