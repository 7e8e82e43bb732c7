package org.opencohesion.api.sparql;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencohesion.api.Config;
import org.opencohesion.api.OpenCohesionServer;
import org.opencohesion.api.TestSamples;
import org.opencohesion.api.auth.TokenAuthenticator;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputFolder;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.api.TestStores;
import org.opencohesion.rdf.store.Store;

/**
 * A real service on a free port over an in-memory store loaded with the samples, with the SPARQL
 * limits a test asks for. Read-only tests share one with the default limits ({@link #shared()}).
 */
final class SparqlFixture implements AutoCloseable {
    /** UTF-8 bodies, and no charset added to a Content-Type the test did not set. */
    private static final RestAssuredConfig UTF8 = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .defaultContentCharset("UTF-8").defaultQueryParameterCharset("UTF-8")
            .appendDefaultContentCharsetToContentTypeIfUndefined(false)
            .encodeContentTypeAs("application/sparql-query", ContentType.TEXT)
            .encodeContentTypeAs("application/sparql-update", ContentType.TEXT));
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static SparqlFixture shared;

    final String token;
    final Store store;
    final OpenCohesionServer server;

    SparqlFixture(Config.Sparql limits) {
        try {
            String[] made = TokenAuthenticator.newToken("sparql tests");
            token = made[0];
            Path tokens = Files.createTempFile("sparql-tokens", ".txt");
            tokens.toFile().deleteOnExit();
            Files.writeString(tokens, made[1] + "\n");
            store = TestStores.create(Uris.of(Uris.DEFAULT_BASE));
            new IngestService(store).ingest(InputFolder.collect(List.of(TestSamples.samples()), null, null));
            server = OpenCohesionServer.create(Config.forTests().withTokenFile(tokens).withSparql(limits), store).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One fixture with the default limits for every test that only reads; it lives as long as the test JVM. */
    static synchronized SparqlFixture shared() {
        if (shared == null) {
            shared = new SparqlFixture(Config.Sparql.defaults());
        }
        return shared;
    }

    RequestSpecification http() {
        return given().port(server.port()).config(UTF8);
    }

    /** {@code text} with the PREFIX lines of the standard prefixes and {@code coh:} in front. */
    String withPrefixes(String text) {
        StringBuilder q = new StringBuilder();
        SparqlFile.prefixes(store.uris()).getNsPrefixMap().forEach((p, uri) -> q.append("PREFIX ").append(p).append(": <").append(uri).append(">\n"));
        return q.append(text).toString();
    }

    /** A plain GET with the JDK's client: no per-request overhead, for tests that time things. */
    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).GET().build());
    }

    /** A plain form POST of one query with the JDK's client. */
    HttpResponse<String> postQuery(String query) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A value of a Prometheus sample at /metrics, or 0 when it is not there yet. */
    double metric(String regex) {
        String metrics = get("/metrics").body();
        Matcher m = Pattern.compile("(?m)^" + regex + " ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
