package org.opencohesion.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic input folder laid out like {@code samples/}: every current ward of England
 * and Wales with its local authority and country, {@value #INDICATOR_COUNT} indicators and
 * {@value #PERIOD_COUNT} yearly periods of made-up values. The same seed gives the same files.
 *
 * <pre>{@code
 * java -cp ... org.opencohesion.bench.SyntheticData /tmp/synthetic [path/to/shared]
 * }</pre>
 */
public final class SyntheticData {
    public static final List<String> PERIODS = List.of("2020", "2021", "2022", "2023", "2024");
    static final int PERIOD_COUNT = 5;
    static final int INDICATOR_COUNT = 20;
    static final long SEED = 20_240_601L;

    /** What was written. */
    public record Summary(int areas, int localAuthorities, int wards, int indicators, int periods, long observationRows) {}

    private SyntheticData() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: SyntheticData OUTPUT_DIR [SHARED_DIR]   (or -D" + SharedFolder.PROPERTY + "=SHARED_DIR)");
            System.exit(2);
        }
        Path shared = SharedFolder.locate(args.length == 2 ? args[1] : null);
        Summary summary = write(WardLookup.read(shared.resolve("sources")), Path.of(args[0]));
        System.out.println(summary);
    }

    /** Writes {@code areas.csv}, {@code indicators.csv} and {@code observations/*.csv} into {@code folder}. */
    public static Summary write(Geography geography, Path folder) {
        try {
            Files.createDirectories(folder.resolve("observations"));
            List<Area> areas = geography.parentsFirst();
            writeAreas(areas, folder.resolve("areas.csv"));
            writeIndicators(folder.resolve("indicators.csv"));
            SyntheticObservations values = new SyntheticObservations(geography, PERIODS, SEED);
            long rows = 0;
            for (int i = 0; i < SyntheticIndicator.ALL.size(); i++) {
                SyntheticIndicator indicator = SyntheticIndicator.ALL.get(i);
                List<SyntheticObservations.Row> observations = values.rowsFor(indicator, SEED + 1 + i);
                writeObservations(observations, folder.resolve("observations").resolve(indicator.id() + ".csv"));
                rows += observations.size();
            }
            return new Summary(areas.size(), geography.localAuthorities().size(), geography.smallAreas().size(),
                    SyntheticIndicator.ALL.size(), PERIODS.size(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic data to " + folder + ": " + e.getMessage(), e);
        }
    }

    static void writeAreas(List<Area> areas, Path file) throws IOException {
        try (CSVPrinter out = printer(file, "code", "name", "name_cy", "level", "parent")) {
            for (Area area : areas) {
                out.printRecord(area.code(), area.name(), area.nameCy(), area.level(), area.parent());
            }
        }
    }

    static void writeIndicators(Path file) throws IOException {
        try (CSVPrinter out = printer(file, "id", "label", "description", "measure", "unit", "theme", "disclosure_threshold")) {
            for (SyntheticIndicator indicator : SyntheticIndicator.ALL) {
                out.printRecord(indicator.id(), indicator.label(), "SYNTHETIC VALUES for load testing.",
                        indicator.measure(), indicator.unit(), indicator.theme(), SyntheticIndicator.DISCLOSURE_THRESHOLD);
            }
        }
    }

    static void writeObservations(List<SyntheticObservations.Row> rows, Path file) throws IOException {
        try (CSVPrinter out = printer(file, "area", "period", "value", "numerator", "denominator", "status")) {
            for (SyntheticObservations.Row row : rows) {
                out.printRecord(row.area(), row.period(), row.value(), row.numerator(), row.denominator(), row.status());
            }
        }
    }

    static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        // Null prints as an empty field: the input contract reads an empty cell as "not given".
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).setNullString("").get());
    }
}
