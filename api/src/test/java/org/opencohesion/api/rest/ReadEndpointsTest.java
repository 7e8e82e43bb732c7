package org.opencohesion.api.rest;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.api.TestSamples;

/** Every read endpoint and parameter over real HTTP, each exchange checked against openapi.yaml. */
class ReadEndpointsTest {
    private static final String OBSERVATIONS = "/api/v1/indicators/hate-crime-reports/observations";
    @TempDir
    static Path temp;
    private static RestFixture rest;

    @BeforeAll
    static void start() {
        rest = new RestFixture(temp);
    }

    @AfterAll
    static void stop() {
        rest.close();
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/areas, 7", "/api/v1/areas?level=ward&sort=-name, 13", "/api/v1/partnerships, 2", "/api/v1/plans, 1",
            "/api/v1/assets, 2", "/api/v1/indicators, 1", OBSERVATIONS + ", 10", OBSERVATIONS + "?sort=-value, 9",
            "/api/v1/datasets?sort=-modified, 3"})
    void pagingWalksTheWholeListAndVisitsEveryItemOnce(String path, int pageSize) {
        List<Object> walked = rest.walk(path, pageSize).stream().map(i -> i.get("uri")).toList();
        JsonPath all = rest.api().get(path + (path.contains("?") ? "&" : "?") + "limit=1000").then().statusCode(200).extract().jsonPath();
        assertEquals(all.getList("items.uri"), walked, "the pages, joined, are the whole list in the same order");
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no item twice");
        assertEquals(all.getInt("page.total"), walked.size());
        assertTrue(walked.size() > pageSize, "the walk crossed pages");
    }

    @Test
    void pagesCarryLinksInTheBodyAndTheLinkHeader() {
        rest.api().get("/api/v1/areas?level=ward&limit=5&offset=5").then()
                .statusCode(200)
                .header("X-Total-Count", equalTo(String.valueOf(rest.api().get("/api/v1/areas?level=ward").jsonPath().getInt("page.total"))))
                .header("Link", org.hamcrest.Matchers.containsString("</api/v1/areas?level=ward&limit=5&offset=10>; rel=\"next\""))
                .header("Link", org.hamcrest.Matchers.containsString("</api/v1/areas?level=ward&limit=5>; rel=\"prev\""))
                .body("links.self", equalTo("/api/v1/areas?level=ward&limit=5&offset=5"))
                .body("links.prev", equalTo("/api/v1/areas?level=ward&limit=5"))
                .body("page.limit", equalTo(5))
                .body("page.offset", equalTo(5));
        rest.api().get("/api/v1/areas?offset=100000").then().statusCode(200).body("items", empty()).body("links.next", equalTo(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/areas|code,name,name_cy,level,parent_code,parent_name,same_as,uri",
            "/api/v1/partnerships|id,name,area_code,area_name,lead,members,website,established,uri",
            "/api/v1/plans|id,title,partnership_id,partnership_name,area_code,area_name,published,start,end,themes,source,uri",
            "/api/v1/assets|id,name,type,description,area_code,area_name,latitude,longitude,website,provider,partnership_id,added,distance_km,uri",
            "/api/v1/indicators|id,label,description,measure,unit,theme,source,disclosure_threshold,rounding,uri",
            "/api/v1/indicators/people-get-on-well/observations|indicator,area_code,area_name,period,period_start,period_end,value,status,uri",
            "/api/v1/datasets|id,title,kind,issued,modified,rows,triples,source_file,source_sha256,uri"})
    void csvHasTheDocumentedColumnsAndTheSameRowsAsJson(String path, String header) throws IOException {
        List<Object> json = rest.api().get(path + "?limit=1000").jsonPath().getList("items.uri");
        String csv = new String(rest.api().accept("text/csv").get(path + "?limit=1000").then()
                .statusCode(200).contentType(startsWith("text/csv")).header("Vary", startsWith("Accept"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertEquals(List.of(header.split(",")), csv.lines().findFirst().map(l -> List.of(l.split(","))).orElseThrow());
        assertEquals(json, rows.stream().map(r -> r.get("uri")).toList());
        assertTrue(csv.contains("\r\n"), "RFC 4180 line ends");
        String viaFormat = new String(rest.api().get(path + "?limit=1000&format=csv").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(csv, viaFormat);
    }

    @Test
    void csvValuesMatchJsonFieldByField() throws IOException {
        JsonPath json = rest.api().get(OBSERVATIONS + "?limit=1000").jsonPath();
        String csv = new String(rest.api().get(OBSERVATIONS + "?limit=1000&format=csv").asByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        List<Map<String, Object>> items = json.getList("items");
        assertEquals(items.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> item = items.get(i);
            CSVRecord row = rows.get(i);
            assertEquals(item.get("period"), row.get("period"));
            assertEquals(((Map<?, ?>) item.get("area")).get("code"), row.get("area_code"));
            assertEquals(item.get("status"), row.get("status"));
            assertEquals(item.containsKey("value") ? new java.math.BigDecimal(item.get("value").toString()).toPlainString() : "", row.get("value"));
        }
    }

    @Test
    void aByteOrderMarkOnlyWhenAsked() {
        byte[] plain = rest.api().get("/api/v1/indicators?format=csv").asByteArray();
        byte[] marked = rest.api().get("/api/v1/indicators?format=csv&bom=true").asByteArray();
        byte[] json = rest.api().get("/api/v1/indicators?bom=true").asByteArray();
        assertEquals('i', plain[0]);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(marked[0], marked[1], marked[2]));
        assertEquals('{', json[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/areas?sort=name|items.name|text|false",
            "/api/v1/areas?sort=-name|items.name|text|true",
            "/api/v1/areas?sort=-code|items.code|text|true",
            "/api/v1/partnerships?sort=-name|items.name|text|true",
            "/api/v1/plans?sort=title|items.title|text|false",
            "/api/v1/plans?sort=-published|items.published|text|true",
            "/api/v1/assets?sort=-name|items.name|text|true",
            "/api/v1/assets?sort=type|items.type|text|false",
            "/api/v1/indicators?sort=-label|items.label|text|true",
            "/api/v1/datasets?sort=modified|items.modified|text|false",
            OBSERVATIONS + "?sort=value|items.value|number|false",
            OBSERVATIONS + "?sort=-value|items.value|number|true",
            OBSERVATIONS + "?sort=-period|items.periodStart|text|true"})
    void sortOrdersHold(String path, String field, String type, boolean descending) {
        List<Object> values = rest.api().get(path + "&limit=1000").then().statusCode(200).extract().jsonPath().getList(field);
        List<Object> present = values.stream().filter(java.util.Objects::nonNull).toList();
        assertTrue(present.size() > 1, "something to sort");
        Comparator<Object> order = type.equals("number")
                ? Comparator.comparingDouble(v -> ((Number) v).doubleValue())
                : Comparator.comparing(v -> v.toString().toLowerCase(java.util.Locale.ROOT));
        List<Object> sorted = new ArrayList<>(present);
        sorted.sort(descending ? order.reversed() : order);
        assertEquals(sorted, present);
        int firstNull = values.indexOf(null);
        if (firstNull >= 0) {
            assertTrue(values.subList(firstNull, values.size()).stream().allMatch(java.util.Objects::isNull), "missing values sort last");
        }
    }

    @Test
    void areaFiltersAndDetail() {
        rest.api().get("/api/v1/areas?level=ward&limit=1000").then().statusCode(200).body("items.level", everyItem(equalTo("ward")));
        rest.api().get("/api/v1/areas?parent=W06000006&limit=1000").then().statusCode(200)
                .body("items.parent.code", everyItem(equalTo("W06000006")))
                .body("items.code", hasItem("W05001714"));
        rest.api().get("/api/v1/areas?q=WREX").then().body("items.code", hasItem("W06000006"));
        rest.api().get("/api/v1/areas?q=wrecsam").then().body("items.code", equalTo(List.of("W06000006")));
        JsonPath wrexham = rest.api().get("/api/v1/areas/W06000006").then().statusCode(200)
                .body("name", equalTo("Wrexham")).body("nameCy", equalTo("Wrecsam"))
                .body("parent.code", equalTo("W92000004"))
                .body("sameAs", equalTo("http://statistics.data.gov.uk/id/statistical-geography/W06000006"))
                .extract().jsonPath();
        int children = rest.api().get("/api/v1/areas?parent=W06000006").jsonPath().getInt("page.total");
        assertEquals(children, wrexham.getList("children").size());
        assertEquals(children, wrexham.getInt("counts.childAreas"));
        assertEquals(rest.api().get("/api/v1/assets?area=W06000006").jsonPath().getInt("page.total"), wrexham.getInt("counts.assets"));
        assertEquals(rest.api().get("/api/v1/partnerships?area=W06000006").jsonPath().getInt("page.total"), wrexham.getInt("counts.partnerships"));
        assertEquals(rest.api().get("/api/v1/plans?area=W06000006").jsonPath().getInt("page.total"), wrexham.getInt("counts.plans"));
        assertTrue(wrexham.getInt("counts.assets") > 0);
    }

    @Test
    void filtersTakeInAreasInsideTheAreaAndCompose() {
        List<String> walesAssets = rest.api().get("/api/v1/assets?area=W92000004&limit=1000").jsonPath().getList("items.area.code");
        assertFalse(walesAssets.isEmpty());
        assertTrue(walesAssets.stream().allMatch(c -> c.startsWith("W")), "a country's assets are those of areas inside it");
        rest.api().get("/api/v1/assets?area=W92000004&type=community-association&limit=1000").then().statusCode(200)
                .body("items.type", everyItem(equalTo("community-association")))
                .body("items.area.code", everyItem(startsWith("W")));
        rest.api().get("/api/v1/partnerships?area=W92000004").then().body("items.id", hasItem("wrexham-community-cohesion"));
        rest.api().get("/api/v1/plans?theme=hate-crime").then().body("items.themes", everyItem(hasItem("hate-crime"))).body("items.id", hasItem("walsall-for-all"));
        rest.api().get("/api/v1/plans?partnership=walsall-for-all").then().body("items.id", equalTo(List.of("walsall-for-all")));
        rest.api().get("/api/v1/plans?q=welcome pack").then().body("items.id", equalTo(List.of("walsall-for-all")));
        rest.api().get("/api/v1/assets?partnership=wrexham-community-cohesion").then().body("items.partnership.id", everyItem(equalTo("wrexham-community-cohesion")));
        rest.api().get("/api/v1/indicators?measure=percentage").then().body("items.measure", everyItem(equalTo("percentage"))).body("items", not(empty()));
        rest.api().get("/api/v1/indicators?theme=hate-crime&q=HATE").then().body("items.id", equalTo(List.of("hate-crime-reports")));
        rest.api().get("/api/v1/datasets?kind=observations").then().body("items", hasSize(3)).body("items.kind", everyItem(equalTo("observations")));
    }

    @Test
    void distanceSearchListsTheNearestFirstWithinTheRadius() {
        JsonPath near = rest.api().get("/api/v1/assets?near=53.046,-2.993&radius_km=5&limit=1000").then().statusCode(200).extract().jsonPath();
        List<Float> km = near.getList("items.distanceKm", Float.class);
        assertFalse(km.isEmpty());
        assertEquals(km.stream().sorted().toList(), km);
        assertTrue(km.stream().allMatch(d -> d <= 5));
        int all = rest.api().get("/api/v1/assets?near=53.046,-2.993").jsonPath().getInt("page.total");
        assertTrue(all > km.size(), "the radius leaves out far assets");
        rest.api().get("/api/v1/assets?near=53.046,-2.993&sort=-distance&limit=1").then().body("items[0].distanceKm", org.hamcrest.Matchers.greaterThan(5f));
    }

    @Test
    void observationSortsOnSeveralKeysAreTotalOrders_aRepeatedFieldChangesNothing() {
        List<Map<String, Object>> items = rest.api().get(OBSERVATIONS + "?sort=-period,-value&limit=1000").jsonPath().getList("items");
        Comparator<Map<String, Object>> byPeriodDesc = Comparator.comparing((Map<String, Object> o) -> o.get("periodStart").toString()).reversed();
        Comparator<Map<String, Object>> valueDescNullsLast = Comparator.comparing((Map<String, Object> o) -> o.get("value") == null)
                .thenComparing(o -> o.get("value") == null ? 0 : -((Number) o.get("value")).doubleValue());
        List<Map<String, Object>> expected = new ArrayList<>(items);
        expected.sort(byPeriodDesc.thenComparing(valueDescNullsLast).thenComparing(o -> ((Map<?, ?>) o.get("area")).get("uri").toString()));
        assertEquals(expected.stream().map(o -> o.get("id")).toList(), items.stream().map(o -> o.get("id")).toList());
        assertEquals(rest.api().get(OBSERVATIONS + "?sort=area&limit=1000").jsonPath().getList("items.id"),
                rest.api().get(OBSERVATIONS + "?sort=area,-area&limit=1000").jsonPath().getList("items.id"));
        assertEquals(rest.api().get(OBSERVATIONS + "?limit=1000").jsonPath().getList("items.id"),
                rest.api().get(OBSERVATIONS + "?sort=area,period&limit=1000").jsonPath().getList("items.id"), "the default order");
    }

    @Test
    void observationFiltersCompose() {
        rest.api().get(OBSERVATIONS + "?area=W06000006&period=2023&limit=1000").then().statusCode(200)
                .body("items.period", everyItem(equalTo("2023")))
                .body("items.area.code", hasItem("W06000006"))
                .body("items.area.code", hasItem("W05001714"));
        rest.api().get(OBSERVATIONS + "?area=W06000006&level=ward&from=2022&limit=1000").then().statusCode(200)
                .body("items.area.code", not(hasItem("W06000006")))
                .body("items.periodStart", everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo("2022-01-01")));
        rest.api().get(OBSERVATIONS + "?to=2021&limit=1000").then().body("items.period", everyItem(equalTo("2021")));
        rest.api().get("/api/v1/indicators/people-get-on-well/observations?period=2022/23").then().statusCode(200)
                .body("items.period", everyItem(equalTo("2022/23"))).body("items", not(empty()));
        rest.api().get(OBSERVATIONS + "?area=E92000001&limit=1000").then().statusCode(200).body("items.area.code", everyItem(startsWith("E")));
    }

    @Test
    void suppressedValuesNeverAppear() {
        for (String indicator : rest.api().get("/api/v1/indicators").jsonPath().getList("items.id", String.class)) {
            String path = "/api/v1/indicators/" + indicator + "/observations";
            for (Map<String, Object> o : rest.walk(path, 200)) {
                if (List.of("suppressed", "not-available").contains(o.get("status"))) {
                    assertFalse(o.containsKey("value"), () -> "a " + o.get("status") + " cell with a value: " + o);
                }
            }
            String csv = rest.api().get(path + "?format=csv&limit=1000").asString();
            csv.lines().skip(1).filter(l -> l.contains(",suppressed,")).forEach(l -> assertTrue(l.contains(",,suppressed,"), l));
        }
        // 2 hate crimes in Acton and Maesydre in 2021: below the threshold of 5
        rest.api().get(OBSERVATIONS + "?area=W05001714&period=2021").then()
                .body("items[0].status", equalTo("suppressed"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("value")));
    }

    @Test
    void aPlanNestsItsPrioritiesInTheOrderThePlanGivesThem() throws IOException {
        JsonNode file = new ObjectMapper().readTree(TestSamples.samples().resolve("plans/walsall-for-all.json").toFile());
        List<String> priorities = new ArrayList<>();
        file.get("priorities").forEach(p -> priorities.add(p.get("id").asText()));
        JsonPath plan = rest.api().get("/api/v1/plans/walsall-for-all").then().statusCode(200)
                .body("partnership.id", equalTo("walsall-for-all"))
                .body("area.code", equalTo("E08000030"))
                .body("period.start", equalTo("2019-04-01"))
                .extract().jsonPath();
        assertEquals(priorities, plan.getList("priorities.id"));
        List<String> actions = new ArrayList<>();
        file.get("priorities").get(0).get("actions").forEach(a -> actions.add(a.get("id").asText()));
        assertEquals(actions, plan.getList("priorities[0].actions.id"));
        assertTrue(plan.getList("priorities.outcomes.indicators.id").toString().contains("hate-crime-reports"),
                "outcomes carry the indicators that measure them");
        rest.api().get("/api/v1/partnerships/walsall-for-all").then().statusCode(200).body("plans.id", hasItem("walsall-for-all"));
    }

    @Test
    void anIndicatorTellsWhatItCovers() {
        rest.api().get("/api/v1/indicators/hate-crime-reports").then().statusCode(200)
                .body("measure", equalTo("count")).body("disclosureThreshold", equalTo(5))
                .body("coverage.periods.period", equalTo(List.of("2021", "2022", "2023")))
                .body("coverage.levels", hasItem("ward"))
                .body("coverage.observations", equalTo(rest.api().get(OBSERVATIONS).jsonPath().getInt("page.total")))
                .body("coverage.withValue", lessThanOrEqualTo(rest.api().get(OBSERVATIONS).jsonPath().getInt("page.total")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/areas/X99999999", "/api/v1/partnerships/nope", "/api/v1/plans/nope", "/api/v1/assets/nope",
            "/api/v1/indicators/nope", "/api/v1/indicators/nope/observations", "/api/v1/datasets/nope"})
    void unknownIdsAre404Problems(String path) {
        rest.api().get(path).then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/areas?limit=0, limit", "/api/v1/areas?limit=1001, limit", "/api/v1/areas?limit=ten, limit",
            "/api/v1/areas?offset=-1, offset", "/api/v1/areas?sort=population, sort", "/api/v1/areas?level=parish, level",
            "/api/v1/areas?parent=X1, parent", "/api/v1/areas?levl=ward, levl", "/api/v1/areas?format=xml, format",
            "/api/v1/areas?bom=yes, bom", "/api/v1/areas?limit=1&limit=2, limit",
            "/api/v1/partnerships?area=nowhere, area", "/api/v1/plans?theme=cake, theme", "/api/v1/plans?partnership=nope, partnership",
            "/api/v1/assets?type=castle, type", "/api/v1/assets?near=91;0, near", "/api/v1/assets?near=abc, near",
            "/api/v1/assets?radius_km=3, radius_km", "'/api/v1/assets?near=53,-3&radius_km=-1', radius_km",
            "/api/v1/assets?sort=distance, sort", "/api/v1/indicators?measure=vibes, measure",
            OBSERVATIONS + "?period=2023-13, period", OBSERVATIONS + "?from=last-year, from", OBSERVATIONS + "?to=soon, to",
            OBSERVATIONS + "?level=street, level", OBSERVATIONS + "?sort=colour, sort", "/api/v1/datasets?kind=pdf, kind",
            "/api/v1/areas/W06000006?format=csv, format", "/api/v1/areas/W06000006?limit=5, limit"})
    void invalidParametersAre400ProblemsNamingTheParameter(String path, String parameter) {
        rest.wrong().get(path).then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo(parameter)).body("status", equalTo(400));
    }

    @Test
    void unsupportedMediaTypesAre406() {
        rest.wrong().accept("application/xml").get("/api/v1/areas").then().statusCode(406).contentType("application/problem+json");
        rest.wrong().accept("text/csv").get("/api/v1/areas/W06000006").then().statusCode(406);
        rest.api().accept("text/csv;q=0.9, application/json;q=0.5").get("/api/v1/areas").then().statusCode(200).contentType(startsWith("text/csv"));
        rest.api().accept("text/html,application/xhtml+xml,*/*;q=0.8").get("/api/v1/areas").then().statusCode(200).contentType("application/json");
    }
}
