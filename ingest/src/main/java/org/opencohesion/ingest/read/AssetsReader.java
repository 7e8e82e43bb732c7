package org.opencohesion.ingest.read;

import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
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
import org.opencohesion.rdf.vocab.Geo;

/** {@code assets.csv}: the community assets inventory (Asset-Based Community Development). */
public final class AssetsReader implements DatasetReader {
    private static final List<Column> COLUMNS = List.of(
            Column.required("id"), Column.required("name"), Column.required("type"), Column.optional("description"),
            Column.required("area"), Column.optional("latitude"), Column.optional("longitude"), Column.optional("website"),
            Column.optional("provider"), Column.optional("partnership"), Column.optional("added"));

    private final Uris uris;

    public AssetsReader(Uris uris) {
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
            String type = row.concept("type", true, Concepts.ASSET_TYPES);
            String description = row.text("description");
            String area = row.gss("area", true);
            BigDecimal lat = coordinate(row, "latitude", "longitude", 90);
            BigDecimal lon = coordinate(row, "longitude", "latitude", 180);
            String website = row.url("website");
            String provider = row.text("provider");
            String partnership = row.slug("partnership", false);
            var added = row.date("added");
            if (area != null && !context.hasArea(area)) {
                row.error(ErrorCode.UNKNOWN_REFERENCE, "area", "area " + area + " is not published; add it to areas.csv");
            }
            if (partnership != null && !context.hasPartnership(partnership)) {
                row.error(ErrorCode.UNKNOWN_REFERENCE, "partnership", "partnership " + partnership + " is not published; add it to partnerships.csv");
            }
            Resource asset = id == null ? null : mapping.subject(row, "id", "asset", id, uris.asset(id));
            if (asset == null) {
                return;
            }
            asset.addProperty(RDF.type, coh.CommunityAsset).addProperty(DCTerms.identifier, id);
            if (name != null) {
                asset.addProperty(RDFS.label, name);
            }
            if (type != null) {
                asset.addProperty(coh.assetType, uris.concept("asset-type", type));
            }
            if (description != null) {
                asset.addProperty(DCTerms.description, description);
            }
            if (area != null) {
                asset.addProperty(coh.area, uris.area(area));
            }
            if (lat != null && lon != null) {
                asset.addLiteral(Geo.lat, model.createTypedLiteral(lat));
                asset.addLiteral(Geo.long_, model.createTypedLiteral(lon));
            }
            if (website != null) {
                asset.addProperty(FOAF.homepage, model.createResource(website));
            }
            if (provider != null) {
                asset.addProperty(coh.provider, OrganisationNames.organisation(model, uris, provider));
            }
            if (partnership != null) {
                asset.addProperty(coh.partnership, uris.partnership(partnership));
            }
            if (added != null) {
                asset.addProperty(DCTerms.created, added.toString(), XSDDatatype.XSDdate);
            }
        }));
        return mapping.dataset(file, rows, "Community assets");
    }

    /** A latitude or longitude: both or neither, decimal degrees within ±limit. */
    private static BigDecimal coordinate(CsvRow row, String column, String partner, int limit) {
        BigDecimal v = row.decimal(column, false);
        if (v == null) {
            if (row.text(column) == null && row.text(partner) != null) {
                row.error(ErrorCode.INVALID_VALUE, column, "give both latitude and longitude, or neither");
            }
            return null;
        }
        if (v.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            row.error(ErrorCode.OUT_OF_RANGE, column, "'" + v.toPlainString() + "' is out of range: WGS84 " + column + " lies between -" + limit + " and " + limit);
            return null;
        }
        return v;
    }
}
