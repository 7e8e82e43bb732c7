package org.opencohesion.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;

/** The {@code ingest} command and help, as a user runs them, against a TDB2 store on disk. */
class CommandLineTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void ingestsTheSamplesFolderIntoTdb2() {
        Path data = dir.resolve("data");
        assertEquals(0, run("ingest", "--data", data.toString(), TestSamples.samples().toString()), err::toString);
        assertTrue(out.toString().contains("ingested 10 dataset(s)"), out::toString);
        // Not on a terminal (as under the build): no progress bar, just one line per dataset and a summary.
        assertEquals(11, out.toString().lines().count(), out::toString);
        assertEquals("", err.toString());
        try (Store store = LocalStore.open(data, Uris.of(Uris.DEFAULT_BASE))) {
            assertEquals(10, new org.opencohesion.api.readmodel.ReadModels(store).current().datasets().size());
        }
    }

    @Test
    void ingestsIntoARemoteStoreAndSaysSoWhenTheServerIsNotThere() throws IOException {
        try (var fuseki = new org.opencohesion.rdf.testing.FusekiFixture(false)) {
            String url = fuseki.datasetUrl().toString();
            assertEquals(0, run("ingest", "--remote", url, TestSamples.samples().toString()), err::toString);
            assertTrue(out.toString().contains("ingested 10 dataset(s)"), out::toString);
            Path bad = dir.resolve("assets.csv");
            Files.writeString(bad, "id,name,type,area,email\nx,X,spaceship,W06000006,someone@example.org\n");
            assertEquals(1, run("ingest", "--remote", url, bad.toString()));
            try (Store store = Stores.open(Config.forTests().withRemote(Config.Remote.at(fuseki.datasetUrl(), java.time.Duration.ZERO)))) {
                assertEquals(10, new org.opencohesion.api.readmodel.ReadModels(store).current().datasets().size());
            }
            fuseki.stop();
            assertEquals(3, run("ingest", "--remote", url, bad.toString()));
            assertTrue(err.toString().contains("the store at " + url + " did not answer"), err::toString);
        }
        assertEquals(2, run("ingest", "--remote-user", "x", TestSamples.samples().toString()));
    }

    @Test
    void refusedInputExitsNonZeroListingEveryErrorAndChangesNothing() throws IOException {
        Path data = dir.resolve("data");
        assertEquals(0, run("ingest", "--data", data.toString(), TestSamples.samples().toString()));
        long generation;
        try (Store store = LocalStore.open(data, Uris.of(Uris.DEFAULT_BASE))) {
            generation = store.generation();
        }
        Path bad = dir.resolve("assets.csv");
        Files.writeString(bad, "id,name,type,area,email\nx,X,spaceship,W06000006,someone@example.org\n");
        assertEquals(1, run("ingest", "--data", data.toString(), bad.toString()));
        assertTrue(err.toString().contains("assets.csv:1:5: email: unknown column 'email'"), err::toString);
        assertTrue(err.toString().contains("assets.csv:2:3: type:"), err::toString);
        assertTrue(err.toString().contains("nothing was changed"), err::toString);
        try (Store store = LocalStore.open(data, Uris.of(Uris.DEFAULT_BASE))) {
            assertEquals(generation, store.generation());
        }
    }

    @Test
    void aFileWhoseKindCannotBeToldNeedsKind() throws IOException {
        Path file = dir.resolve("my-assets.csv");
        Files.writeString(file, "id,name,type,area\nhall,Village hall,physical-space,W06000006\n");
        assertEquals(1, run("ingest", "--data", dir.resolve("data").toString(), file.toString()));
        assertTrue(err.toString().contains("give --kind"), err::toString);
        assertEquals(1, run("ingest", "--data", dir.resolve("data").toString(), "--kind", "assets", file.toString()),
                "the area is not in this empty store");
        assertTrue(err.toString().contains("unknown-reference"), err::toString);
    }

    @Test
    void unknownKindIsAUsageError() {
        assertEquals(2, run("ingest", "--kind", "spreadsheet", "x.csv"));
        assertTrue(err.toString().contains("unknown --kind 'spreadsheet'"), err::toString);
    }

    @Test
    void helpExplainsEachCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("serve") && out.toString().contains("ingest"));
        assertEquals(0, run("serve", "--help"));
        assertTrue(out.toString().contains("--load=DIR") && out.toString().contains("--memory"));
        assertEquals(0, run("ingest", "--help"));
        assertTrue(out.toString().contains("dependency order"));
    }

}
