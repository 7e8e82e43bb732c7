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
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The current wards of England and Wales, with their local authorities and countries, read from
 * the ONS code lookups in {@code shared/sources} ({@code drkane_ward_all_codes.csv},
 * {@code drkane_la_all_codes.csv}).
 *
 * <p>The ward file lists every ward code ever issued, tagged with the vintage ({@code SOURCEFILE})
 * that introduced it, but says nothing of which codes were later retired. A boundary review
 * re-codes most of an authority's wards at once, so an authority's current wards are taken to be
 * those of its latest <em>full</em> review (the newest vintage with at least a third as many wards
 * as its largest vintage) plus any partial reviews after it. That gives about 7,660 wards, close
 * to the published count; the benchmark needs the right order of magnitude, not the exact list.
 */
public final class WardLookup {
    static final String WARD_FILE = "drkane_ward_all_codes.csv";
    static final String AUTHORITY_FILE = "drkane_la_all_codes.csv";

    private static final List<Area> COUNTRIES = List.of(
            new Area("E92000001", "England", null, Area.COUNTRY, null),
            new Area("W92000004", "Wales", "Cymru", Area.COUNTRY, null));
    private static final List<String> AUTHORITY_PREFIXES = List.of("E06", "E07", "E08", "E09", "W06");
    private static final List<String> WARD_PREFIXES = List.of("E05", "W05");

    private WardLookup() {}

    /** Reads the lookups in {@code sourcesDir}. */
    public static Geography read(Path sourcesDir) {
        Map<String, Area> authorities = currentAuthorities(sourcesDir.resolve(AUTHORITY_FILE));
        Map<String, List<CSVRecord>> wardsByAuthority = new TreeMap<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (CSVRecord row : records(sourcesDir.resolve(WARD_FILE))) {
            String code = row.get("WDCD");
            if (hasPrefix(code, WARD_PREFIXES) && seen.putIfAbsent(code, true) == null) {
                wardsByAuthority.computeIfAbsent(row.get("LADCD_ACTIVE"), k -> new ArrayList<>()).add(row);
            }
        }
        List<Area> wards = new ArrayList<>();
        for (Map.Entry<String, List<CSVRecord>> entry : wardsByAuthority.entrySet()) {
            String authority = entry.getKey();
            if (!authorities.containsKey(authority)) {
                throw new IllegalStateException(WARD_FILE + " names local authority " + authority
                        + ", which " + AUTHORITY_FILE + " does not list as current");
            }
            for (CSVRecord row : latestReview(entry.getValue())) {
                wards.add(new Area(row.get("WDCD"), row.get("WDNM"), null, Area.WARD, authority));
            }
        }
        wards.sort(Comparator.comparing(Area::code));
        List<Area> withWards = authorities.values().stream()
                .filter(a -> wardsByAuthority.containsKey(a.code()))
                .sorted(Comparator.comparing(Area::code))
                .toList();
        return new Geography(COUNTRIES, withWards, wards);
    }

    /** The wards of the latest full review and of any partial reviews after it. */
    static List<CSVRecord> latestReview(List<CSVRecord> wardsOfOneAuthority) {
        TreeMap<String, List<CSVRecord>> byVintage = wardsOfOneAuthority.stream()
                .collect(Collectors.groupingBy(r -> r.get("SOURCEFILE"), TreeMap::new, Collectors.toList()));
        int largest = byVintage.values().stream().mapToInt(List::size).max().orElse(0);
        String fullReview = byVintage.entrySet().stream()
                .filter(e -> e.getValue().size() * 3 >= largest)
                .map(Map.Entry::getKey)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return byVintage.tailMap(fullReview, true).values().stream().flatMap(List::stream).toList();
    }

    private static Map<String, Area> currentAuthorities(Path file) {
        Map<String, Area> authorities = new LinkedHashMap<>();
        for (CSVRecord row : records(file)) {
            String code = row.get("LADCD");
            if ("TRUE".equalsIgnoreCase(row.get("Current")) && hasPrefix(code, AUTHORITY_PREFIXES)) {
                authorities.put(code, new Area(code, row.get("LADNM"), null, Area.LOCAL_AUTHORITY, row.get("CTRYCD")));
            }
        }
        return authorities;
    }

    private static boolean hasPrefix(String code, List<String> prefixes) {
        return prefixes.stream().anyMatch(code::startsWith);
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
