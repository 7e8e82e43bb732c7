package org.opencohesion.api;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opencohesion.api.auth.TokenAuthenticator;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputFolder;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;

/**
 * A real service on a free port over the samples, for the catalogue, dump and feed tests: in
 * memory, or in a TDB2 directory that can be closed and opened again ({@link #restart()}), with a
 * write token.
 */
public final class HarvestFixture implements AutoCloseable {
    public final String token;
    private final Path dataDir;
    private final Config config;
    private Store store;
    private OpenCohesionServer server;

    /** @param dataDir a TDB2 directory, or {@code null} for an in-memory store */
    public HarvestFixture(Path tempDir, Path dataDir, Config config) {
        try {
            String[] made = TokenAuthenticator.newToken("tests");
            token = made[0];
            Path tokens = tempDir.resolve("tokens.txt");
            Files.writeString(tokens, made[1] + "\n");
            this.dataDir = dataDir;
            this.config = config.withTokenFile(tokens);
            open();
            new IngestService(store).ingest(InputFolder.collect(List.of(TestSamples.samples()), null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HarvestFixture(Path tempDir) {
        this(tempDir, null, Config.forTests());
    }

    private void open() {
        Uris uris = Uris.of(config.baseUri());
        store = dataDir == null ? TestStores.create(uris) : LocalStore.open(dataDir, uris);
        server = OpenCohesionServer.create(config, store).start();
    }

    /** Stops the service and closes the store, then opens both again (a TDB2 store keeps its data). */
    public void restart() {
        if (dataDir == null) {
            throw new IllegalStateException("an in-memory store does not survive a restart");
        }
        close();
        open();
    }

    public Store store() {
        return store;
    }

    public String base() {
        return config.baseUri();
    }

    /** A request to the service; redirects are not followed. */
    public RequestSpecification request() {
        return given().port(server.port()).redirects().follow(false);
    }

    public RequestSpecification writer() {
        return request().header("Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
