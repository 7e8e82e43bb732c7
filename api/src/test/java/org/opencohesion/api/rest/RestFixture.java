package org.opencohesion.api.rest;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencohesion.api.Config;
import org.opencohesion.api.OpenCohesionServer;
import org.opencohesion.api.TestSamples;
import org.opencohesion.api.auth.TokenAuthenticator;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputFolder;
import org.opencohesion.rdf.Uris;
import org.opencohesion.api.TestStores;
import org.opencohesion.rdf.store.Store;

/**
 * A real service on a free port over an in-memory TDB2 store loaded with the samples, and
 * REST Assured specs that check every request and response against openapi.yaml.
 */
final class RestFixture implements AutoCloseable {
    /** The write token of every fixture; its file holds only the hash. */
    final String token;
    final Store store;
    final OpenCohesionServer server;
    private final OpenApiValidationFilter strict;
    private final OpenApiValidationFilter responsesOnly;

    RestFixture(Path tempDir, long maxBodyBytes, long cacheBytes) {
        try {
            String[] made = TokenAuthenticator.newToken("tests");
            token = made[0];
            Path tokens = tempDir.resolve("tokens.txt");
            Files.writeString(tokens, "# write tokens\n" + made[1] + "\n");
            store = TestStores.create(Uris.of(Uris.DEFAULT_BASE));
            new IngestService(store).ingest(InputFolder.collect(List.of(TestSamples.samples()), null, null));
            Config config = Config.forTests().withTokenFile(tokens).withMaxBodyBytes(maxBodyBytes).withCacheMaxBytes(cacheBytes);
            server = OpenCohesionServer.create(config, store).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String spec = TestSamples.openApi().toString();
        strict = new OpenApiValidationFilter(spec);
        responsesOnly = new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(spec)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    RestFixture(Path tempDir) {
        this(tempDir, Config.DEFAULT_MAX_BODY_BYTES, Config.DEFAULT_CACHE_BYTES);
    }

    /** A request whose request and response must both match the contract. */
    RequestSpecification api() {
        return given().port(server.port()).filter(strict);
    }

    /** For requests that are wrong on purpose: only the response is checked against the contract. */
    RequestSpecification wrong() {
        return given().port(server.port()).filter(responsesOnly);
    }

    RequestSpecification writer() {
        return wrong().header("Authorization", "Bearer " + token);
    }

    /** Every item of a list, fetched page by page through its {@code next} links. */
    List<Map<String, Object>> walk(String path, int pageSize) {
        List<Map<String, Object>> all = new ArrayList<>();
        String next = path + (path.contains("?") ? "&" : "?") + "limit=" + pageSize;
        int pages = 0;
        while (next != null) {
            JsonPath page = api().get(next).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            next = page.getString("links.next");
            if (++pages > 10_000) {
                throw new AssertionError("paging never ends at " + path);
            }
        }
        return all;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

}
