package org.opencohesion.ingest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.csv.CsvRow;
import org.opencohesion.rdf.Uris;

/**
 * Reads the members of one JSON object against the fields it may have. Like {@link CsvRow}, each
 * getter returns a valid value or {@code null} after recording an error with the member's JSON
 * Pointer and its line and column.
 */
public final class JsonObjectReader {
    private final LocatedJson doc;
    private final String file;
    private final String pointer;
    private final JsonNode node;
    private final InputErrors errors;

    private JsonObjectReader(LocatedJson doc, String file, String pointer, JsonNode node, InputErrors errors) {
        this.doc = doc;
        this.file = file;
        this.pointer = pointer;
        this.node = node;
        this.errors = errors;
    }

    /** The object at {@code pointer}, or {@code null} (error recorded) when it is not an object. */
    public static JsonObjectReader of(LocatedJson doc, String file, String pointer, JsonNode node, Set<String> fields, InputErrors errors) {
        JsonObjectReader reader = new JsonObjectReader(doc, file, pointer, node, errors);
        if (node == null || !node.isObject()) {
            reader.errorAt(ErrorCode.INVALID_VALUE, pointer, "expected a JSON object");
            return null;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                String at = pointer + "/" + LocatedJson.escape(name);
                LocatedJson.Location l = doc.locateName(at);
                errors.add(ErrorCode.UNKNOWN_FIELD, file, l == null ? null : l.line(), l == null ? null : l.column(), at, "unknown field '" + name + "'; allowed here: " + String.join(", ", fields.stream().sorted().toList()));
            }
        }
        return reader;
    }

    public String pointer() {
        return pointer;
    }

    public String pointer(String member) {
        return pointer + "/" + member;
    }

    public JsonNode get(String member) {
        JsonNode v = node.get(member);
        return v == null || v.isNull() ? null : v;
    }

    public String text(String member, boolean required) {
        JsonNode v = get(member);
        if (v == null) {
            if (required) {
                errorAt(ErrorCode.MISSING_VALUE, pointer(member), "'" + member + "' is required");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            errorAt(v.isTextual() ? ErrorCode.MISSING_VALUE : ErrorCode.INVALID_VALUE, pointer(member), "'" + member + "' must be a non-empty string");
            return null;
        }
        return v.asText().trim();
    }

    public String slug(String member, boolean required) {
        String v = text(member, required);
        if (v != null && !Uris.isSlug(v)) {
            errorAt(ErrorCode.INVALID_CODE, pointer(member), "'" + v + "' is not a valid id: use 1-80 lower-case letters, digits and hyphens");
            return null;
        }
        return v;
    }

    public String gss(String member, boolean required) {
        String v = text(member, required);
        if (v != null && !CsvRow.GSS.matcher(v).matches()) {
            errorAt(ErrorCode.INVALID_CODE, pointer(member), "'" + v + "' is not an ONS GSS code (e.g. W06000006)");
            return null;
        }
        return v;
    }

    public LocalDate date(String member) {
        String v = text(member, false);
        if (v == null) {
            return null;
        }
        try {
            if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not ISO", v, 0);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errorAt(ErrorCode.INVALID_DATE, pointer(member), "'" + v + "' is not a date: use YYYY-MM-DD");
            return null;
        }
    }

    public String url(String member) {
        String v = text(member, false);
        if (v != null && !CsvRow.isHttpUrl(v)) {
            errorAt(ErrorCode.INVALID_VALUE, pointer(member), "'" + v + "' is not an absolute http(s) URL");
            return null;
        }
        return v;
    }

    public Long integer(String member) {
        JsonNode v = get(member);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            errorAt(ErrorCode.INVALID_VALUE, pointer(member), "'" + member + "' must be a whole number");
            return null;
        }
        return v.asLong();
    }

    public String concept(String member, boolean required, Collection<String> allowed) {
        String v = text(member, required);
        if (v != null && !allowed.contains(v)) {
            errorAt(ErrorCode.INVALID_VALUE, pointer(member), "'" + v + "' is not one of: " + String.join(", ", allowed));
            return null;
        }
        return v;
    }

    /** The elements of an array member (empty when absent); {@code null} elements are skipped. */
    public List<JsonNode> array(String member, boolean required) {
        JsonNode v = get(member);
        if (v == null) {
            if (required) {
                errorAt(ErrorCode.MISSING_VALUE, pointer(member), "'" + member + "' is required (it may be an empty list)");
            }
            return List.of();
        }
        if (!v.isArray()) {
            errorAt(ErrorCode.INVALID_VALUE, pointer(member), "'" + member + "' must be a list");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        v.forEach(items::add);
        return items;
    }

    /** An array of strings, each checked by {@code allowed} when given. */
    public List<String> strings(String member, Collection<String> allowed) {
        List<String> out = new ArrayList<>();
        List<JsonNode> items = array(member, false);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = pointer(member) + "/" + i;
            if (!item.isTextual() || item.asText().isBlank()) {
                errorAt(ErrorCode.INVALID_VALUE, at, "expected a non-empty string");
            } else if (allowed != null && !allowed.contains(item.asText())) {
                errorAt(ErrorCode.INVALID_VALUE, at, "'" + item.asText() + "' is not one of: " + String.join(", ", allowed));
            } else {
                out.add(item.asText().trim());
            }
        }
        return out;
    }

    /** Records an error at a pointer inside this document. */
    public void errorAt(String code, String at, String message) {
        LocatedJson.Location l = doc.locate(at);
        errors.add(code, file, l == null ? null : l.line(), l == null ? null : l.column(), at, message);
    }
}
