package org.opencohesion.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;

/**
 * An observations file larger than one shape-check batch, streamed into the store: a bad row far
 * down is reported by its line and changes nothing, and small counts are never stored.
 * One store for all tests: the only write they try is refused and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamedObservationsTest {
    private static final int AREAS = 3_000;
    private static final int PERIODS = 10;
    /** The data row that is broken: far past the first shape-check batch of 20,000 cells. */
    private static final int BROKEN_ROW = 27_345;

    private Store store;

    @AfterAll
    void close() {
        store.close();
    }

    @BeforeAll
    void load() {
        store = LocalStore.inMemory(Samples.URIS);
        StringBuilder areas = new StringBuilder("code,name,level,parent\nE92000001,England,country,\nE06000001,Hartlepool,local-authority,E92000001\n");
        for (int a = 1; a <= AREAS; a++) {
            areas.append(lsoa(a)).append(",Hartlepool ").append(a).append(",lsoa,E06000001\n");
        }
        new IngestService(store).ingest(List.of(
                file("areas.csv", InputKind.AREAS, "areas", areas.toString()),
                file("indicators.csv", InputKind.INDICATORS, "indicators",
                        "id,label,measure\nhate-crime-reports,Hate crime reports,count\n"),
                file("observations/hate-crime-reports.csv", InputKind.OBSERVATIONS, "hate-crime-reports", observations(-1))));
    }

    private static String lsoa(int a) {
        return String.format("E01%06d", a);
    }

    /** A row per area and year; {@code brokenRow} (1-based, data rows only) gets a negative count. */
    private static String observations(int brokenRow) {
        StringBuilder csv = new StringBuilder("area,period,value\n");
        int row = 0;
        for (int a = 1; a <= AREAS; a++) {
            for (int p = 0; p < PERIODS; p++) {
                row++;
                int value = row == brokenRow ? -4 : (a + p) % 40;
                csv.append(lsoa(a)).append(',').append(2015 + p).append(',').append(value).append('\n');
            }
        }
        return csv.toString();
    }

    private static InputFile file(String name, InputKind kind, String id, String content) {
        return new InputFile(name, content.getBytes(StandardCharsets.UTF_8), kind, id);
    }

    @Test
    void theReportedTriplesAreTheStoredTriples() {
        long stored = Samples.select(store, "SELECT (COUNT(*) AS ?n) { GRAPH <" + Samples.URIS.datasetGraph("hate-crime-reports")
                + "> { ?s ?p ?o } }").get(0).getLiteral("n").getLong();
        long recorded = Samples.select(store, "SELECT ?n { ?d <http://rdfs.org/ns/void#triples> ?n ; "
                + "<http://purl.org/dc/terms/identifier> 'hate-crime-reports' }").get(0).getLiteral("n").getLong();
        assertEquals(recorded, stored);
        assertTrue(stored > AREAS * PERIODS * 5L, "five or more triples per cell");
    }

    @Test
    void aBrokenRowFarDownIsReportedByItsLineAndChangesNothing() {
        String before = Samples.canonicalDump(store);
        long generation = store.generation();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new IngestService(store).ingest(List.of(
                file("observations/hate-crime-reports.csv", InputKind.OBSERVATIONS, "hate-crime-reports", observations(BROKEN_ROW)))));

        assertEquals(1, refused.errors().size(), refused.errors()::toString);
        InputError error = refused.errors().get(0);
        assertEquals("observations/hate-crime-reports.csv", error.file());
        assertEquals(BROKEN_ROW + 1, error.line(), "the header is line 1");
        assertEquals("value", error.field());
        assertEquals(generation, store.generation());
        assertEquals(before, Samples.canonicalDump(store));
    }

    @Test
    void smallCountsAreStoredAsSuppressedCellsWithoutAValue() {
        // (a + p) % 40 between 1 and 4 is below the default threshold of 5.
        List<?> leaked = Samples.select(store, "SELECT ?c { ?c <" + Samples.URIS.coh().value.getURI() + "> ?v FILTER(?v > 0 && ?v < 5) }");
        assertEquals(List.of(), leaked);
        long suppressed = Samples.select(store, "SELECT (COUNT(*) AS ?n) { ?c <" + Samples.URIS.coh().obsStatus.getURI() + "> ?s "
                + "FILTER(STRENDS(STR(?s), '/suppressed')) }").get(0).getLiteral("n").getLong();
        assertTrue(suppressed >= AREAS * PERIODS * 4L / 40, "at least every small count: " + suppressed);
    }
}
