package org.opencohesion.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencohesion.rdf.store.Store;

/** Every sample file ingests, and queries give back what the files said. */
class SampleIngestTest {
    private static Store store;

    @BeforeAll
    static void load() {
        store = Samples.loadedStore();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everySampleFileBecomesADataset() {
        Set<String> ids = Samples.select(store, "SELECT ?id { ?d a dcat:Dataset ; dcterms:identifier ?id }").stream()
                .map(r -> r.getLiteral("id").getString()).collect(Collectors.toSet());
        assertEquals(Set.of("areas", "partnerships", "indicators", "assets", "walsall-for-all", "getting-on-together",
                "communities-can", "hate-crime-reports", "anti-social-behaviour-incidents", "people-get-on-well"), ids);
    }

    @Test
    void areasKeepEnglishAndWelshNamesParentAndOnsLink() {
        List<QuerySolution> rows = Samples.select(store, """
                SELECT ?en ?cy ?parent ?same ?level {
                  <http://localhost:8080/id/area/W92000004> rdfs:label ?en, ?cy ; owl:sameAs ?same ; coh:level ?level .
                  FILTER(lang(?en) = "en" && lang(?cy) = "cy")
                  <http://localhost:8080/id/area/W06000006> coh:parentArea ?parent .
                }""");
        assertEquals(1, rows.size());
        assertEquals("Wales", rows.get(0).getLiteral("en").getString());
        assertEquals("Cymru", rows.get(0).getLiteral("cy").getString());
        assertEquals("http://localhost:8080/id/area/W92000004", rows.get(0).getResource("parent").getURI());
        assertEquals("http://statistics.data.gov.uk/id/statistical-geography/W92000004", rows.get(0).getResource("same").getURI());
        assertEquals("http://localhost:8080/def/area-level/country", rows.get(0).getResource("level").getURI());
    }

    @Test
    void partnershipsNameTheirLeadAndMembers() {
        List<QuerySolution> rows = Samples.select(store, """
                SELECT ?name ?lead ?member {
                  <http://localhost:8080/id/partnership/wrexham-community-cohesion> rdfs:label ?name ;
                     coh:leadOrganisation/rdfs:label ?lead ; org:hasMember/rdfs:label ?member .
                } ORDER BY ?member""");
        assertEquals("Wrexham Community Cohesion Partnership", rows.get(0).getLiteral("name").getString());
        assertEquals("Wrexham County Borough Council", rows.get(0).getLiteral("lead").getString());
        assertEquals(List.of("Caia Park Partnership", "Glyndŵr University", "North Wales Police"),
                rows.stream().map(r -> r.getLiteral("member").getString()).toList());
    }

    @Test
    void plansKeepTheirNestedStructureInOrder() {
        List<QuerySolution> rows = Samples.select(store, """
                SELECT ?priority ?number ?kind ?id ?order ?indicator {
                  <http://localhost:8080/id/plan/walsall-for-all> coh:priority ?p .
                  ?p dcterms:identifier ?priority ; coh:number ?number .
                  { ?p coh:action ?x . BIND("action" AS ?kind) } UNION { ?p coh:outcome ?x . BIND("outcome" AS ?kind) }
                  ?x dcterms:identifier ?id ; coh:order ?order ; dcterms:isPartOf ?p .
                  OPTIONAL { ?x coh:measuredBy ?indicator }
                } ORDER BY ?kind ?order""");
        assertEquals(10, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("priority").getString().equals("living-together")
                && r.getLiteral("number").getInt() == 4));
        assertEquals(List.of("welcome-pack", "hate-crime-support", "housing-strategy", "trusted-individuals", "co-design-housing",
                        "new-residents-informed", "better-reporting", "reporting-confidence", "less-asb", "buddy-network"),
                rows.stream().map(r -> r.getLiteral("id").getString()).toList());
        QuerySolution lessAsb = rows.get(8);
        assertEquals("http://localhost:8080/id/indicator/anti-social-behaviour-incidents", lessAsb.getResource("indicator").getURI());
    }

    @Test
    void planPeriodThemesAndHorizon() {
        List<QuerySolution> rows = Samples.select(store, """
                SELECT ?start ?end ?horizon (COUNT(DISTINCT ?theme) AS ?themes) {
                  <http://localhost:8080/id/plan/walsall-for-all> coh:startDate ?start ; coh:endDate ?end ; dcat:theme ?theme .
                  <http://localhost:8080/id/plan/walsall-for-all/priority/living-together/outcome/better-reporting> coh:horizon ?horizon .
                } GROUP BY ?start ?end ?horizon""");
        assertEquals("2019-04-01", rows.get(0).getLiteral("start").getLexicalForm());
        assertEquals("2023-03-31", rows.get(0).getLiteral("end").getLexicalForm());
        assertEquals("http://localhost:8080/def/horizon/short-term", rows.get(0).getResource("horizon").getURI());
        assertEquals(3, rows.get(0).getLiteral("themes").getInt());
    }

