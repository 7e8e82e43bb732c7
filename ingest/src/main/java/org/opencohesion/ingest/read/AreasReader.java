package org.opencohesion.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.IngestContext;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.ParsedDataset;
import org.opencohesion.ingest.SourceText;
import org.opencohesion.ingest.csv.Column;
import org.opencohesion.ingest.csv.CsvRow;
import org.opencohesion.ingest.csv.CsvTable;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.vocab.Coh;

/** {@code areas.csv}: the geography, each area linked to its parent and to the ONS URI for its code. */
public final class AreasReader implements DatasetReader {
    private static final List<Column> COLUMNS = List.of(
            Column.required("code"), Column.required("name"), Column.optional("name_cy"),
            Column.required("level"), Column.optional("parent"));

    private final Uris uris;

    public AreasReader(Uris uris) {
        this.uris = uris;
    }

    private record ParentRef(CsvRow row, String code, String parent) {}

    @Override
    public ParsedDataset read(InputFile file, IngestContext context, InputErrors errors) {
        String text = SourceText.decode(file, errors);
        if (text == null) {
            return null;
        }
        Coh coh = uris.coh();
        Model model = ModelFactory.createDefaultModel();
        Map<String, Integer> seen = new HashMap<>();
        Map<Node, Integer> lines = new HashMap<>();
        List<ParentRef> parents = new ArrayList<>();
        long rows = CsvTable.read(file, text, COLUMNS, errors, true, context.counting(row -> {
            String code = row.gss("code", true);
            String name = row.required("name");
            String nameCy = row.text("name_cy");
            String level = row.concept("level", true, Concepts.AREA_LEVELS);
            String parent = row.gss("parent", false);
            if (code != null && seen.putIfAbsent(code, row.line()) != null) {
                row.error(ErrorCode.DUPLICATE_ID, "code", "area " + code + " already appears on line " + seen.get(code));
                return;
            }
            if (code == null) {
                return;
            }
            if (parent != null) {
                parents.add(new ParentRef(row, code, parent));
            }
            Resource area = model.createResource(uris.area(code).getURI())
                    .addProperty(RDF.type, coh.Area)
                    .addProperty(SKOS.notation, code)
                    .addProperty(OWL.sameAs, uris.onsGeography(code));
            lines.put(area.asNode(), row.line());
            if (name != null) {
                area.addProperty(RDFS.label, name, "en");
            }
            if (nameCy != null) {
                area.addProperty(RDFS.label, nameCy, "cy");
            }
            if (level != null) {
                area.addProperty(coh.level, uris.concept("area-level", level));
            }
            if (parent != null) {
                area.addProperty(coh.parentArea, uris.area(parent));
            }
        }));
        // Parents may come later in the same file, so they are checked once all rows are read.
        for (ParentRef ref : parents) {
            if (ref.parent().equals(ref.code())) {
                ref.row().error(ErrorCode.INVALID_VALUE, "parent", "an area cannot be its own parent");
            } else if (!seen.containsKey(ref.parent()) && !context.hasArea(ref.parent())) {
                ref.row().error(ErrorCode.UNKNOWN_REFERENCE, "parent",
                        "parent area " + ref.parent() + " is neither in this file nor already published");
            }
        }
        Map<String, String> parentOf = new HashMap<>();
        parents.forEach(p -> parentOf.put(p.code(), p.parent()));
        seen.keySet().forEach(code -> context.addArea(code, parentOf.get(code)));
        return new ParsedDataset(file, model, rows, lines, "Areas");
    }
}
