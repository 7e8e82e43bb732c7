package org.opencohesion.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencohesion.rdf.store.Store;

/** A wholly wrong file gives a readable answer: every error counted, the first hundred listed. */
class ErrorCapTest {
    @Test
    void errorsAreCollectedUpToTheCapAndAllCounted() {
        StringBuilder csv = new StringBuilder("id,name,type,area\n");
        for (int i = 0; i < 250; i++) {
            csv.append("asset-").append(i).append(",Asset ").append(i).append(",spaceship,W06000006\n");
        }
        try (Store store = Samples.loadedStore()) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new IngestService(store).ingest(List.of(
                    new InputFile("assets.csv", csv.toString().getBytes(StandardCharsets.UTF_8), InputKind.ASSETS, "assets"))));
            assertEquals(250, e.total());
            assertEquals(InputErrors.CAP, e.errors().size());
            assertEquals(2, e.errors().get(0).line());
            assertEquals(101, e.errors().get(99).line());
        }
    }
}
