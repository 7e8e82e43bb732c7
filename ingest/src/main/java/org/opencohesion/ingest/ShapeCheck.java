package org.opencohesion.ingest;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.opencohesion.rdf.ShapeValidator;

/** The SHACL safety net: a shape violation in a file's triples becomes an input error at the line its subject came from. */
public final class ShapeCheck {
    private ShapeCheck() {}

    /**
     * @param lines the line each subject came from; a subject not in it is reported without a line
     */
    public static void report(ShapeValidator shapes, Graph data, InputFile file, Map<Node, Integer> lines, InputErrors errors) {
        for (ShapeValidator.Violation v : shapes.validate(data)) {
            Integer line = lines.get(v.focusNode());
            String focus = v.focusNode().isURI() ? v.focusNode().getURI() : "a blank node";
            errors.add(ErrorCode.SHAPE_VIOLATION, file.name(), line, null, v.path(), focus + ": " + v.message());
        }
    }
}
