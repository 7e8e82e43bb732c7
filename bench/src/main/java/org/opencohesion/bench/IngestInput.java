package org.opencohesion.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ingest benchmark's input folder, laid out like {@code samples/}: every LSOA of England
 * and Wales (34,753) with its local authority and country, a partnership per authority,
 * {@value #ASSETS} community assets, the 20 synthetic indicators and {@value #PERIOD_COUNT} yearly
 * periods of values for every LSOA and authority, about 7 million observation rows. Disclosure
 * control suppresses a real share of the small counts; 0.3 % of LSOA cells are not available. The
 * same fraction gives the same files.
 *
 * <pre>{@code
 * java -cp ... org.opencohesion.bench.IngestInput /tmp/ingest-input [FRACTION] [SHARED_DIR]
 * }</pre>
 */
public final class IngestInput {
    static final int ASSETS = 100_000;
    static final int PERIOD_COUNT = 10;
    static final List<String> PERIODS = IntStream.range(0, PERIOD_COUNT).mapToObj(i -> Integer.toString(2015 + i)).toList();
    static final long SEED = 20_251_124L;

    /** What was written. */
    public record Summary(int areas, int lsoas, int partnerships, int assets, int indicators, long observationRows) {}

    private IngestInput() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: IngestInput OUTPUT_DIR [FRACTION] [SHARED_DIR]");
            System.exit(2);
        }
        double fraction = args.length >= 2 ? Double.parseDouble(args[1]) : 1.0;
        Path shared = SharedFolder.locate(args.length == 3 ? args[2] : null);
        System.out.println(write(LsoaLookup.read(shared.resolve("sources"), fraction), fraction, Path.of(args[0])));
    }

    /**
     * Writes the folder for {@code geography} (already cut to {@code fraction} of the LSOAs); the
     * asset count is cut to the same fraction.
     */
    static Summary write(LsoaLookup.LsoaGeography lsoas, double fraction, Path folder) {
        Geography geography = lsoas.geography();
        try {
            Files.createDirectories(folder.resolve("observations"));
            List<Area> areas = geography.parentsFirst();
            SyntheticData.writeAreas(areas, folder.resolve("areas.csv"));
            Map<String, String> partnerships = writePartnerships(geography, folder.resolve("partnerships.csv"));
            SyntheticData.writeIndicators(folder.resolve("indicators.csv"));
            int assets = Math.max(1, (int) Math.round(ASSETS * fraction));
            try (CSVPrinter out = SyntheticData.printer(folder.resolve("assets.csv"), "id", "name", "type", "description",
                    "area", "latitude", "longitude", "website", "provider", "partnership", "added")) {
                SyntheticAssets.write(out, assets, geography, lsoas.centres(), partnerships, SEED);
            }
            SyntheticObservations values = new SyntheticObservations(geography, PERIODS, SEED);
            long rows = 0;
            for (int i = 0; i < SyntheticIndicator.ALL.size(); i++) {
                SyntheticIndicator indicator = SyntheticIndicator.ALL.get(i);
                List<SyntheticObservations.Row> observations = values.rowsFor(indicator, SEED + 1 + i);
                SyntheticData.writeObservations(observations, folder.resolve("observations").resolve(indicator.id() + ".csv"));
                rows += observations.size();
            }
            return new Summary(areas.size(), geography.smallAreas().size(), partnerships.size(), assets,
                    SyntheticIndicator.ALL.size(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ingest input to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** One cohesion partnership per authority; returns authority code → partnership id. */
    private static Map<String, String> writePartnerships(Geography geography, Path file) throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        try (CSVPrinter out = SyntheticData.printer(file, "id", "name", "area", "lead", "members", "website", "established")) {
            int n = 0;
            for (Area authority : geography.localAuthorities()) {
                String id = "cohesion-" + authority.code().toLowerCase(Locale.ROOT);
                ids.put(authority.code(), id);
                out.printRecord(id, authority.name() + " Community Cohesion Partnership", authority.code(),
                        authority.name() + " Council", "Police;Citizens Advice;" + authority.name() + " CVS",
                        "https://partnerships.example.org/" + id, LocalDate.of(2010, 1, 1).plusDays(17L * n++).toString());
            }
        }
        return ids;
    }
}
