package org.opencohesion.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVPrinter;

/**
 * Made-up community assets (the ABCD inventory) spread over the LSOAs of a geography: every
 * column of {@code assets.csv} used, optional ones in realistic shares. Deterministic for a seed.
 */
final class SyntheticAssets {
    static final List<String> TYPES = List.of("community-association", "local-service", "informal-group",
            "local-business", "physical-space", "natural-asset", "skills-network");
    private static final List<String> KINDS = List.of("Community Centre", "Food Bank", "Youth Club", "Allotments",
            "Library", "Parent and Toddler Group", "Sports Club", "Repair Cafe", "Community Garden", "Men's Shed");
    private static final List<String> PROVIDERS = List.of("Citizens Advice", "The Trussell Trust", "Age UK",
            "Groundwork", "Local Parish Council", "Scouts", "YMCA", "Mind");
    private static final LocalDate FIRST_ADDED = LocalDate.of(2015, 1, 1);

    private SyntheticAssets() {}

    /**
     * Writes {@code count} assets. An asset of an authority with a partnership names it one time in five.
     *
     * @param centres      each authority's centre; an asset with coordinates lies within about 5 km of it
     * @param partnerships each authority's partnership id
     */
    static void write(CSVPrinter out, int count, Geography geography, Map<String, double[]> centres,
                      Map<String, String> partnerships, long seed) throws IOException {
        Random random = new Random(seed);
        List<Area> lsoas = geography.smallAreas();
        for (int n = 1; n <= count; n++) {
            Area lsoa = lsoas.get(random.nextInt(lsoas.size()));
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            String id = String.format(Locale.ROOT, "asset-%06d", n);
            double[] centre = centres.get(lsoa.parent());
            boolean located = random.nextDouble() < 0.8;
            out.printRecord(
                    id,
                    lsoa.name() + " " + kind,
                    TYPES.get(random.nextInt(TYPES.size())),
                    random.nextDouble() < 0.5 ? "A " + kind.toLowerCase(Locale.ROOT) + ", \"open to all\", run by volunteers." : null,
                    lsoa.code(),
                    located ? String.format(Locale.ROOT, "%.6f", centre[0] + 0.05 * random.nextGaussian()) : null,
                    located ? String.format(Locale.ROOT, "%.6f", centre[1] + 0.07 * random.nextGaussian()) : null,
                    random.nextDouble() < 0.3 ? "https://assets.example.org/" + id : null,
                    random.nextDouble() < 0.4 ? PROVIDERS.get(random.nextInt(PROVIDERS.size())) : null,
                    random.nextDouble() < 0.2 ? partnerships.get(lsoa.parent()) : null,
                    random.nextDouble() < 0.5 ? FIRST_ADDED.plusDays(random.nextInt(3650)).toString() : null);
        }
    }
}
