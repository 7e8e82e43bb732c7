package org.opencohesion.bench;

import java.util.ArrayList;
import java.util.List;

/** Countries, their local authorities and those authorities' wards, each list sorted by code. */
public record Geography(List<Area> countries, List<Area> localAuthorities, List<Area> wards) {
    public Geography {
        countries = List.copyOf(countries);
        localAuthorities = List.copyOf(localAuthorities);
        wards = List.copyOf(wards);
    }

    /** Every area, parents before children, as {@code areas.csv} lists them. */
    public List<Area> parentsFirst() {
        List<Area> all = new ArrayList<>(countries);
        all.addAll(localAuthorities);
        all.addAll(wards);
        return all;
    }
}
