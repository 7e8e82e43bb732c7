package org.opencohesion.rdf;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.opencohesion.rdf.vocab.Coh;

/**
 * Mints every URI OpenCohesion publishes, under one base URI (see ARCHITECTURE.md, "URIs").
 *
 * <pre>{@code
 * Uris uris = Uris.of("https://data.example.gov.uk");
 * uris.area("W06000006");   // https://data.example.gov.uk/id/area/W06000006
 * }</pre>
 */
public final class Uris {
    /** The base URI used when none is configured. */
    public static final String DEFAULT_BASE = "http://localhost:8080";
    /** ONS statistical geography URIs that areas are {@code owl:sameAs}. */
    public static final String ONS_GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/";
    /** The subject of the store's own state (generation, base URI); never part of a dataset. */
    public static final String STORE_STATE = "urn:x-opencohesion:system";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final String base;
    private final Coh coh;

    private Uris(String base) {
        this.base = base;
        this.coh = new Coh(base);
    }

    /** A minter for {@code base}, which must be an absolute http(s) URI; a trailing slash is dropped. */
    public static Uris of(String base) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        URI uri = URI.create(trimmed);
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("base URI must be an absolute http(s) URI without query or fragment: " + base);
        }
        return new Uris(trimmed);
    }

    /** True when {@code s} is a valid id slug: {@code [a-z0-9][a-z0-9-]{0,79}}. */
    public static boolean isSlug(String s) {
        return s != null && SLUG.matcher(s).matches();
    }

    /**
     * A slug made from a name, for organisations named only by their name: lower case,
     * diacritics dropped (Glyndŵr → glyndwr), runs of other characters turned into one hyphen.
     */
    public static String slugOf(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 80) {
            plain = plain.substring(0, 80).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "unnamed" : plain;
    }

    public String base() { return base; }
    public Coh coh() { return coh; }

    public Resource area(String gssCode) { return id("area/" + gssCode); }
    public Resource onsGeography(String gssCode) { return ResourceFactory.createResource(ONS_GEOGRAPHY + gssCode); }
    public Resource partnership(String id) { return id("partnership/" + id); }
    public Resource organisation(String name) { return id("organisation/" + slugOf(name)); }
    public Resource plan(String id) { return id("plan/" + id); }
    public Resource priority(String plan, String priority) { return id("plan/" + plan + "/priority/" + priority); }
    public Resource action(String plan, String priority, String action) {
        return id("plan/" + plan + "/priority/" + priority + "/action/" + action);
    }
    public Resource outcome(String plan, String priority, String outcome) {
        return id("plan/" + plan + "/priority/" + priority + "/outcome/" + outcome);
    }
    public Resource asset(String id) { return id("asset/" + id); }
    public Resource indicator(String id) { return id("indicator/" + id); }
    public Resource observation(String indicator, String area, String periodSlug) {
        return id("indicator/" + indicator + "/observation/" + area + "/" + periodSlug);
    }
    public Resource dataset(String id) { return id("dataset/" + id); }
    public Resource datasetSource(String id) { return id("dataset/" + id + "/source"); }
    public Resource ingestActivity(String id, long generation) { return id("dataset/" + id + "/ingest/" + generation); }
    public Resource software() { return id("software/opencohesion"); }
    /** One entry of the change feed: what a commit did to one dataset. */
    public Resource change(long generation, String datasetId) { return id("change/" + generation + "/" + datasetId); }

    /** A concept of one of the SKOS schemes, e.g. {@code concept("theme", "housing")}. */
    public Resource concept(String scheme, String notation) { return def(scheme + "/" + notation); }
    public Resource scheme(String scheme) { return def(scheme); }
    public String ontology() { return base + "/def/cohesion"; }

    /** The named graph holding a dataset's data. */
    public String datasetGraph(String id) { return base + "/graph/" + id; }
    /** The named graph holding a dataset's DCAT and PROV record. */
    public String datasetMetaGraph(String id) { return base + "/graph/" + id + "/meta"; }
    /**
     * The named graph of the change feed: one activity per dataset created, replaced or deleted,
     * appended by the commit that made the change.
     */
    public String changesGraph() { return base + "/graph/_changes"; }
    /** The named graph holding the ontology, concept schemes and shapes. */
    public String ontologyGraph() { return base + "/graph/_ontology"; }

    private Resource id(String path) { return ResourceFactory.createResource(base + "/id/" + path); }
    private Resource def(String path) { return ResourceFactory.createResource(base + "/def/" + path); }
}
