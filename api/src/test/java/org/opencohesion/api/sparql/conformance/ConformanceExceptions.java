package org.opencohesion.api.sparql.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The conscious exceptions to a conformance suite: tests that cannot pass for a principled,
 * documented reason. Read from a classpath resource of lines
 *
 * <pre>
 * reason KEY  description of the reason
 * TEST-IRI KEY  what in particular makes this test fail
 * </pre>
 *
 * with {@code #} comments. Every test's reason must be declared.
 */
final class ConformanceExceptions {
    /** One excepted test. */
    record Excepted(String testIri, String reason, String reasonDescription, String note) {}

    private final Map<String, Excepted> byTest;

    private ConformanceExceptions(Map<String, Excepted> byTest) {
        this.byTest = byTest;
    }

    static ConformanceExceptions load(String resource) {
        Map<String, String> reasons = new LinkedHashMap<>();
        Map<String, Excepted> byTest = new LinkedHashMap<>();
        try (InputStream in = ConformanceExceptions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no exception list at " + resource);
            }
            int lineNumber = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+", 3);
                if (parts.length < 2) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected 'TEST-IRI REASON [note]' or 'reason KEY description'");
                }
                String note = parts.length == 3 ? parts[2] : "";
                if (parts[0].equals("reason")) {
                    reasons.put(parts[1], note);
                } else if (!reasons.containsKey(parts[1])) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": reason '" + parts[1] + "' is not declared above");
                } else if (byTest.put(parts[0], new Excepted(parts[0], parts[1], reasons.get(parts[1]), note)) != null) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": " + parts[0] + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConformanceExceptions(byTest);
    }

    Optional<Excepted> lookup(String testIri) {
        return Optional.ofNullable(byTest.get(testIri));
    }

    Map<String, Excepted> all() {
        return byTest;
    }
}
