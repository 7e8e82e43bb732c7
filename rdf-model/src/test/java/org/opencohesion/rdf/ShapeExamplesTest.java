package org.opencohesion.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shapes accept the worked example of every kind and refuse each broken variant (ontology/examples). */
class ShapeExamplesTest {
    private static final Path EXAMPLES = Path.of("../ontology/examples");
    private final ShapeValidator validator = new ShapeValidator(Ontology.load(Uris.of(Uris.DEFAULT_BASE)));

    private static Graph read(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).base(Uris.DEFAULT_BASE + "/").parse(g);
        return g;
    }

    @Test
    void theValidExampleConforms() {
        assertEquals(List.of(), validator.validate(read(EXAMPLES.resolve("valid.ttl"))));
    }

    static Stream<Path> invalidExamples() throws IOException {
        return Files.list(EXAMPLES).filter(p -> p.getFileName().toString().startsWith("invalid-")).sorted();
    }

    @ParameterizedTest
    @MethodSource("invalidExamples")
    void eachBrokenExampleIsRefused(Path file) {
        List<ShapeValidator.Violation> violations = validator.validate(read(file));
        assertFalse(violations.isEmpty(), file + " should break a shape");
        assertTrue(violations.size() <= 2, () -> file + " should break one rule: " + violations);
    }
}
