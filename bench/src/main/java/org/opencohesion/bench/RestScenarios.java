package org.opencohesion.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** What {@link RestBench} loads, with the paths each scenario asks for. */
final class RestScenarios {
    static final String CEILING = "trivial endpoint (ceiling)";
    static final String CACHED = "cached GET";
    static final String COPY = "trivial endpoint, cached GET's bytes";
    static final String CACHED_GZIP = "cached GET, gzip";
    static final String UNCACHED = "uncached filtered list";

    /** Walsall: one of the seed strategies' authorities, 20 wards. */
    static final String CACHED_AREA = "E08000030";
    static final int UNCACHED_PATHS = 2_000;

    private static final String[] FILTERS = {"", "&period=2023", "&from=2021&to=2023", "&level=ward", "&level=ward&period=2022"};
    private static final String[] SORTS = {"", "&sort=-value", "&sort=period,area", "&sort=-period,-value"};
    private static final String[] OFFSETS = {"", "&offset=50", "&offset=100"};

    private RestScenarios() {}

    static Scenario ceiling(int port) {
        return new Scenario(CEILING, "GET " + TrivialServer.PING + " on a bare Javalin 7 app answering 'ok'",
                origin(port), List.of(TrivialServer.PING));
    }

    /** Not a target: tells how much of the gap between the ceiling and the cached GET is the size of the answer. */
    static Scenario copyOfCached(int port) {
        return new Scenario(COPY, "GET " + TrivialServer.COPY + " on the bare app, answering the cached GET's exact bytes from memory",
                origin(port), List.of(TrivialServer.COPY));
    }

    static Scenario cached(int port) {
        String path = observations(SyntheticIndicator.ALL.get(0).id(), CACHED_AREA) + "&limit=50";
        return new Scenario(CACHED, "the same observations page again and again, served from the response cache",
                origin(port), List.of(path));
    }

    /**
     * The cached GET as browsers, curl --compressed, Python's requests and R's httr ask for it:
     * with {@code Accept-Encoding: gzip}, answered with the bytes compressed when cached.
     */
    static Scenario cachedGzip(int port) {
        Scenario plain = cached(port);
        return new Scenario(CACHED_GZIP, "the cached GET asked with Accept-Encoding: gzip, as HTTP clients ask by default",
                plain.origin(), plain.paths(), List.of("Accept-Encoding: gzip"));
    }

    /** Many different filtered pages, against an instance whose cache is off, so every answer is computed. */
    static Scenario uncached(int port, Geography geography, long seed) {
        Random random = new Random(seed);
        List<Area> authorities = geography.localAuthorities();
        Set<String> paths = new LinkedHashSet<>();
        while (paths.size() < UNCACHED_PATHS) {
            SyntheticIndicator indicator = SyntheticIndicator.ALL.get(random.nextInt(SyntheticIndicator.ALL.size()));
            Area authority = authorities.get(random.nextInt(authorities.size()));
            paths.add(observations(indicator.id(), authority.code()) + pick(FILTERS, random) + pick(SORTS, random)
                    + pick(OFFSETS, random) + "&limit=50");
        }
        return new Scenario(UNCACHED, UNCACHED_PATHS + " different observation pages (area = a local authority, "
                + "with period, from/to, level, sort and offset varied), cache off", origin(port), List.copyOf(paths));
    }

    private static String observations(String indicator, String area) {
        return "/api/v1/indicators/" + indicator + "/observations?area=" + area;
    }

    private static String pick(String[] choices, Random random) {
        return choices[random.nextInt(choices.length)];
    }

    private static String origin(int port) {
        return "http://127.0.0.1:" + port;
    }
}
