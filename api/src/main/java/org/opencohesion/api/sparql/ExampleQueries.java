package org.opencohesion.api.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;

/**
 * The example queries of the query page, kept in {@code examples/*.rq} beside this class. Each
 * file starts with a comment: its first line is the title, the rest a description. The cohesion
 * namespace depends on the base URI, so the {@code PREFIX} lines a query uses are added here; the
 * tests run the same texts over the sample data.
 *
 * <pre>{@code
 * for (ExampleQueries.Example e : ExampleQueries.load(uris)) { ... e.query() ... }
 * }</pre>
 */
public final class ExampleQueries {
    /** In the order the page lists them. */
    private static final List<String> NAMES = List.of(
            "wards-where-hate-crime-rose",
            "assets-per-type-per-authority",
            "plan-outcomes-latest-values",
            "partnerships-and-members",
            "published-datasets",
            "wrexham-wards-graph");

    /**
     * @param name        the file name without {@code .rq}
     * @param title       the first comment line
     * @param description the other comment lines, joined
     * @param query       the full query text, PREFIX lines included
     */
    public record Example(String name, String title, String description, String query) {}

    private ExampleQueries() {}

    public static List<Example> load(Uris uris) {
        Map<String, String> prefixes = new TreeMap<>(SparqlFile.prefixes(uris).getNsPrefixMap());
        List<Example> examples = new ArrayList<>();
        for (String name : NAMES) {
            examples.add(example(name, read(name + ".rq"), prefixes));
        }
        return List.copyOf(examples);
    }

    private static Example example(String name, String text, Map<String, String> prefixes) {
        List<String> comments = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (body.isEmpty() && line.startsWith("#")) {
                comments.add(line.substring(1).strip());
            } else {
                body.add(line);
            }
        }
        String bodyText = String.join("\n", body).strip();
        StringBuilder query = new StringBuilder();
        comments.forEach(c -> query.append("# ").append(c).append('\n'));
        prefixes.forEach((prefix, uri) -> {
            if (Pattern.compile("(?<![\\w-])" + Pattern.quote(prefix) + ":").matcher(bodyText).find()) {
                query.append("PREFIX ").append(prefix).append(": <").append(uri).append(">\n");
            }
        });
        query.append('\n').append(bodyText).append('\n');
        String description = String.join(" ", comments.subList(Math.min(1, comments.size()), comments.size()));
        return new Example(name, comments.isEmpty() ? name : comments.get(0), description, query.toString());
    }

    private static String read(String file) {
        try (InputStream in = ExampleQueries.class.getResourceAsStream("examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("example query missing from the jar: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
