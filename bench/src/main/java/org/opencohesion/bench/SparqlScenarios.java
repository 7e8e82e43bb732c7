package org.opencohesion.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The researcher's query mix {@link SparqlBench} sends to both servers: six kinds of query over the
 * synthetic cohesion data, each with its parameters (ward, local authority, indicator, year)
 * drawn from the dataset, so that many different query texts exist. Every query reads only the
 * data graphs (the union default graph), never the store's own bookkeeping, so OpenCohesion and
 * Fuseki, serving copies of one store, give the same answers.
 */
final class SparqlScenarios {
    /** Different query texts rotated through in the uncached scenarios. */
    static final int DISTINCT_QUERIES = 500;
    static final String ACCEPT = "Accept: application/sparql-results+json";

    private static final String YEAR = "http://reference.data.gov.uk/id/year/";
    private static final String[] NAME_PARTS = {"park", "north", "south", "east", "west", "central", "hill", "green",
            "castle", "bridge", "abbey", "st ", "church", "valley", "town", "wood", "field", "heath", "moor", "vale"};

    /**
     * One kind of query.
     *
     * @param name  a short label
     * @param build the query text for a random choice of parameters
     */
    record Kind(String name, BiFunction<Random, Params, String> build) {}

    /** What the queries are drawn from. */
    record Params(String cohesionNamespace, Geography geography, List<String> years) {
        String ward(Random r) {
            return geography.smallAreas().get(r.nextInt(geography.smallAreas().size())).code();
        }

        String authority(Random r) {
            return geography.localAuthorities().get(r.nextInt(geography.localAuthorities().size())).code();
        }

        String indicator(Random r) {
            return SyntheticIndicator.ALL.get(r.nextInt(SyntheticIndicator.ALL.size())).id();
        }

        String year(Random r) {
            return years.get(r.nextInt(years.size()));
        }

