package org.opencohesion.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses RDF/XML whose document type declaration could read files, reach the network or
 * expand without bound. Jena's parser does not resolve external entities, but it quietly
 * replaces them with nothing; an upload that tries should be refused, not half-loaded.
 * Plain internal entities (namespace abbreviations, as ontology editors write) stay allowed.
 */
final class XmlEntityGuard {
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\s+[^\\[>]*(\\[(.*?)\\])?\\s*>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("<!ENTITY\\s+(%\\s*)?([^\\s]+)\\s+(.*?)>", Pattern.DOTALL);

    private XmlEntityGuard() {}

    /** Why the document must be refused, or {@code null} when it is safe to parse. */
    static String problem(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher doctype = DOCTYPE.matcher(text);
        if (!doctype.find()) {
            return text.contains("<!DOCTYPE") ? "malformed document type declaration" : null;
        }
        String head = doctype.group(0).substring(0, doctype.group(0).indexOf(doctype.group(1) == null ? ">" : "["));
        if (head.contains("SYSTEM") || head.contains("PUBLIC")) {
            return "external document type definitions are not accepted";
        }
        if (doctype.group(2) == null) {
            return null;
        }
        Matcher entity = ENTITY.matcher(doctype.group(2));
        while (entity.find()) {
            String definition = entity.group(3);
            if (entity.group(1) != null) {
                return "parameter entities are not accepted (entity " + entity.group(2) + ")";
            }
            if (definition.startsWith("SYSTEM") || definition.startsWith("PUBLIC")) {
                return "external entities are not accepted: entity " + entity.group(2) + " would read a file or URL";
            }
            if (definition.contains("&") || definition.contains("%")) {
                return "entities that refer to other entities are not accepted (entity " + entity.group(2) + ")";
            }
        }
        return null;
    }
}
