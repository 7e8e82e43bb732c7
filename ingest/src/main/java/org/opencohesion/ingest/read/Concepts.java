package org.opencohesion.ingest.read;

import java.util.List;

/** The notations of the concept schemes input files may use (ontology/concepts.ttl). */
final class Concepts {
    static final List<String> AREA_LEVELS = List.of("country", "region", "local-authority", "ward", "lsoa", "police-force-area");
    static final List<String> THEMES = List.of("housing", "learning", "communication", "equality-and-inclusion",
            "preventing-extremism", "hate-crime", "integration", "early-years", "employment", "empowerment", "co-production");
    static final List<String> ASSET_TYPES = List.of("community-association", "local-service", "informal-group",
            "local-business", "physical-space", "natural-asset", "skills-network");
    static final List<String> MEASURES = List.of("count", "percentage", "rate-per-1000", "score");
    static final List<String> HORIZONS = List.of("short-term", "long-term");
    /** Statuses a file may give; {@code suppressed} is ingest's alone to give. */
    static final List<String> OBSERVATION_STATUSES = List.of("provisional", "revised", "estimated", "not-available");

    private Concepts() {}
}
