package org.opencohesion.ingest.read;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.IngestContext;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.ParsedDataset;
import org.opencohesion.ingest.SourceText;
import org.opencohesion.ingest.csv.Column;
import org.opencohesion.ingest.csv.CsvTable;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.vocab.Coh;

/** {@code partnerships.csv}: cohesion partnerships as W3C ORG organisations with their members. */
public final class PartnershipsReader implements DatasetReader {
    private static final List<Column> COLUMNS = List.of(
            Column.required("id"), Column.required("name"), Column.required("area"), Column.optional("lead"),
            Column.optional("members"), Column.optional("website"), Column.optional("established"));

    private final Uris uris;

    public PartnershipsReader(Uris uris) {
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
            String name = row.required("name");
            String area = row.gss("area", true);
            String lead = row.text("lead");
            String members = row.text("members");
            String website = row.url("website");
            var established = row.date("established");
            if (area != null && !context.hasArea(area)) {
                row.error(ErrorCode.UNKNOWN_REFERENCE, "area", "area " + area + " is not published; add it to areas.csv");
            }
            Resource p = id == null ? null : mapping.subject(row, "id", "partnership", id, uris.partnership(id));
            if (p == null) {
                return;
            }
            p.addProperty(RDF.type, coh.Partnership).addProperty(DCTerms.identifier, id);
            if (name != null) {
                p.addProperty(RDFS.label, name);
            }
            if (area != null) {
                p.addProperty(coh.servesArea, uris.area(area));
            }
            if (lead != null) {
                p.addProperty(coh.leadOrganisation, organisation(model, lead));
            }
            if (members != null) {
                for (String member : members.split(";")) {
                    if (!member.isBlank()) {
                        p.addProperty(ORG.hasMember, organisation(model, member.trim()));
                    }
                }
            }
            if (website != null) {
                p.addProperty(FOAF.homepage, model.createResource(website));
            }
            if (established != null) {
                p.addProperty(SchemaDO.foundingDate, established.toString(), XSDDatatype.XSDdate);
            }
            context.addPartnership(id);
        }));
        return mapping.dataset(file, rows, "Partnerships");
    }

    private Resource organisation(Model model, String name) {
        return OrganisationNames.organisation(model, uris, name);
    }
}
