package org.opencohesion.ingest.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.ParsedDataset;
import org.opencohesion.ingest.csv.CsvRow;

/** What a CSV reader builds as it goes: the model, the line each subject came from, and the ids seen so far. */
final class CsvMapping {
    final Model model = ModelFactory.createDefaultModel();
    private final Map<Node, Integer> lines = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * The subject for the row's {@code id}, or {@code null} after recording {@code duplicate-id}
     * when an earlier row of the file had the same id.
     *
     * @param what what the id names, for the message ("asset")
     */
    Resource subject(CsvRow row, String column, String what, String id, Resource uri) {
        Integer first = seen.putIfAbsent(id, row.line());
        if (first != null) {
            row.error(ErrorCode.DUPLICATE_ID, column, what + " " + id + " already appears on line " + first);
            return null;
        }
        Resource subject = model.createResource(uri.getURI());
        lines.put(subject.asNode(), row.line());
        return subject;
    }

    /** The ids of the rows mapped so far. */
    Set<String> ids() {
        return seen.keySet();
    }

    ParsedDataset dataset(InputFile file, long rows, String title) {
        return new ParsedDataset(file, model, rows, lines, title);
    }
}
