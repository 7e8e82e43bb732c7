package org.opencohesion.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.rdf.store.Store;

/**
 * Disclosure control through the whole ingest: what reaches the store. Areas used here are the
 * samples' Walsall wards (E05016433..E05016452, children of E08000030).
 */
class DisclosureControlTest {
    private static final String WARD_A = "E05016433";
    private static final String WARD_B = "E05016434";
    private static final String WARD_C = "E05016435";
    private static final String WARD_D = "E05016436";
    private static final String WALSALL = "E08000030";

    private static Store ingest(String indicatorRow, String observations) {
        Store store = Samples.loadedStore();
        String indicators = "id,label,measure,disclosure_threshold,rounding\n" + indicatorRow + "\n";
        new IngestService(store).ingest(List.of(
                new InputFile("indicators-test.csv", indicators.getBytes(StandardCharsets.UTF_8), InputKind.INDICATORS, "indicators-test"),
                new InputFile("observations/test-indicator.csv", observations.getBytes(StandardCharsets.UTF_8), InputKind.OBSERVATIONS, "test-indicator")));
        return store;
    }

    /** area → value ("" when the cell is empty) and status for the test indicator. */
    private static Map<String, String[]> cells(Store store) {
        Map<String, String[]> out = new HashMap<>();
        for (QuerySolution r : Samples.select(store, """
                SELECT ?area ?value ?status {
                  ?cell coh:refArea ?a ; coh:obsStatus ?s .
                  { ?cell qb:dataSet <http://localhost:8080/id/indicator/test-indicator> } UNION { ?cell coh:cellOf <http://localhost:8080/id/indicator/test-indicator> }
                  ?a skos:notation ?area .
                  OPTIONAL { ?cell coh:value ?v }
                  BIND(COALESCE(STR(?v), "") AS ?value)
                  BIND(STRAFTER(STR(?s), "/obs-status/") AS ?status)
                }""")) {
            out.put(r.getLiteral("area").getString(), new String[] {r.getLiteral("value").getString(), r.getLiteral("status").getString()});
        }
        // observations with no status: published as given
        for (QuerySolution r : Samples.select(store, """
                SELECT ?area ?v {
                  ?cell qb:dataSet <http://localhost:8080/id/indicator/test-indicator> ; coh:refArea/skos:notation ?area ; coh:value ?v .
                  FILTER NOT EXISTS { ?cell coh:obsStatus ?s }
                }""")) {
            out.put(r.getLiteral("area").getString(), new String[] {r.getLiteral("v").getLexicalForm(), "published"});
        }
        return out;
    }

    /** Every literal in the indicator's graph: a suppressed raw value must be none of them. */
    private static List<String> literalsInGraph(Store store) {
        return Samples.select(store, "SELECT ?o { GRAPH <http://localhost:8080/graph/test-indicator> { ?s ?p ?o FILTER isLiteral(?o) } }")
                .stream().map(r -> r.getLiteral("o").getLexicalForm()).toList();
    }

    @ParameterizedTest(name = "count {0} below threshold 5 is suppressed and stored nowhere")
    @ValueSource(ints = {1, 2, 3, 4})
    void smallCountsAreSuppressedAndAbsentFromEveryTriple(int small) {
        try (Store store = ingest("test-indicator,Test,count,5,1",
                "area,period,value\n" + WARD_A + ",2021," + small + "\n" + WARD_B + ",2021,0\n" + WARD_C + ",2021,5\n")) {
            Map<String, String[]> cells = cells(store);
            assertEquals("", cells.get(WARD_A)[0]);
            assertEquals("suppressed", cells.get(WARD_A)[1]);
            assertEquals("0", cells.get(WARD_B)[0], "zero is not disclosive and is published");
            assertEquals("5", cells.get(WARD_C)[0], "the threshold itself is published");
            assertFalse(literalsInGraph(store).contains(Integer.toString(small)));
        }
    }

    @Test
    void thresholdZeroDisablesSuppression() {
        try (Store store = ingest("test-indicator,Test,count,0,1", "area,period,value\n" + WARD_A + ",2021,1\n")) {
            assertEquals("1", cells(store).get(WARD_A)[0]);
        }
    }

    @Test
    void countsAreRoundedAfterSuppression() {
        try (Store store = ingest("test-indicator,Test,count,5,5",
                "area,period,value\n" + WARD_A + ",2021,22\n" + WARD_B + ",2021,23\n" + WARD_C + ",2021,4\n" + WARD_D + ",2021,7\n")) {
            Map<String, String[]> cells = cells(store);
            assertEquals("20", cells.get(WARD_A)[0]);
            assertEquals("25", cells.get(WARD_B)[0]);
            assertEquals("suppressed", cells.get(WARD_C)[1], "4 is suppressed, not rounded up to 5");
            assertEquals("5", cells.get(WARD_D)[0]);
            assertFalse(literalsInGraph(store).contains("22"));
            assertFalse(literalsInGraph(store).contains("23"));
        }
    }

