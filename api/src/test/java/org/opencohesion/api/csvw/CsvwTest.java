package org.opencohesion.api.csvw;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencohesion.api.pages.PagesFixture;

/**
 * Every CSV extract and its CSV on the Web metadata: the {@code describedby} link resolves, the
 * document parses, names the CSV it describes, and its columns are the CSV's header in order;
 * every cell of the real CSV holds its column's datatype, required columns are never empty, and
 * primary keys are unique. Then the indicator downloads' own rules: suppression, layouts, files.
 */
class CsvwTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DESCRIBED_BY = Pattern.compile("<([^>]+)>; rel=\"describedby\"; type=\"application/csvm\\+json\"");
    private static final Pattern VARNAME = Pattern.compile("([A-Za-z0-9]|%[0-9A-F]{2})([A-Za-z0-9_]|%[0-9A-F]{2})*");
    private static final String DOWNLOAD = "/download/indicator/hate-crime-reports.csv";

    @TempDir
    static Path temp;
    private static PagesFixture site;

    @BeforeAll
    static void start() {
        site = new PagesFixture(temp);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** A CSV, the metadata its Link names, and the two checked against each other. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/areas?format=csv&limit=1000", "/api/v1/areas?level=ward&sort=-name&format=csv",
            "/api/v1/partnerships?format=csv", "/api/v1/plans?format=csv", "/api/v1/assets?near=53.04,-2.99&format=csv",
            "/api/v1/assets?format=csv&bom=true", "/api/v1/indicators?format=csv", "/api/v1/datasets?format=csv",
            "/api/v1/indicators/hate-crime-reports/observations?format=csv&limit=1000",
            "/api/v1/indicators/people-get-on-well/observations?format=csv",
            DOWNLOAD, DOWNLOAD + "?layout=long", "/download/indicator/anti-social-behaviour-incidents.csv",
            "/download/indicator/people-get-on-well.csv?layout=long"})
    void metadataDescribesTheCsvsActualColumnsAndEveryCellFitsItsDatatype(String csvPath) throws IOException {
        Response csv = site.request().get(csvPath);
        csv.then().statusCode(200).contentType(startsWith("text/csv"));
        String metadataPath = describedBy(csv.header("Link"));
        // the link carries the query as sent (already encoded): send it as it is
        Response meta = site.request().urlEncodingEnabled(false).get(metadataPath);
        meta.then().statusCode(200).contentType(startsWith(CsvwMetadata.MEDIA_TYPE)).header("ETag", org.hamcrest.Matchers.notNullValue());
        JsonNode doc = JSON.readTree(meta.asString());

        assertEquals("http://www.w3.org/ns/csvw", doc.get("@context").get(0).asText());
        assertFalse(doc.path("dc:title").asText().isBlank());
        assertEquals(CsvwMetadata.DEFAULT_LICENCE, doc.get("dc:license").get(0).get("@id").asText(), "the dataset's licence, OGL by default");
        if (!csvPath.startsWith("/api/v1/datasets")) {
            assertTrue(doc.get("dc:source").size() > 0, "names the datasets the rows come from");
            for (JsonNode source : doc.get("dc:source")) {
                assertTrue(source.get("@id").asText().startsWith(site.base + "/id/dataset/") || source.get("@id").asText().startsWith("http"));
            }
        }
        // the url, resolved against the metadata's own URL, is this very CSV
        URI csvUrl = URI.create(site.base + metadataPath).resolve(doc.get("url").asText());
        assertEquals(site.base, csvUrl.getScheme() + "://" + csvUrl.getAuthority());
        assertEquals(csv.asString(), fetch(csvUrl), "the metadata's url gives the same CSV");

        String body = csv.asString();
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
        List<String> header = records.get(0).toList();
        JsonNode columns = doc.get("tableSchema").get("columns");
        List<String> titles = new ArrayList<>();
        columns.forEach(c -> titles.add(c.get("titles").asText()));
        assertEquals(header, titles, "the columns are the CSV's header, in order");
        assertTrue(records.size() > 1, () -> csvPath + " has rows to check");

        Set<String> names = new HashSet<>();
        for (JsonNode c : columns) {
            assertTrue(VARNAME.matcher(c.get("name").asText()).matches(), () -> "not a CSVW name: " + c.get("name"));
            assertTrue(names.add(c.get("name").asText()), "names are unique");
            assertEquals("", c.get("null").asText());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).get("name").asText(), i);
        }
        List<Integer> key = new ArrayList<>();
        JsonNode pk = doc.get("tableSchema").get("primaryKey");
        (pk.isArray() ? pk : JSON.createArrayNode().add(pk)).forEach(k -> key.add(index.get(k.asText())));
        Set<List<String>> keys = new HashSet<>();
        for (CSVRecord row : records.subList(1, records.size())) {
            assertEquals(header.size(), row.size(), () -> "row " + row.getRecordNumber() + " has every column");
            for (int i = 0; i < columns.size(); i++) {
                JsonNode c = columns.get(i);
                String cell = row.get(i);
                if (cell.isEmpty()) {
                    assertFalse(c.get("required").asBoolean(), () -> c.get("titles") + " is required but empty in row " + row.getRecordNumber());
                    continue;
                }
                assertFits(c.get("datatype").asText(), cell, c.get("titles").asText());
            }
            List<String> k = key.stream().map(row::get).toList();
            assertTrue(keys.add(k), () -> "primary key " + k + " repeats in " + csvPath);
        }
    }

    @Test
    void theDefaultLocationOfTheWideDownloadsMetadataIsUrlPlusMetadataJson() throws IOException {
        // CSVW's default {+url}-metadata.json, for a processor that never saw the Link header
        JsonNode doc = JSON.readTree(site.request().get(DOWNLOAD + "-metadata.json").then().statusCode(200).extract().asString());
        assertEquals(DOWNLOAD, doc.get("url").asText());
        assertEquals("area_code", doc.get("tableSchema").get("primaryKey").asText());
    }

    @Test
    void suppressedFiguresAreEmptyWithTheirStatusInBothLayoutsAndTheLayoutsAgree() throws IOException {
        Map<List<String>, String[]> longCells = new HashMap<>();
        List<CSVRecord> longRows = parse(site.request().get(DOWNLOAD + "?layout=long").asString());
        assertEquals(List.of("area_code", "area_name", "period", "period_start", "period_end", "value", "status"), longRows.get(0).toList());
        int suppressed = 0;
        for (CSVRecord r : longRows.subList(1, longRows.size())) {
            if (r.get(6).equals("suppressed")) {
                assertEquals("", r.get(5), "a suppressed cell never has a value");
                suppressed++;
            }
            longCells.put(List.of(r.get(0), r.get(2)), new String[] {r.get(5), r.get(6)});
        }
        assertTrue(suppressed > 0, "the samples have suppressed cells");
        assertEquals("suppressed", longCells.get(List.of(PagesFixture.SCRIPT_WARD, "2022"))[1]);

        List<CSVRecord> wide = parse(site.request().get(DOWNLOAD).asString());
        List<String> header = wide.get(0).toList();
        assertEquals(List.of("area_code", "area_name", "area_level", "2021", "2022", "2023", "2021 status", "2022 status", "2023 status"), header);
        int cells = 0;
        for (CSVRecord r : wide.subList(1, wide.size())) {
            for (String period : List.of("2021", "2022", "2023")) {
                String value = r.get(header.indexOf(period));
                String status = r.get(header.indexOf(period + " status"));
                String[] expected = longCells.get(List.of(r.get(0), period));
                if (expected == null) {
                    assertEquals("", value + status, "no cell, nothing written");
                    continue;
                }
                cells++;
                assertEquals(expected[0], value, () -> r.get(0) + " " + period);
                assertEquals(expected[1].equals("normal") ? "" : expected[1], status, () -> r.get(0) + " " + period + " status");
            }
        }
        assertEquals(longRows.size() - 1, cells, "every figure of the long layout is in the wide one");
    }

    @Test
    void downloadsAreSpreadsheetSafeFilesWithValidators() {
        Response wide = site.request().get(DOWNLOAD);
        wide.then().statusCode(200).header("Content-Disposition", "attachment; filename=\"hate-crime-reports.csv\"")
                .header("Link", containsString("rel=\"describedby\""));
        byte[] bytes = wide.asByteArray();
        assertEquals(0xEF, bytes[0] & 0xff, "a byte-order mark, so spreadsheets read UTF-8");
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(body.contains("\r\n"), "CRLF line ends");
        assertTrue(body.contains("'" + PagesFixture.FORMULA_NAME), "a formula-looking name is neutralised");
        assertFalse(body.contains("," + PagesFixture.FORMULA_NAME), "and never written bare");
        site.request().get(DOWNLOAD + "?layout=long").then().header("Content-Disposition", containsString("hate-crime-reports-long.csv"));
        site.request().header("If-None-Match", wide.header("ETag")).get(DOWNLOAD).then().statusCode(304);
        site.request().head(DOWNLOAD).then().statusCode(200).header("ETag", wide.header("ETag"));
    }

    @Test
    void badDownloadRequestsAreProblems() {
        site.request().get(DOWNLOAD + "?layout=tall").then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo("layout"));
        site.request().get(DOWNLOAD + "?sort=area").then().statusCode(400).body("parameter", equalTo("sort"));
        site.request().get("/download/indicator/no-such-indicator.csv").then().statusCode(404).contentType("application/problem+json");
        site.request().get("/download/indicator/hate-crime-reports.xlsx").then().statusCode(404);
        site.request().get("/api/v1/indicators/no-such/observations.csv-metadata.json").then().statusCode(404);
    }

    @Test
    void jsonListsNameNoCsvMetadata() {
        String link = site.request().get("/api/v1/areas").header("Link");
        assertNotNull(link);
        assertFalse(link.contains("describedby"));
    }

    /** A GET of exactly this URI, as a CSVW processor would send it. */
    private static String fetch(URI uri) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String describedBy(String link) {
        assertNotNull(link, "a CSV response has a Link header");
        Matcher m = DESCRIBED_BY.matcher(link);
        assertTrue(m.find(), () -> "no describedby link in " + link);
        return m.group(1);
    }

    private static List<CSVRecord> parse(String body) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(body.startsWith("\uFEFF") ? body.substring(1) : body)).getRecords();
    }

    /** Parses a cell as its CSVW datatype; fails the test if it is not one. */
    static void assertFits(String datatype, String cell, String column) {
        try {
            switch (datatype) {
                case "string" -> { }
                case "anyURI" -> assertTrue(URI.create(cell).isAbsolute(), column + ": " + cell);
                case "date" -> LocalDate.parse(cell);
                case "datetime" -> {
                    assertTrue(cell.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"), column + ": " + cell);
                    OffsetDateTime.parse(cell);
                }
                case "integer" -> new BigInteger(cell);
                case "decimal" -> {
                    assertTrue(cell.matches("-?\\d+(\\.\\d+)?"), column + ": not an xsd:decimal: " + cell);
                    new BigDecimal(cell);
                }
                case "number" -> Double.parseDouble(cell);
                default -> throw new AssertionError(column + ": unexpected datatype " + datatype);
            }
        } catch (RuntimeException e) {
            throw new AssertionError(column + ": '" + cell + "' is not a " + datatype, e);
        }
    }
}
