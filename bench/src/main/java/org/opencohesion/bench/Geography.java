package org.opencohesion.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Countries, their local authorities and those authorities' small areas (wards for the REST and
 * SPARQL benchmarks, LSOAs for the ingest benchmark), each list sorted by code.
 */
public record Geography(List<Area> countries, List<Area> localAuthorities, List<Area> smallAreas) {
    public Geography {
        countries = List.copyOf(countries);
        localAuthorities = List.copyOf(localAuthorities);
        smallAreas = List.copyOf(smallAreas);
    }

    /** Every area, parents before children, as {@code areas.csv} lists them. */
    public List<Area> parentsFirst() {
        List<Area> all = new ArrayList<>(countries);
        all.addAll(localAuthorities);
        all.addAll(smallAreas);
        return all;
    }
}
