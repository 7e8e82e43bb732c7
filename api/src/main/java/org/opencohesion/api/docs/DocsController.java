package org.opencohesion.api.docs;

import io.javalin.config.JavalinConfig;
import org.opencohesion.api.http.Routes;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * {@code GET /openapi.yaml} (the contract, as built into the jar) and {@code GET /docs} (Swagger UI,
 * served from its webjar: nothing is fetched from elsewhere at run time, and the UI's online
 * validator badge is switched off for the same reason).
 */
public final class DocsController {
    private static final String SPEC = "/org/opencohesion/api/openapi.yaml";
    private final byte[] spec;
    private final String page;

    public DocsController() {
        this.spec = resource(SPEC);
        String ui = "/webjars/swagger-ui/" + swaggerUiVersion();
        this.page = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>OpenCohesion API</title>
                  <link rel="stylesheet" href="%1$s/swagger-ui.css">
                </head>
                <body>
                  <noscript><p>This page needs JavaScript. The contract itself is at <a href="/openapi.yaml">/openapi.yaml</a>.</p></noscript>
                  <div id="swagger-ui"></div>
                  <script src="%1$s/swagger-ui-bundle.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({ url: "/openapi.yaml", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
                  </script>
                </body>
                </html>
                """.formatted(ui);
    }

    public void register(JavalinConfig config) {
        config.staticFiles.enableWebjars();
        Routes.getAndHead(config, "/openapi.yaml", this::spec);
        Routes.getAndHead(config, "/docs", this::docs);
    }

    private void spec(Context ctx) {
        ctx.contentType("application/yaml").header("Cache-Control", "public, max-age=300").result(spec);
    }

    private void docs(Context ctx) {
        ctx.html(page);
    }

    private static String swaggerUiVersion() {
        try (InputStream in = DocsController.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the swagger-ui webjar is missing from the classpath", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DocsController.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
