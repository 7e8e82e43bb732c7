package org.opencohesion.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opencohesion.rdf.store.Store;

/**
 * The indicator cubes OpenCohesion publishes pass the W3C RDF Data Cube integrity constraints
 * IC-1..IC-21, read from {@code ../shared/conformance/qb-integrity} (not copied into the project).
 * Runs in the build when that folder is there.
 */
@Tag("conformance")
class CubeIntegrityTest {
    private static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX eg: <http://example.com/abbrv-cube/>
            """;

    private static Path queries() {
        Path shared = Path.of(System.getProperty("opencohesion.shared", "../../shared"));
        Path dir = shared.resolve("conformance/qb-integrity/src/main/resources");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("../../shared/conformance/qb-integrity/src/main/resources");
        }
        assumeTrue(Files.isDirectory(dir), "the shared conformance suites are not beside this checkout");
        return dir;
    }

    /** The union of every named graph, normalised as the Data Cube recommendation says. */
    private static Model normalised(Store store, Path dir) throws IOException {
        Model all = ModelFactory.createDefaultModel();
        store.read(view -> {
            view.graphNames().forEach(g -> all.add(ModelFactory.createModelForGraph(view.graph(g))));
            return null;
        });
        UpdateAction.parseExecute(Files.readString(dir.resolve("closure.ru")), all);
        UpdateAction.parseExecute(Files.readString(dir.resolve("flatten.ru")), all);
        return all;
    }

    /** The IC numbers whose ASK is true (violated) on {@code data}. */
    private static List<String> violated(Model data, Path dir) throws IOException {
        List<String> violated = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path q : files.filter(p -> p.getFileName().toString().startsWith("integrity-")).sorted().toList()) {
                // IC-17 as published uses a SELECT alias inside HAVING; the portable form counts directly.
                String text = Files.readString(q).replace("HAVING (?count != ?numMeasures)", "HAVING (COUNT(?obs2) != ?numMeasures)");
                try (QueryExecution exec = QueryExecution.model(data).query(PREFIXES + text).build()) {
                    if (exec.execAsk()) {
                        violated.add(q.getFileName().toString());
                    }
                }
            }
        }
        return violated;
    }

    @Test
    void publishedCubesPassEveryIntegrityConstraint() throws IOException {
        Path dir = queries();
        try (Store store = Samples.loadedStore()) {
            Model data = normalised(store, dir);
            assertTrue(data.contains(null, data.createProperty("http://purl.org/linked-data/cube#dataSet")), "the samples have observations");
            assertEquals(List.of(), violated(data, dir));
        }
    }

    @Test
    void theCheckCatchesAValuelessObservation() throws IOException {
        Path dir = queries();
        try (Store store = Samples.loadedStore()) {
            Model data = normalised(store, dir);
            // What a naive model of a suppressed cell would be: a qb:Observation without its measure.
            data.createResource("http://localhost:8080/id/indicator/hate-crime-reports/observation/W05001714/2021-naive")
                    .addProperty(data.createProperty("http://purl.org/linked-data/cube#dataSet"),
                            data.createResource("http://localhost:8080/id/indicator/hate-crime-reports"));
            assertTrue(violated(data, dir).contains("integrity-14.sparql"));
        }
    }
}