    @Test
    void secondarySuppressionHidesTheSmallestPublishedSibling() {
        try (Store store = ingest("test-indicator,Test,count,5,1", "area,period,value\n"
                + WALSALL + ",2021,60\n" + WARD_A + ",2021,3\n" + WARD_B + ",2021,30\n" + WARD_C + ",2021,9\n" + WARD_D + ",2021,18\n")) {
            Map<String, String[]> cells = cells(store);
            assertEquals("suppressed", cells.get(WARD_A)[1]);
            assertEquals("suppressed", cells.get(WARD_C)[1], "9 is the smallest published sibling");
            assertEquals("30", cells.get(WARD_B)[0]);
            assertEquals("18", cells.get(WARD_D)[0]);
            assertEquals("60", cells.get(WALSALL)[0]);
            assertFalse(literalsInGraph(store).contains("9"));
        }
    }

    @Test
    void secondarySuppressionPassesOverZeroSiblings() {
        try (Store store = ingest("test-indicator,Test,count,5,1", "area,period,value\n"
                + WALSALL + ",2021,40\n" + WARD_A + ",2021,2\n" + WARD_B + ",2021,0\n" + WARD_C + ",2021,38\n")) {
            Map<String, String[]> cells = cells(store);
            assertEquals("0", cells.get(WARD_B)[0], "hiding a zero would hide nothing");
            assertEquals("suppressed", cells.get(WARD_C)[1]);
        }
    }

    @Test
    void parentIsSuppressedWhenNoSiblingCanBe() {
        try (Store store = ingest("test-indicator,Test,count,5,1", "area,period,value\n"
                + WALSALL + ",2021,2\n" + WARD_A + ",2021,2\n" + WARD_B + ",2021,0\n")) {
            // The parent (2) is itself small here; use a bigger one that equals the hidden child.
            assertEquals("suppressed", cells(store).get(WALSALL)[1]);
        }
        try (Store store = ingest("test-indicator,Test,count,5,1", "area,period,value\n"
                + WALSALL + ",2021,7\n" + WARD_A + ",2021,3\n" + WARD_B + ",2021,0\n")) {
            assertEquals("suppressed", cells(store).get(WARD_A)[1]);
            assertEquals("suppressed", cells(store).get(WALSALL)[1], "parent − zero siblings would give the hidden 3");
            assertFalse(literalsInGraph(store).contains("7"));
        }
    }

    @Test
    void secondarySuppressionIsPerPeriod() {
        try (Store store = ingest("test-indicator,Test,count,5,1", "area,period,value\n"
                + WALSALL + ",2021,50\n" + WARD_A + ",2021,3\n" + WARD_B + ",2021,47\n"
                + WALSALL + ",2022,50\n" + WARD_A + ",2022,25\n" + WARD_B + ",2022,25\n")) {
            long suppressed = Samples.select(store,
                    "SELECT ?c { ?c coh:cellOf <http://localhost:8080/id/indicator/test-indicator> }").size();
            assertEquals(2, suppressed, "2021: the small ward and its sibling; 2022: nothing");
        }
    }

    @Test
    void percentagesWithSmallNumeratorsAreSuppressedAndRatiosNeverStored() {
        try (Store store = ingest("test-indicator,Test,percentage,10,1", "area,period,value,numerator,denominator\n"
                + WARD_A + ",2021,37.5,3,8\n" + WARD_B + ",2021,62.5,25,40\n" + WARD_C + ",2021,55.0,,\n")) {
            Map<String, String[]> cells = cells(store);
            assertEquals("suppressed", cells.get(WARD_A)[1]);
            assertEquals("62.5", cells.get(WARD_B)[0]);
            assertEquals("55.0", cells.get(WARD_C)[0], "no numerator, nothing to suppress on");
            List<String> literals = literalsInGraph(store);
            assertFalse(literals.contains("37.5"));
            assertFalse(literals.contains("3"));
            assertFalse(literals.contains("8"));
            assertFalse(literals.contains("25"), "numerators are never published");
            assertFalse(literals.contains("40"), "denominators are never published");
        }
    }

    @Test
    void notAvailableCellsStayEmptyWithTheirStatus() {
        try (Store store = ingest("test-indicator,Test,count,5,1",
                "area,period,value,status\n" + WARD_A + ",2021,,not-available\n" + WARD_B + ",2021,12,provisional\n")) {
            Map<String, String[]> cells = cells(store);
            assertEquals("not-available", cells.get(WARD_A)[1]);
            assertEquals("", cells.get(WARD_A)[0]);
            assertEquals("provisional", cells.get(WARD_B)[1]);
            assertTrue(cells.get(WARD_B)[0].equals("12"));
        }
    }
}