    @Test
    void assetsKeepCoordinatesTypeAreaAndPartnership() {
        List<QuerySolution> rows = Samples.select(store, """
                SELECT ?lat ?long ?type ?area ?partnership ?provider ?added {
                  <http://localhost:8080/id/asset/caia-park-community-hub> geo:lat ?lat ; geo:long ?long ; coh:assetType ?type ;
                     coh:area ?area ; coh:partnership ?partnership ; coh:provider/rdfs:label ?provider ; dcterms:created ?added .
                }""");
        QuerySolution r = rows.get(0);
        assertEquals(0, new BigDecimal("53.0420").compareTo(new BigDecimal(r.getLiteral("lat").getLexicalForm())));
        assertEquals(0, new BigDecimal("-2.9740").compareTo(new BigDecimal(r.getLiteral("long").getLexicalForm())));
        assertEquals("http://localhost:8080/def/asset-type/community-association", r.getResource("type").getURI());
        assertEquals("http://localhost:8080/id/area/W06000006", r.getResource("area").getURI());
        assertEquals("http://localhost:8080/id/partnership/caia-park-partnership", r.getResource("partnership").getURI());
        assertEquals("Caia Park Partnership", r.getLiteral("provider").getString());
        assertEquals("2019-05-01", r.getLiteral("added").getLexicalForm());
    }

    @Test
    void observationsKeepValuesStatusesAndPeriods() {
        List<QuerySolution> rows = Samples.select(store, """
                SELECT ?value ?status ?label {
                  <http://localhost:8080/id/indicator/hate-crime-reports/observation/W06000006/2023> a qb:Observation ;
                     qb:dataSet <http://localhost:8080/id/indicator/hate-crime-reports> ;
                     coh:value ?value ; coh:obsStatus ?status ; coh:refPeriod ?period .
                  ?period rdfs:label ?label .
                }""");
        assertEquals(355, rows.get(0).getLiteral("value").getInt());
        assertEquals("http://localhost:8080/def/obs-status/provisional", rows.get(0).getResource("status").getURI());
        assertEquals("2023", rows.get(0).getLiteral("label").getString());

        List<QuerySolution> fy = Samples.select(store, """
                SELECT ?value ?start ?end {
                  <http://localhost:8080/id/indicator/people-get-on-well/observation/E08000030/2022-2023> coh:value ?value ;
                     coh:refPeriod <http://reference.data.gov.uk/id/government-year/2022-2023> .
                  <http://reference.data.gov.uk/id/government-year/2022-2023> coh:periodStart ?start ; coh:periodEnd ?end .
                }""");
        assertEquals(0, new BigDecimal("62.4").compareTo(new BigDecimal(fy.get(0).getLiteral("value").getLexicalForm())));
        assertEquals("2022-04-01", fy.get(0).getLiteral("start").getLexicalForm());
        assertEquals("2023-03-31", fy.get(0).getLiteral("end").getLexicalForm());
    }

    @Test
    void datasetRecordsCarryProvenance() {
        List<QuerySolution> rows = Samples.select(store, """
                SELECT ?file ?sha ?rows ?triples ?activity ?issued ?modified {
                  <http://localhost:8080/id/dataset/assets> void:triples ?triples ; coh:rowCount ?rows ;
                     dcterms:issued ?issued ; dcterms:modified ?modified ;
                     prov:wasDerivedFrom [ dcterms:title ?file ; spdx:checksum/spdx:checksumValue ?sha ] ;
                     prov:wasGeneratedBy ?activity .
                  ?activity a prov:Activity ; prov:used ?source .
                }""");
        QuerySolution r = rows.get(0);
        assertEquals("assets.csv", r.getLiteral("file").getString());
        assertEquals(64, r.getLiteral("sha").getLexicalForm().length());
        assertEquals(8, r.getLiteral("rows").getInt());
        long stored = Samples.select(store, "SELECT (COUNT(*) AS ?n) { GRAPH <http://localhost:8080/graph/assets> { ?s ?p ?o } }")
                .get(0).getLiteral("n").getLong();
        assertEquals(stored, r.getLiteral("triples").getLong());
        assertTrue(r.getResource("activity").getURI().matches(".*/id/dataset/assets/ingest/\\d+"));
    }

    @Test
    void reingestKeepsIssuedAndMovesModifiedAndGeneration() {
        String issuedBefore = Samples.select(store, "SELECT ?i { <http://localhost:8080/id/dataset/assets> dcterms:issued ?i }")
                .get(0).getLiteral("i").getLexicalForm();
        long before = store.generation();
        new IngestService(store).ingest(InputFolder.collect(List.of(Samples.folder().resolve("assets.csv")), null, null));
        List<QuerySolution> after = Samples.select(store,
                "SELECT ?i ?m { <http://localhost:8080/id/dataset/assets> dcterms:issued ?i ; dcterms:modified ?m }");
        assertEquals(1, after.size());
        assertEquals(issuedBefore, after.get(0).getLiteral("i").getLexicalForm());
        assertTrue(after.get(0).getLiteral("m").getLexicalForm().compareTo(issuedBefore) > 0);
        assertEquals(before + 1, store.generation());
    }
}
