package org.opencohesion.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.store.StoreException;

/** The embedded TDB2 store on disk: what was committed is there after a restart. */
class TdbPersistenceTest {
    @TempDir
    Path dir;

    @Test
    void ingestedDataSurvivesAReopen() {
        String dump;
        long generation;
        try (Store store = LocalStore.open(dir, Samples.URIS)) {
            new IngestService(store).ingest(InputFolder.collect(List.of(Samples.folder()), null, null));
            dump = Samples.canonicalDump(store);
            generation = store.generation();
        }
        try (Store reopened = LocalStore.open(dir, Samples.URIS)) {
            assertEquals(generation, reopened.generation());
            assertEquals(dump, Samples.canonicalDump(reopened));
            assertEquals(10, Samples.select(reopened, "SELECT ?d { ?d a dcat:Dataset }").size());
        }
    }

    @Test
    void aRefusedIngestLeavesTheFilesOnDiskAsTheyWere() {
        try (Store store = LocalStore.open(dir, Samples.URIS)) {
            new IngestService(store).ingest(InputFolder.collect(List.of(Samples.folder()), null, null));
            String before = Samples.canonicalDump(store);
            assertThrows(InvalidInputException.class, () -> new IngestService(store).ingest(List.of(new InputFile(
                    "assets.csv", "id,name,type,area\nok,Fine,local-service,W06000006\nbad,Bad,spaceship,W06000006\n".getBytes(),
                    InputKind.ASSETS, "assets"))));
            assertEquals(before, Samples.canonicalDump(store));
        }
    }

    @Test
    void aStoreRefusesToOpenUnderAnotherBaseUri() {
        try (Store store = LocalStore.open(dir, Samples.URIS)) {
            assertTrue(store.generation() >= 1, "the ontology install is the first commit");
        }
        StoreException e = assertThrows(StoreException.class, () -> LocalStore.open(dir, Uris.of("https://data.example.gov.uk")));
        assertTrue(e.getMessage().contains("--base-uri http://localhost:8080"), e.getMessage());
    }
}
