package org.opencohesion.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
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
        CsvMapping mapping = new CsvMapping();
        List<ParentRef> parents = new ArrayList<>();
        long rows = CsvTable.read(file, text, COLUMNS, errors, true, context.counting(row -> {
            String code = row.gss("code", true);
            String name = row.required("name");
            String nameCy = row.text("name_cy");
            String level = row.concept("level", true, Concepts.AREA_LEVELS);
            String parent = row.gss("parent", false);
            Resource area = code == null ? null : mapping.subject(row, "code", "area", code, uris.area(code));
            if (area == null) {
                return;
            }
            if (parent != null) {
                parents.add(new ParentRef(row, code, parent));
            }
            area.addProperty(RDF.type, coh.Area)
                    .addProperty(SKOS.notation, code)
                    .addProperty(OWL.sameAs, uris.onsGeography(code));
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
            } else if (!mapping.ids().contains(ref.parent()) && !context.hasArea(ref.parent())) {
                ref.row().error(ErrorCode.UNKNOWN_REFERENCE, "parent",
                        "parent area " + ref.parent() + " is neither in this file nor already published");
            }
        }
        Map<String, String> parentOf = new HashMap<>();
        parents.forEach(p -> parentOf.put(p.code(), p.parent()));
        mapping.ids().forEach(code -> context.addArea(code, parentOf.get(code)));
        return mapping.dataset(file, rows, "Areas");
    }
}
