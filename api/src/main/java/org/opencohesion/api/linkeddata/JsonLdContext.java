package org.opencohesion.api.linkeddata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.opencohesion.rdf.Uris;

/**
 * The JSON-LD context every JSON-LD document of the service refers to by URL
 * ({@code {base}/context.jsonld}): one term per prefix of {@link Namespaces}, so compact IRIs in
 * our JSON-LD read like the Turtle ({@code "coh:parentArea"}, {@code "theme:housing"}). Prefixes
 * only, no typed terms: any triple compacts and expands back to itself.
 */
public final class JsonLdContext {
    /** Where the context is published, relative to the base. */
    public static final String PATH = "/context.jsonld";

    private final String url;
    private final JsonObject context;
    private final byte[] document;

    public JsonLdContext(Uris uris, Namespaces namespaces) {
        this.url = uris.base() + PATH;
        JsonObjectBuilder terms = Json.createObjectBuilder();
        new TreeMap<>(namespaces.all().getNsPrefixMap()).forEach(terms::add);
        this.context = Json.createObjectBuilder().add("@context", terms).build();
        this.document = (pretty(context) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The URL documents name as their {@code @context}. */
    public String url() { return url; }

    /** The context document, {@code {"@context": {...}}}, to compact with. */
    public JsonObject context() { return context; }

    /** The context document as published. */
    public byte[] document() { return document.clone(); }

    static String pretty(JsonObject json) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (var writer = Json.createWriterFactory(java.util.Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(json);
        }
        return out.toString().strip();
    }
}
