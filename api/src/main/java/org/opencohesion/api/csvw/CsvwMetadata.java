package org.opencohesion.api.csvw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opencohesion.api.http.CsvColumn;
import org.opencohesion.api.model.Dataset;
import org.opencohesion.rdf.Uris;

/**
 * Writes the CSV on the Web (W3C CSVW) metadata document of a CSV extract: the table's URL, title,
 * licence and sources, the dialect it is written in, and a schema of its columns with their
 * titles (the header cells), datatypes, whether they are required, the RDF property they stand
 * for where that is obvious, and the primary key. Knows no HTTP.
 *
 * <pre>{@code
 * byte[] json = metadata.write("/api/v1/areas?format=csv", CsvwTable.of("Areas", "...", AreaController.CSV, "code"), sources, List.of());
 * }</pre>
 */
public final class CsvwMetadata {
    /** The media type of a CSVW metadata document. */
    public static final String MEDIA_TYPE = "application/csvm+json";
    /** What a CSV's metadata URL adds to its path, after CSVW's default location {@code {+url}-metadata.json}. */
    public static final String SUFFIX = ".csv-metadata.json";
    /**
     * The licence of data whose dataset names none, unless configured otherwise: the Open
     * Government Licence v3.0, as the ontology and the REST contract say.
     */
    public static final String DEFAULT_LICENCE = org.opencohesion.api.Config.Publication.OGL_3;

    private final Uris uris;
    private final String licence;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CsvwMetadata(Uris uris, String defaultLicence) {
        this.uris = uris;
        this.licence = defaultLicence;
    }

    /**
     * The metadata of the CSV at {@code csvUrl}.
     *
     * @param sources      the datasets the rows come from (their DCAT records), for licence and provenance
     * @param otherSources where the publisher got the figures from, when known (an indicator's source)
     */
    public byte[] write(String csvUrl, CsvwTable<?> table, List<Dataset> sources, List<URI> otherSources) {
        ObjectNode doc = json.createObjectNode();
        ArrayNode context = doc.putArray("@context");
        context.add("http://www.w3.org/ns/csvw");
        context.addObject().put("@language", "en");
        doc.put("url", csvUrl);
        doc.put("dc:title", table.title());
        doc.put("dc:description", table.description());
        Set<String> licences = new LinkedHashSet<>();
        sources.forEach(d -> {
            if (d.getLicence() != null) {
                licences.add(d.getLicence().toString());
            }
        });
        if (licences.isEmpty()) {
            licences.add(licence);
        }
        ids(doc.putArray("dc:license"), licences);
        Set<String> from = new LinkedHashSet<>();
        otherSources.forEach(u -> from.add(u.toString()));
        sources.forEach(d -> from.add(d.getUri().toString()));
        if (!from.isEmpty()) {
            ids(doc.putArray("dc:source"), from);
            // each dataset's record says which file, checksum and ingest it came from
            ids(doc.putArray("prov:wasDerivedFrom"), sources.stream().map(d -> d.getUri().toString()).toList());
        }
        sources.stream().map(Dataset::getModified).filter(m -> m != null).max(java.util.Comparator.naturalOrder())
                .ifPresent(m -> doc.putObject("dc:modified").put("@value", m.toString()).put("@type", "xsd:dateTime"));
        ObjectNode dialect = doc.putObject("dialect");
        dialect.put("encoding", "utf-8");
        dialect.put("header", true);
        dialect.put("delimiter", ",");
        dialect.put("doubleQuote", true);
        dialect.putArray("lineTerminators").add("\r\n");
        ObjectNode schema = doc.putObject("tableSchema");
        ArrayNode columns = schema.putArray("columns");
        for (CsvColumn<?> c : table.columns()) {
            columns.add(column(c, table.notes().get(c.name())));
        }
        if (table.columns().stream().anyMatch(c -> c.name().equals("uri"))) {
            // each row is about the resource its uri column names
            schema.put("aboutUrl", "{+uri}");
        }
        if (table.primaryKey().size() == 1) {
            schema.put("primaryKey", name(table.primaryKey().get(0)));
        } else {
            table.primaryKey().forEach(k -> ((ArrayNode) schema.withArray("primaryKey")).add(name(k)));
        }
        try {
            return json.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode column(CsvColumn<?> c, String note) {
        ObjectNode col = json.createObjectNode();
        col.put("name", name(c.name()));
        col.put("titles", c.name());
        if (note != null) {
            col.put("dc:description", note);
        }
        col.put("datatype", c.datatype().csvw());
        col.put("null", "");
        col.put("required", c.isRequired());
        if (c.propertyUrl() != null) {
            col.put("propertyUrl", underBase(c.propertyUrl()));
        }
        if (c.valueUrl() != null) {
            col.put("valueUrl", underBase(c.valueUrl()));
        }
        if (c.name().equals("uri")) {
            col.put("suppressOutput", true);
        }
        return col;
    }

    /**
     * A column's CSVW name: its header when that is a URI-template variable name already, else the
     * header with every other character percent-encoded ({@code 2023/24} is {@code 2023%2F24}), as
     * CSVW asks of names.
     */
    public static String name(String header) {
        StringBuilder out = new StringBuilder();
        for (byte b : header.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == '_' && out.length() > 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private String underBase(String template) {
        return template.startsWith("/") ? uris.base() + template : template;
    }

    private static void ids(ArrayNode array, Iterable<String> iris) {
        iris.forEach(iri -> array.addObject().put("@id", iri));
    }
}
