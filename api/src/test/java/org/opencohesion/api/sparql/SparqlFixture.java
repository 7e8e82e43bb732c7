package org.opencohesion.api.sparql;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opencohesion.api.Config;
import org.opencohesion.api.OpenCohesionServer;
import org.opencohesion.api.TestSamples;
import org.opencohesion.api.auth.TokenAuthenticator;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputFolder;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;

/** A real service on a free port over an in-memory store loaded with the samples, with the SPARQL limits a test asks for. */
final class SparqlFixture implements AutoCloseable {
    final String token;
    final Store store;
    final OpenCohesionServer server;

    SparqlFixture(Path tempDir, Config.Sparql limits) {
        try {
            String[] made = TokenAuthenticator.newToken("sparql tests");
            token = made[0];
            Path tokens = Files.createTempFile(tempDir, "tokens", ".txt");
            Files.writeString(tokens, made[1] + "\n");
            store = LocalStore.inMemory(Uris.of(Uris.DEFAULT_BASE));
            new IngestService(store).ingest(InputFolder.collect(List.of(TestSamples.samples()), null, null));
            server = OpenCohesionServer.create(Config.forTests().withTokenFile(tokens).withSparql(limits), store).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SparqlFixture(Path tempDir) {
        this(tempDir, Config.Sparql.defaults());
    }

    RequestSpecification http() {
        return given().port(server.port()).urlEncodingEnabled(true);
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.port() + "/sparql";
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