        /** A year that has one before it. */
        String laterYear(Random r) {
            return years.get(1 + r.nextInt(years.size() - 1));
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("ward profile", (r, p) -> """
                    # Every indicator for one ward in one year, with suppressed and missing cells
                    SELECT ?indicator ?label ?value ?status WHERE {
                      ?area skos:notation "%s" .
                      ?obs coh:refArea ?area ;
                           coh:refPeriod <%s%s> ;
                           qb:dataSet ?ind .
                      ?ind dcterms:identifier ?indicator ;
                           rdfs:label ?label .
                      OPTIONAL { ?obs coh:value ?value }
                      OPTIONAL { ?obs coh:obsStatus/skos:notation ?status }
                    }
                    ORDER BY ?indicator
                    """.formatted(p.ward(r), YEAR, p.year(r))),
            new Kind("top wards of an authority", (r, p) -> """
                    # The ten wards of one local authority with the highest value of one indicator in one year
                    SELECT ?ward ?name ?value WHERE {
                      ?authority skos:notation "%s" .
                      ?indicator dcterms:identifier "%s" .
                      ?ward coh:parentArea ?authority ;
                            rdfs:label ?name .
                      ?obs coh:refArea ?ward ;
                           qb:dataSet ?indicator ;
                           coh:refPeriod <%s%s> ;
                           coh:value ?value .
                    }
                    ORDER BY DESC(?value) ?name
                    LIMIT 10
                    """.formatted(p.authority(r), p.indicator(r), YEAR, p.year(r))),
            new Kind("aggregate per authority", (r, p) -> """
                    # For a group of up to ten local authorities: each one's wards summarised for one indicator and year
                    SELECT ?authority ?name (COUNT(?value) AS ?wards) (AVG(?value) AS ?mean) (MIN(?value) AS ?lowest) (MAX(?value) AS ?highest)
                    WHERE {
                      ?indicator dcterms:identifier "%s" .
                      ?authority coh:level/skos:notation "local-authority" ;
                                 skos:notation ?code ;
                                 rdfs:label ?name .
                      FILTER(STRSTARTS(?code, "%s"))
                      ?ward coh:parentArea ?authority .
                      ?obs coh:refArea ?ward ;
                           qb:dataSet ?indicator ;
                           coh:refPeriod <%s%s> ;
                           coh:value ?value .
                    }
                    GROUP BY ?authority ?name
                    ORDER BY DESC(?mean) ?name
                    """.formatted(p.indicator(r), p.authority(r).substring(0, 8), YEAR, p.year(r))),
            new Kind("year-on-year change in an authority", (r, p) -> {
                String year = p.laterYear(r);
                String before = Integer.toString(Integer.parseInt(year) - 1);
                return """
                        # Each ward of one local authority: one indicator this year and last, and the change
                        SELECT ?ward ?name ?before ?after (?after - ?before AS ?change) WHERE {
                          ?authority skos:notation "%s" .
                          ?indicator dcterms:identifier "%s" .
                          ?ward coh:parentArea ?authority ;
                                rdfs:label ?name .
                          ?earlier coh:refArea ?ward ;
                                   qb:dataSet ?indicator ;
                                   coh:refPeriod <%s%s> ;
                                   coh:value ?before .
                          ?later coh:refArea ?ward ;
                                 qb:dataSet ?indicator ;
                                 coh:refPeriod <%s%s> ;
                                 coh:value ?after .
                        }
                        ORDER BY DESC(?change) ?name
                        """.formatted(p.authority(r), p.indicator(r), YEAR, before, YEAR, year);
            }),
            new Kind("authority time series", (r, p) -> """
                    # Every indicator's yearly values for one local authority
                    SELECT ?indicator ?year ?value WHERE {
                      ?authority skos:notation "%s" .
                      ?obs coh:refArea ?authority ;
                           qb:dataSet ?ind ;
                           coh:refPeriod ?period ;
                           coh:value ?value .
                      ?ind dcterms:identifier ?indicator .
                      ?period rdfs:label ?year .
                    }
                    ORDER BY ?indicator ?year
                    """.formatted(p.authority(r))),
            new Kind("suppressed cells in an authority", (r, p) -> """
                    # How many ward cells of one local authority disclosure control suppressed in one year, per indicator
                    SELECT ?indicator (COUNT(?obs) AS ?suppressed) WHERE {
                      ?authority skos:notation "%s" .
                      ?ward coh:parentArea ?authority .
                      ?obs coh:refArea ?ward ;
                           coh:refPeriod <%s%s> ;
                           coh:obsStatus/skos:notation "suppressed" ;
                           qb:dataSet ?ind .
                      ?ind dcterms:identifier ?indicator .
                    }
                    GROUP BY ?indicator
                    ORDER BY DESC(?suppressed) ?indicator
                    """.formatted(p.authority(r), YEAR, p.year(r))),
            new Kind("wards by name", (r, p) -> """
                    # Wards whose name contains a word, with their local authority
                    SELECT ?ward ?name ?authorityName WHERE {
                      ?ward coh:level/skos:notation "ward" ;
                            rdfs:label ?name ;
                            coh:parentArea/rdfs:label ?authorityName .
                      FILTER(CONTAINS(LCASE(STR(?name)), "%s"))
                    }
                    ORDER BY ?name ?ward
                    LIMIT 100
                    """.formatted(NAME_PARTS[r.nextInt(NAME_PARTS.length)])));

    private SparqlScenarios() {}

    /** {@code count} different query texts, kinds and parameters drawn at random from {@code seed}. */
    static List<String> distinct(Params params, int count, long seed) {
        Random random = new Random(seed);
        Set<String> queries = new LinkedHashSet<>();
        int attempts = 0;
        while (queries.size() < count && attempts++ < count * 20) {
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            queries.add(prefixes(params) + kind.build().apply(random, params));
        }
        return List.copyOf(queries);
    }

    /** One query of each kind: the texts repeated in the cached scenarios. */
    static List<String> oneOfEach(Params params, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>();
        for (Kind kind : KINDS) {
            queries.add(prefixes(params) + kind.build().apply(random, params));
        }
        return queries;
    }

    /** The kind of a query text from {@link #distinct} or {@link #oneOfEach}: its comment line. */
    static String kindOf(String query) {
        return query.lines().filter(l -> l.startsWith("# ")).findFirst().orElse("?").substring(2);
    }

    /** {@code endpoint?query=...} for each query: wrk sends them as protocol GETs. */
    static List<String> paths(String endpoint, List<String> queries) {
        return queries.stream().map(q -> endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
    }

    static Scenario scenario(String name, String meaning, int port, String endpoint, List<String> queries) {
        return new Scenario(name, meaning, "http://127.0.0.1:" + port, paths(endpoint, queries), List.of(ACCEPT));
    }

    private static String prefixes(Params params) {
        return """
                PREFIX coh: <%s>
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                """.formatted(params.cohesionNamespace());
    }
}
