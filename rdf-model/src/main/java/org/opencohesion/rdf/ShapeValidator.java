package org.opencohesion.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** Validates a dataset's graph against the ontology's SHACL shapes. Thread-safe. */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator(Ontology ontology) {
        this.shapes = Shapes.parse(ontology.shapes());
    }

    /** One way the data breaks a shape. */
    public record Violation(Node focusNode, String path, String message) {}

    /** Every violation (severity Violation) of the shapes in {@code data}; empty when it conforms. */
    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream()
                .map(e -> new Violation(e.focusNode(),
                        e.resultPath() == null ? null : e.resultPath().toString(),
                        e.message()))
                .toList();
    }
}
