package org.opencohesion.api.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.opencohesion.api.JsonRenderer;

/**
 * The HTML page at {@code /sparql}: YASGUI, bundled into the jar at build time and served from
 * {@code /webjars/yasgui/{version}/} (nothing is fetched from elsewhere, so it works offline),
 * opened on the example queries.
 */
final class QueryPage {
    private final String html;

    QueryPage(SparqlService sparql, List<ExampleQueries.Example> examples, JsonRenderer json) {
        String template = resource("query-page.html");
        // JSON inside <script>: "<" escaped so no text can close the element
        String examplesJson = new String(json.write(examples), StandardCharsets.UTF_8).replace("<", "\\u003c");
        this.html = template
                .replace("{{yasgui}}", "/webjars/yasgui/" + yasguiVersion())
                .replace("{{endpoint}}", escape(sparql.endpoint()))
                .replace("{{timeout}}", SparqlService.describe(sparql.limits().timeout()))
                .replace("{{maxRows}}", String.format("%,d", sparql.limits().maxRows()))
                .replace("{{examples}}", examplesJson);
    }

    String html() {
        return html;
    }

    /** The version of YASGUI the build unpacked (see the api pom). */
    static String yasguiVersion() {
        try (InputStream in = QueryPage.class.getResourceAsStream("yasgui.properties")) {
            if (in == null) {
                throw new IllegalStateException("YASGUI is missing from the jar: the build unpacks it (see api/pom.xml)");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = QueryPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
