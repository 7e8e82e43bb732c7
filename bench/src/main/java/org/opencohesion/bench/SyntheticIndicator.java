package org.opencohesion.bench;

import java.util.List;

/**
 * One made-up indicator of the synthetic dataset.
 *
 * @param typical for a count, the mean per ward and year; for a percentage, the mean percentage
 */
public record SyntheticIndicator(String id, String label, String measure, String unit, String theme, double typical) {
    public static final String COUNT = "count";
    public static final String PERCENTAGE = "percentage";

    /** The disclosure threshold every synthetic indicator declares (the ingest default). */
    public static final int DISCLOSURE_THRESHOLD = 5;

    /**
     * Ten counts and ten survey percentages. Some typical values are small on purpose, so that
     * disclosure control suppresses a realistic share of ward cells.
     */
    public static final List<SyntheticIndicator> ALL = List.of(
            count("hate-crime-reports", "Hate crime reports", "reports", "hate-crime", 4),
            count("anti-social-behaviour-incidents", "Anti-social behaviour incidents", "incidents", "integration", 60),
            count("community-events-held", "Community events held", "events", "empowerment", 8),
            count("volunteers-registered", "Volunteers registered", "people", "co-production", 25),
            count("english-language-learners", "People enrolled in English language classes", "people", "communication", 6),
            count("welcome-packs-delivered", "Welcome packs delivered to new residents", "packs", "integration", 12),
            count("youth-club-attendees", "Young people attending youth clubs", "people", "early-years", 15),
            count("community-grants-awarded", "Community grants awarded", "grants", "empowerment", 3),
            count("employment-support-referrals", "Referrals to employment support", "referrals", "employment", 20),
            count("prevent-referrals", "Prevent referrals", "referrals", "preventing-extremism", 1.5),
            percentage("people-get-on-well", "People from different backgrounds get on well together", "integration", 82),
            percentage("sense-of-belonging", "People who feel they belong to their neighbourhood", "integration", 65),
            percentage("can-influence-decisions", "People who feel they can influence local decisions", "empowerment", 27),
            percentage("feel-safe-after-dark", "People who feel safe walking alone after dark", "equality-and-inclusion", 70),
            percentage("formal-volunteering", "People who volunteered formally in the last year", "co-production", 22),
            percentage("trust-neighbours", "People who trust most of their neighbours", "integration", 45),
            percentage("experienced-discrimination", "People who experienced discrimination in the last year", "equality-and-inclusion", 9),
            percentage("speak-english-well", "People who speak English well or very well", "communication", 92),
            percentage("pupils-mixing", "Pupils who mix with pupils of other backgrounds", "learning", 58),
            percentage("satisfied-with-area", "People satisfied with their local area as a place to live", "housing", 76));

    public boolean isCount() {
        return COUNT.equals(measure);
    }

    private static SyntheticIndicator count(String id, String label, String unit, String theme, double typical) {
        return new SyntheticIndicator(id, label, COUNT, unit, theme, typical);
    }

    private static SyntheticIndicator percentage(String id, String label, String theme, double typical) {
        return new SyntheticIndicator(id, label, PERCENTAGE, "% of respondents", theme, typical);
    }
}
