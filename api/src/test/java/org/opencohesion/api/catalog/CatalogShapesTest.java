package org.opencohesion.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opencohesion.api.HarvestFixture;

/**
 * The catalogue, as served, against the DCAT-AP 3.0.1 SHACL shapes of {@code shared/conformance}:
 * no result at all from the core shapes (mandatory properties, cardinalities and class ranges),
 * and from the controlled-vocabulary and recommended shapes only the results listed here, each
 * explained in {@code src/test/resources/catalog/DCAT-AP-NOTES.md}. Skipped when the conformance
 * folder is not there (set {@code -Dopencohesion.conformance=DIR} to point at it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogShapesTest {
    private static final String RELEASE = "dcat-ap/releases/3.0.1/";

    /** Controlled-vocabulary results that cannot apply to a UK publisher: "focus class | path | severity". */
    static final Set<String> TOLERATED_VOCABULARY = Set.of(
            "dcat:Catalog | dct:spatial | Warning",
            "dcat:Dataset | dct:spatial | Warning",
            "dcat:Catalog | dct:publisher | Warning",
            "dcat:Dataset | dct:publisher | Warning",
            "dcat:DataService | dct:publisher | Warning",
            "dcat:Dataset | dcat:theme | Warning");

    /** Recommended properties the catalogue leaves out, and why (see the notes). */
    static final Set<String> TOLERATED_RECOMMENDED = Set.of(
            "dcat:Dataset | dct:spatial | Warning",
            "dcat:Dataset | dct:temporal | Warning",
            "dct:Location | dcat:bbox | Warning",
            "dct:Location | dcat:centroid | Warning");

    /** Property shapes each shapes file names but never defines (checked, so the list cannot silently grow). */
    static final java.util.Map<String, List<String>> DANGLING = java.util.Map.of("shacl/dcat-ap-SHACL.ttl", List.of(
            "dcat:DataServiceShape/dc08f4dca4377fade57f89454e3fa06a8389d314",
            "dcat:DataServiceShape/eb3ac4e4fdde2e2588a9502c5956060a18c5c99f"));

    @TempDir
    static Path temp;

    private HarvestFixture service;
    private Graph catalogue;

    @BeforeAll
    void start() {
        service = new HarvestFixture(temp);
        catalogue = GraphFactory.createDefaultGraph();
        byte[] turtle = service.request().get("/catalog.ttl").then().statusCode(200).extract().asByteArray();
        RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).parse(catalogue);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void noViolationOfTheCoreShapes() {
        List<String> results = validate("shacl/dcat-ap-SHACL.ttl");
        assertEquals(List.of(), results, "the DCAT-AP 3.0.1 core shapes");
    }

    @Test
    void onlyTheDocumentedControlledVocabularyResults() {
        Set<String> results = new TreeSet<>(validate("html/shacl/mdr-vocabularies.shape.ttl"));
        assertEquals(new TreeSet<>(TOLERATED_VOCABULARY), results,
                "controlled-vocabulary results other than those DCAT-AP-NOTES.md explains (or one of those no longer met)");
    }

    @Test
    void onlyTheDocumentedRecommendedResults() {
        Set<String> results = new TreeSet<>(validate("html/shacl/shapes_recommended.ttl"));
        assertEquals(new TreeSet<>(TOLERATED_RECOMMENDED), results, "recommended properties left out other than those DCAT-AP-NOTES.md explains");
    }

    @Test
    void theNotesExplainEveryToleratedResult() throws Exception {
        String notes = Files.readString(Path.of("src/test/resources/catalog/DCAT-AP-NOTES.md"));
        Stream.concat(TOLERATED_VOCABULARY.stream(), TOLERATED_RECOMMENDED.stream())
                .forEach(t -> assertTrue(notes.contains(t), "DCAT-AP-NOTES.md does not explain " + t));
    }

    /** Every result of the shapes in {@code file}, as "focus class | path | severity" (or the message when there is no path). */
    private List<String> validate(String... files) {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        for (String file : files) {
            RDFDataMgr.read(shapesGraph, conformance().resolve(RELEASE + file).toString());
        }
        List<String> dangling = dropDanglingPropertyShapes(shapesGraph);
        assertEquals(DANGLING.getOrDefault(files[0], List.of()), dangling, "property shapes " + files[0] + " names but never defines");
        Shapes shapes = Shapes.parse(shapesGraph);
        ValidationReport report = ShaclValidator.get().validate(shapes, catalogue);
        return report.getEntries().stream().map(this::describe).distinct().sorted().toList();
    }

    private String describe(ReportEntry e) {
        Set<String> classes = new TreeSet<>();
        catalogue.find(e.focusNode(), RDF.type.asNode(), Node.ANY).forEachRemaining(t -> classes.add(curie(t.getObject())));
        String path = e.resultPath() == null ? e.message() : curie(e.resultPath().toString().replaceAll("[<>]", ""));
        String severity = e.severity() == Severity.Violation ? "Violation" : e.severity() == Severity.Warning ? "Warning" : "Info";
        String focus = classes.stream().filter(c -> c.startsWith("dcat:") || c.startsWith("dct:") || c.startsWith("foaf:Agent"))
                .findFirst().orElse(String.join(",", classes));
        return focus + " | " + path + " | " + severity + (e.severity() == Severity.Violation ? " (" + e.focusNode() + ": " + e.message() + ")" : "");
    }

    private static String curie(Node n) {
        return curie(n.isURI() ? n.getURI() : n.toString());
    }

    private static String curie(String iri) {
        return iri.replace("http://www.w3.org/ns/dcat#", "dcat:").replace("http://purl.org/dc/terms/", "dct:")
                .replace("http://xmlns.com/foaf/0.1/", "foaf:").replace("http://www.w3.org/2004/02/skos/core#", "skos:");
    }

    /**
     * Removes {@code sh:property} links to nodes the file never defines (no {@code sh:path}): the
     * release's consolidated file has some, Jena SHACL refuses a shapes graph with them, and a
     * shape with no definition constrains nothing. Returns them, sorted, by their last segment.
     */
    private static List<String> dropDanglingPropertyShapes(Graph shapes) {
        Node property = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
        Node path = NodeFactory.createURI("http://www.w3.org/ns/shacl#path");
        List<Triple> dangling = shapes.find(Node.ANY, property, Node.ANY)
                .filterDrop(t -> shapes.contains(t.getObject(), path, Node.ANY)).toList();
        dangling.forEach(shapes::delete);
        return dangling.stream().map(t -> t.getObject().toString().replaceAll(".*#", "")).sorted().toList();
    }

    /** The shared conformance folder, or the test is skipped. */
    static Path conformance() {
        String configured = System.getProperty("opencohesion.conformance");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../../shared/conformance"), Path.of("../shared/conformance"));
        Path found = candidates.stream().filter(p -> Files.isDirectory(p.resolve(RELEASE))).findFirst().orElse(null);
        assumeTrue(found != null, "DCAT-AP shapes not found (looked in " + candidates + ")");
        return found;
    }
}
