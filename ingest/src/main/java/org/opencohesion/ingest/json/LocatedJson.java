package org.opencohesion.ingest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document parsed into a tree that remembers where each value (and each object member's
 * name) stood in the text, so errors can give a JSON Pointer and a line and column.
 */
public final class LocatedJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Where a value starts: 1-based line and column. */
    public record Location(int line, int column) {}

    /** The document had a syntax error at {@code location}. */
    public static final class SyntaxError extends Exception {
        private final Location location;

        SyntaxError(String message, Location location) {
            super(message);
            this.location = location;
        }

        public Location location() {
            return location;
        }
    }

    private final JsonNode root;
    private final Map<String, Location> locations;

    private LocatedJson(JsonNode root, Map<String, Location> locations) {
        this.root = root;
        this.locations = locations;
    }

    public static LocatedJson parse(String text) throws SyntaxError {
        Map<String, Location> locations = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SyntaxError("the document is empty", new Location(1, 1));
            }
            JsonNode root = value(parser, "", locations);
            if (parser.nextToken() != null) {
                throw new SyntaxError("unexpected content after the end of the document", location(parser.currentTokenLocation()));
            }
            return new LocatedJson(root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SyntaxError(e.getOriginalMessage(), at == null ? null : location(at));
        } catch (IOException e) {
            throw new SyntaxError(e.getMessage(), null);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts; for a pointer that names no value, its nearest ancestor's. */
    public Location locate(String pointer) {
        String p = pointer;
        while (true) {
            Location l = locations.get(p);
            if (l != null || p.isEmpty()) {
                return l;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the name of the member at {@code pointer} stands (for unknown fields). */
    public Location locateName(String pointer) {
        Location l = locations.get(pointer + "#name");
        return l != null ? l : locate(pointer);
    }

    private static JsonNode value(JsonParser parser, String pointer, Map<String, Location> locations) throws IOException, SyntaxError {
        locations.put(pointer, location(parser.currentTokenLocation()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String child = pointer + "/" + escape(name);
                    if (object.has(name)) {
                        throw new SyntaxError("duplicate field '" + name + "'", location(parser.currentTokenLocation()));
                    }
                    locations.put(child + "#name", location(parser.currentTokenLocation()));
                    parser.nextToken();
                    object.set(name, value(parser, child, locations));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, pointer + "/" + i++, locations));
                }
                return array;
            }
            case VALUE_STRING -> { return nodes.textNode(parser.getText()); }
            case VALUE_NUMBER_INT -> { return nodes.numberNode(parser.getBigIntegerValue()); }
            case VALUE_NUMBER_FLOAT -> { return nodes.numberNode(parser.getDecimalValue()); }
            case VALUE_TRUE -> { return nodes.booleanNode(true); }
            case VALUE_FALSE -> { return nodes.booleanNode(false); }
            case VALUE_NULL -> { return nodes.nullNode(); }
            default -> throw new SyntaxError("unexpected " + parser.currentToken(), location(parser.currentTokenLocation()));
        }
    }

    /** A member name as a JSON Pointer segment (RFC 6901: {@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Location location(JsonLocation at) {
        return new Location(at.getLineNr(), at.getColumnNr());
    }
}
