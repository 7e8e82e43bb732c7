package org.opencohesion.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Every lower-layer super output area (LSOA) of England and Wales with its current local
 * authority and country, from mySociety's lookups in {@code shared/sources}
 * ({@value #LSOA_FILE}, {@value #AUTHORITY_FILE}): 34,753 LSOAs in 318 authorities.
 *
 * <p>The lookups carry no LSOA names; each LSOA is named after its authority and its place in the
 * authority's code order ("Hartlepool 001"), the way ONS names them ("Hartlepool 001A").
 */
final class LsoaLookup {
    static final String LSOA_FILE = "mysociety_lookup_lsoa_to_registry.csv";
    static final String AUTHORITY_FILE = "mysociety_uk_local_authorities_current.csv";

    private static final Map<String, Area> COUNTRIES = Map.of(
            "England", new Area("E92000001", "England", null, Area.COUNTRY, null),
            "Wales", new Area("W92000004", "Wales", "Cymru", Area.COUNTRY, null));

    /** The geography and each local authority's centre (latitude, longitude), where assets are placed. */
    record LsoaGeography(Geography geography, Map<String, double[]> centres) {}

    private LsoaLookup() {}

    /**
     * @param fraction the share of each authority's LSOAs to keep, (0, 1]: the first ones in code
     *                 order, at least one, so every authority keeps some
     */
    static LsoaGeography read(Path sourcesDir, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the fraction lies in (0, 1], not " + fraction);
        }
        Map<String, CSVRecord> authoritiesByRegistryCode = new LinkedHashMap<>();
        for (CSVRecord row : records(sourcesDir.resolve(AUTHORITY_FILE))) {
            authoritiesByRegistryCode.put(row.get("local-authority-code"), row);
        }
        Map<String, List<String>> lsoasByAuthority = new TreeMap<>(); // authority GSS code → LSOA codes
        Map<String, CSVRecord> authorities = new TreeMap<>();
        for (CSVRecord row : records(sourcesDir.resolve(LSOA_FILE))) {
            String lsoa = row.get("lsoa");
            if (!lsoa.startsWith("E01") && !lsoa.startsWith("W01")) {
                continue; // Scotland's data zones and Northern Ireland's super output areas
            }
            CSVRecord authority = authoritiesByRegistryCode.get(row.get("local-authority-code"));
            if (authority == null) {
                throw new IllegalStateException(LSOA_FILE + " names authority " + row.get("local-authority-code")
                        + ", which " + AUTHORITY_FILE + " does not list");
            }
            String gss = authority.get("gss-code");
            authorities.putIfAbsent(gss, authority);
            lsoasByAuthority.computeIfAbsent(gss, k -> new ArrayList<>()).add(lsoa);
        }
        List<Area> authorityAreas = new ArrayList<>();
        List<Area> lsoaAreas = new ArrayList<>();
        Map<String, double[]> centres = new LinkedHashMap<>();
        for (Map.Entry<String, CSVRecord> entry : authorities.entrySet()) {
            CSVRecord authority = entry.getValue();
            String name = authority.get("nice-name");
            authorityAreas.add(new Area(entry.getKey(), name, null, Area.LOCAL_AUTHORITY,
                    COUNTRIES.get(authority.get("nation")).code()));
            centres.put(entry.getKey(), new double[] {Double.parseDouble(authority.get("lat")), Double.parseDouble(authority.get("long"))});
            List<String> codes = lsoasByAuthority.get(entry.getKey()).stream().sorted().toList();
            int kept = Math.max(1, (int) Math.round(fraction * codes.size()));
            for (int i = 0; i < kept; i++) {
                lsoaAreas.add(new Area(codes.get(i), String.format("%s %03d", name, i + 1), null, "lsoa", entry.getKey()));
            }
        }
        lsoaAreas.sort(Comparator.comparing(Area::code));
        List<Area> countries = COUNTRIES.values().stream().sorted(Comparator.comparing(Area::code)).toList();
        return new LsoaGeography(new Geography(countries, authorityAreas, lsoaAreas), centres);
    }

    private static List<CSVRecord> records(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
