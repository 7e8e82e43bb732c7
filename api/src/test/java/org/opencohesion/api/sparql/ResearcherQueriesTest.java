package org.opencohesion.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencohesion.api.TestSamples;
import org.opencohesion.rdf.Uris;

/**
 * The query page's examples, which are researchers' real questions, sent as YASGUI sends them and
 * answered as the sample files say they should be.
 */
class ResearcherQueriesTest {
    private static SparqlFixture sparql;
    private static Map<String, ExampleQueries.Example> examples;
    private static Path samples;

    @BeforeAll
    static void start() {
        sparql = SparqlFixture.shared();
        examples = new HashMap<>();
        ExampleQueries.load(sparql.store.uris()).forEach(e -> examples.put(e.name(), e));
        samples = TestSamples.samples();
    }

    static List<ExampleQueries.Example> allExamples() {
        return ExampleQueries.load(Uris.of(Uris.DEFAULT_BASE));
    }

    private static List<QuerySolution> run(String name) {
        Response r = sparql.http().header("Accept", "application/sparql-results+json,*/*;q=0.9")
                .formParam("query", examples.get(name).query()).post("/sparql").then().statusCode(200).extract().response();
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.asByteArray()), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(samples.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @ParameterizedTest
    @MethodSource("allExamples")
    void everyExampleAnswersOnTheSamples(ExampleQueries.Example example) {
        Response r = sparql.http().formParam("query", examples.get(example.name()).query()).formParam("format", "nt").post("/sparql");
        if (r.contentType().startsWith("application/n-triples")) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.asByteArray())).lang(Lang.NTRIPLES).parse(g);
            assertTrue(g.size() > 10, example.name());
        } else {
            // format=nt does not fit a SELECT: 406; ask again as a table
            assertEquals(406, r.statusCode(), example.name());
            assertTrue(run(example.name()).size() >= 3, example.name());
        }
    }

    /** Values 1 to threshold-1 are suppressed by disclosure control and have no value. */
    private static Map<String, Map<String, Integer>> published(String indicator) throws IOException {
        int threshold = csv("indicators.csv").stream().filter(r -> r.get("id").equals(indicator)).findFirst()
                .map(r -> Integer.parseInt(r.get("disclosure_threshold"))).orElseThrow();
        Map<String, Map<String, Integer>> byArea = new HashMap<>();
        for (CSVRecord r : csv("observations/" + indicator + ".csv")) {
            int value = (int) Math.round(Double.parseDouble(r.get("value")));
            if (value > 0 && value < threshold) {
                continue;
            }
            byArea.computeIfAbsent(r.get("area"), a -> new HashMap<>()).put(r.get("period"), value);
        }
        return byArea;
    }

    @Test
    void wardsWhereHateCrimeReportsRoseYearOnYear() throws IOException {
        Set<String> wards = new HashSet<>();
        for (CSVRecord a : csv("areas.csv")) {
            if (a.get("level").equals("ward")) {
                wards.add(a.get("code"));
            }
        }
        Set<String> expected = new HashSet<>();
        published("hate-crime-reports").forEach((area, values) -> {
            if (!wards.contains(area)) {
                return;
            }
            values.forEach((period, reports) -> {
                Integer previous = values.get(Integer.toString(Integer.parseInt(period) - 1));
                if (previous != null && reports > previous) {
                    expected.add(area + " " + period + " " + previous + "->" + reports);
                }
            });
        });
        Set<String> got = new HashSet<>();
        for (QuerySolution row : run("wards-where-hate-crime-rose")) {
            got.add(last(row.getResource("ward").getURI()) + " " + row.getLiteral("year").getInt() + " "
                    + row.getLiteral("previousReports").getInt() + "->" + row.getLiteral("reports").getInt());
            assertEquals(row.getLiteral("reports").getInt() - row.getLiteral("previousReports").getInt(), row.getLiteral("rise").getInt());
        }
        assertTrue(expected.size() > 10, "the samples have rises to find");
        assertEquals(expected, got);
    }

    @Test
    void assetsPerTypePerAuthority() throws IOException {
        Map<String, CSVRecord> areas = new HashMap<>();
        csv("areas.csv").forEach(a -> areas.put(a.get("code"), a));
        Map<String, Integer> expected = new HashMap<>();
        for (CSVRecord asset : csv("assets.csv")) {
            CSVRecord area = areas.get(asset.get("area"));
            while (!area.get("level").equals("local-authority")) {
                area = areas.get(area.get("parent"));
            }
            expected.merge(area.get("code") + " " + asset.get("type"), 1, Integer::sum);
        }
        Map<String, Integer> got = new HashMap<>();
        for (QuerySolution row : run("assets-per-type-per-authority")) {
            got.put(last(row.getResource("authority").getURI()) + " " + last(row.getResource("type").getURI()), row.getLiteral("assets").getInt());
        }
        assertEquals(expected, got);
    }

    /** The last day of a sample period: 2023, 2023-Q2 or 2021/22. */
    private static LocalDate periodEnd(String period) {
        if (period.matches("\\d{4}")) {
            return LocalDate.of(Integer.parseInt(period), 12, 31);
        }
        if (period.matches("\\d{4}-Q[1-4]")) {
            return LocalDate.of(Integer.parseInt(period.substring(0, 4)), Integer.parseInt(period.substring(6)) * 3, 1).plusMonths(1).minusDays(1);
        }
        if (period.matches("\\d{4}/\\d{2}")) {
            return LocalDate.of(Integer.parseInt(period.substring(0, 4)) + 1, 3, 31);
        }
        throw new IllegalArgumentException(period);
    }

    @Test
    void outcomesOfAPlanWithTheLatestValueOfEachLinkedIndicator() throws IOException {
        JsonNode plan = new ObjectMapper().readTree(samples.resolve("plans/walsall-for-all.json").toFile());
        String area = plan.get("area").asText();
        Map<String, String> labels = new HashMap<>();
        csv("indicators.csv").forEach(r -> labels.put(r.get("id"), r.get("label")));
        List<String> expected = new ArrayList<>();
        for (JsonNode priority : plan.get("priorities")) {
            for (JsonNode outcome : priority.get("outcomes")) {
                JsonNode indicators = outcome.get("indicators");
                if (indicators == null || indicators.isEmpty()) {
                    expected.add(outcome.get("text").asText() + " | - | -");
                    continue;
                }
                List<String> ids = new ArrayList<>();
                indicators.forEach(i -> ids.add(i.asText()));
                ids.sort(Comparator.comparing(labels::get));
                for (String id : ids) {
                    Optional<Map.Entry<String, Integer>> latest = published(id).getOrDefault(area, Map.of()).entrySet().stream()
                            .max(Comparator.comparing(e -> periodEnd(e.getKey())));
                    expected.add(outcome.get("text").asText() + " | " + labels.get(id) + " | "
                            + latest.map(e -> e.getKey() + "=" + e.getValue()).orElse("-"));
                }
            }
        }
        List<String> got = new ArrayList<>();
        for (QuerySolution row : run("plan-outcomes-latest-values")) {
            got.add(row.getLiteral("outcome").getString() + " | "
                    + (row.contains("indicatorName") ? row.getLiteral("indicatorName").getString() : "-") + " | "
                    + (row.contains("latestValue") ? row.getLiteral("latestPeriod").getString() + "=" + row.getLiteral("latestValue").getInt() : "-"));
        }
        assertEquals(expected, got);
        assertTrue(got.stream().anyMatch(r -> r.endsWith("Anti-social behaviour incidents | 2023-Q4=54")), got.toString());
    }
}
