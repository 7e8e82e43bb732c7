package org.opencohesion.ingest.read;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.opencohesion.ingest.IndicatorDefinition;
import org.opencohesion.ingest.IngestContext;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.ParsedDataset;
import org.opencohesion.ingest.SourceText;
import org.opencohesion.ingest.csv.Column;
import org.opencohesion.ingest.csv.CsvTable;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.vocab.Coh;
import org.opencohesion.rdf.vocab.Qb;

/** {@code indicators.csv}: each indicator becomes an RDF Data Cube data set with its disclosure rules. */
public final class IndicatorsReader implements DatasetReader {
    static final int DEFAULT_THRESHOLD = 5;
    private static final List<Column> COLUMNS = List.of(
            Column.required("id"), Column.required("label"), Column.optional("description"), Column.required("measure"),
            Column.optional("unit"), Column.optional("theme"), Column.optional("source"),
            Column.optional("disclosure_threshold"), Column.optional("rounding"));

    private final Uris uris;

    public IndicatorsReader(Uris uris) {
        this.uris = uris;
    }

    @Override
    public ParsedDataset read(InputFile file, IngestContext context, InputErrors errors) {
        String text = SourceText.decode(file, errors);
        if (text == null) {
            return null;
        }
        Coh coh = uris.coh();
        CsvMapping mapping = new CsvMapping();
        Model model = mapping.model;
        long rows = CsvTable.read(file, text, COLUMNS, errors, true, context.counting(row -> {
            String id = row.slug("id", true);
            String label = row.required("label");
            String description = row.text("description");
            String measure = row.concept("measure", true, Concepts.MEASURES);
            String unit = row.text("unit");
            String theme = row.concept("theme", false, Concepts.THEMES);
            String source = row.url("source");
            Long threshold = row.integer("disclosure_threshold", 0, 1_000_000);
            Long rounding = row.integer("rounding", 1, 1_000_000);
            Resource indicator = id == null ? null : mapping.subject(row, "id", "indicator", id, uris.indicator(id));
            if (indicator == null) {
                return;
            }
            int t = threshold == null ? DEFAULT_THRESHOLD : threshold.intValue();
            int r = rounding == null ? 1 : rounding.intValue();
            indicator.addProperty(RDF.type, coh.Indicator)
                    .addProperty(RDF.type, Qb.DataSet)
                    .addProperty(DCTerms.identifier, id)
                    .addProperty(Qb.structure, coh.indicatorStructure)
                    .addLiteral(coh.disclosureThreshold, model.createTypedLiteral(java.math.BigInteger.valueOf(t)))
                    .addLiteral(coh.rounding, model.createTypedLiteral(java.math.BigInteger.valueOf(r)));
            if (label != null) {
                indicator.addProperty(RDFS.label, label);
            }
            if (description != null) {
                indicator.addProperty(DCTerms.description, description);
            }
            if (measure != null) {
                indicator.addProperty(coh.measureType, uris.concept("measure", measure));
                context.addIndicator(new IndicatorDefinition(id, label == null ? id : label, measure, t, r));
            }
            if (unit != null) {
                indicator.addProperty(coh.unit, unit);
            }
            if (theme != null) {
                indicator.addProperty(DCAT.theme, uris.concept("theme", theme));
            }
            if (source != null) {
                indicator.addProperty(DCTerms.source, model.createResource(source));
            }
        }));
        return mapping.dataset(file, rows, "Indicator definitions");
    }
}
