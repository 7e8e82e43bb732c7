package org.opencohesion.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencohesion.rdf.store.Store;

/**
 * The input corpus ({@code src/test/resources/corpus}, see its README): every broken batch is
 * refused with exactly the listed errors and leaves the store byte-for-byte as it was; every
 * tricky-but-valid batch ingests with the listed row counts.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static Store shared;
    private static String before;

    @BeforeAll
    static void load() {
        shared = Samples.loadedStore();
        before = Samples.canonicalDump(shared);
    }

    @AfterAll
    static void close() {
        shared.close();
    }

    record Expected(String file, String line, String column, String field, String code) {
        boolean matches(InputError e) {
            return e.code().equals(code) && e.file().equals(file)
                    && (line.isEmpty() ? e.line() == null : Integer.valueOf(line).equals(e.line()))
                    && (column.isEmpty() || Integer.valueOf(column).equals(e.column()))
                    && (field.isEmpty() || field.equals(e.field()));
        }
    }

    static Stream<Arguments> brokenCases() throws IOException {
        Map<String, List<Expected>> cases = new LinkedHashMap<>();
        for (CSVRecord r : manifest("broken.csv")) {
            cases.computeIfAbsent(r.get("case"), k -> new ArrayList<>())
                    .add(new Expected(r.get("file"), r.get("line"), r.get("column"), r.get("field"), r.get("code")));
        }
        Map<String, List<String>> secrets = new LinkedHashMap<>();
        for (CSVRecord r : manifest("broken-secrets.csv")) {
            secrets.computeIfAbsent(r.get("case"), k -> new ArrayList<>()).add(r.get("secret"));
        }
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue(), secrets.getOrDefault(e.getKey(), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCases")
    void brokenInputIsRefusedWithEveryErrorAndChangesNothing(String name, List<Expected> expected, List<String> secrets) {
        List<InputFile> files = InputFolder.collect(List.of(CORPUS.resolve("broken").resolve(name)), null, null);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new IngestService(shared).ingest(files));

        List<InputError> actual = refused.errors();
        for (Expected e : expected) {
            assertTrue(actual.stream().anyMatch(e::matches), () -> "expected " + e + " among " + describe(actual));
        }
        assertEquals(expected.size(), actual.size(), () -> "unexpected extra errors: " + describe(actual));
        for (String secret : secrets) {
            Pattern asNumber = Pattern.compile("(?<![0-9.])" + Pattern.quote(secret) + "(?![0-9])");
            for (InputError e : actual) {
                assertFalse(asNumber.matcher(e.message()).find(), () -> "the suppressible value leaked into: " + e.describe());
            }
        }
        assertEquals(before, Samples.canonicalDump(shared), "a refused ingest changed the store");
    }

    static Stream<Arguments> validCases() throws IOException {
        Map<String, Map<String, Long>> cases = new LinkedHashMap<>();
        for (CSVRecord r : manifest("valid.csv")) {
            cases.computeIfAbsent(r.get("case"), k -> new LinkedHashMap<>()).put(r.get("file"), Long.valueOf(r.get("rows")));
        }
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void trickyButValidInputIngests(String name, Map<String, Long> rowsByFile) {
        try (Store store = Samples.loadedStore()) {
            long generation = store.generation();
            List<InputFile> files = InputFolder.collect(List.of(CORPUS.resolve("valid").resolve(name)), null, null);
            IngestReport report = new IngestService(store).ingest(files);
            Map<String, Long> actual = new LinkedHashMap<>();
            report.datasets().forEach(d -> actual.put(d.file(), d.rows()));
            assertEquals(rowsByFile, actual);
            assertEquals(generation + 1, store.generation());
        }
    }

    private static List<CSVRecord> manifest(String name) throws IOException {
        try (Reader in = Files.newBufferedReader(CORPUS.resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static String describe(List<InputError> errors) {
        return String.join("\n  ", errors.stream().map(InputError::describe).toList());
    }
}
