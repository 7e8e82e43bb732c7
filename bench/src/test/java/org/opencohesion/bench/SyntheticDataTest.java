package org.opencohesion.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencohesion.ingest.IngestReport;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputFolder;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;

class SyntheticDataTest {
    private static Geography fixture() throws URISyntaxException {
        return WardLookup.read(Path.of(Objects.requireNonNull(SyntheticDataTest.class.getResource("/geography")).toURI()));
    }

    @Test
    void keepsOnlyCurrentWardsOfCurrentEnglishAndWelshAuthorities() throws Exception {
        Geography geography = fixture();

        assertEquals(List.of("E07000071", "E08000030", "W06000006"),
                geography.localAuthorities().stream().map(Area::code).toList());
        // Walsall and Wrexham were re-warded after 2016: only the new codes are current.
        assertEquals(List.of("E05010827", "E05010828", "E05010829", "E05010830",
                        "E05016433", "E05016434", "E05016435", "W05001713", "W05001714", "W05001715"),
                geography.smallAreas().stream().map(Area::code).toList());
        assertEquals("Beechdale, Leamore & Reedswood", geography.smallAreas().get(6).name());
    }

    @Test
    void writesFilesTheIngestAccepts(@TempDir Path folder) throws Exception {
        SyntheticData.Summary summary = SyntheticData.write(fixture(), folder.resolve("data"));

        assertEquals(2 + 3 + 10, summary.areas());
        assertEquals(20, Files.list(folder.resolve("data/observations")).count());
        assertTrue(summary.observationRows() > 20 * 10 * 5, "a row per ward, authority and period");
        try (LocalStore store = LocalStore.inMemory(Uris.of(Uris.DEFAULT_BASE))) {
            IngestReport report = new IngestService(store).ingest(InputFolder.collect(List.of(folder.resolve("data")), null, null));
            assertEquals(22, report.datasets().size());
        }
    }

    @Test
    void sameSeedSameFiles(@TempDir Path folder) throws Exception {
        SyntheticData.write(fixture(), folder.resolve("a"));
        SyntheticData.write(fixture(), folder.resolve("b"));

        Path file = Path.of("observations", "hate-crime-reports.csv");
        assertEquals(Files.readString(folder.resolve("a").resolve(file)), Files.readString(folder.resolve("b").resolve(file)));
    }
}
