package org.opencohesion.api.linkeddata;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a model in one of the RDF formats of {@link RdfFormat}: Turtle and RDF/XML with the
 * prefixes the model uses, N-Triples, and JSON-LD compacted against the published
 * {@link JsonLdContext}, which the document names by URL. Thread-safe; used by every controller
 * that publishes RDF.
 *
 * <pre>{@code
 * byte[] turtle = renderer.write(model, RdfFormat.TURTLE);
 * }</pre>
 */
public final class RdfRenderer {
    private final Namespaces namespaces;
    private final JsonLdContext context;

    public RdfRenderer(Namespaces namespaces, JsonLdContext context) {
        this.namespaces = namespaces;
        this.context = context;
    }

    public byte[] write(Model model, RdfFormat format) {
        // a fresh graph: Model.add(Model) would bring the source's prefixes along
        Graph graph = GraphFactory.createDefaultGraph();
        model.getGraph().find().forEachRemaining(graph::add);
        Model out = ModelFactory.createModelForGraph(graph).setNsPrefixes(namespaces.usedBy(model));
        return switch (format) {
            case TURTLE -> write(out, RDFFormat.TURTLE_PRETTY);
            case RDFXML -> write(out, RDFFormat.RDFXML_PRETTY);
            case NTRIPLES -> write(out, RDFFormat.NTRIPLES_UTF8);
            case JSONLD -> jsonLd(out);
            case HTML -> throw new IllegalArgumentException("HTML is not an RDF format");
        };
    }

    private static byte[] write(Model model, RDFFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFWriter.source(model).format(format).output(bytes);
        return bytes.toByteArray();
    }

    /** Expanded JSON-LD from Jena, compacted with our context, which is then named by its URL. */
    private byte[] jsonLd(Model model) {
        try {
            JsonDocument expanded = JsonDocument.of(new ByteArrayInputStream(write(model, RDFFormat.JSONLD11_PLAIN)));
            JsonObject compacted = JsonLd.compact(expanded, JsonDocument.of(context.context())).ordered(true).get();
            JsonObjectBuilder named = Json.createObjectBuilder().add("@context", context.url());
            compacted.forEach((key, value) -> {
                if (!key.equals("@context")) {
                    named.add(key, value);
                }
            });
            return (JsonLdContext.pretty(named.build()) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }
}
