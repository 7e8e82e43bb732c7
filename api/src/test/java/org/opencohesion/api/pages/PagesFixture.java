package org.opencohesion.api.pages;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.opencohesion.api.Config;
import org.opencohesion.api.OpenCohesionServer;
import org.opencohesion.api.TestSamples;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputFolder;
import org.opencohesion.rdf.Uris;
import org.opencohesion.api.TestStores;
import org.opencohesion.rdf.store.Store;

/**
 * A real service over the samples plus data that tries to break pages and spreadsheets: a ward
 * whose name is a script, a ward whose name is a formula, and an asset whose name is an image
 * with an {@code onerror}. The base URI is where the service listens, so a browser can follow
 * every link a page has.
 */
public final class PagesFixture implements AutoCloseable {
    /** A ward whose name is markup; its figures are 12 (2021) and suppressed (2022). */
    public static final String SCRIPT_WARD = "W05009998";
    public static final String SCRIPT_NAME = "<script>document.title='pwned'</script>Scriptwood";
    /** A ward whose name a spreadsheet would run as a formula. */
    public static final String FORMULA_WARD = "W05009999";
    public static final String FORMULA_NAME = "=1+2 Formulaville";
    public static final String SCRIPT_ASSET = "script-hall";
    public static final String SCRIPT_ASSET_NAME = "<img src=x onerror=\"document.title='pwned'\">Script Hall";

    public final String base;
    public final Store store;
    public final OpenCohesionServer server;

    public PagesFixture(Path temp) {
        try {
            Path samples = temp.resolve("samples");
            copy(TestSamples.samples(), samples);
            append(samples.resolve("areas.csv"), SCRIPT_WARD + ",\"" + SCRIPT_NAME + "\",,ward,W06000006",
                    FORMULA_WARD + ",\"" + FORMULA_NAME + "\",,ward,W06000006");
            append(samples.resolve("observations/hate-crime-reports.csv"), SCRIPT_WARD + ",2021,12,,,", SCRIPT_WARD + ",2022,3,,,",
                    FORMULA_WARD + ",2023,9,,,");
            append(samples.resolve("assets.csv"), SCRIPT_ASSET + ",\"" + SCRIPT_ASSET_NAME.replace("\"", "\"\"") + "\",physical-space,"
                    + "\"A hall called <b>bold</b>\"," + SCRIPT_WARD + ",,,,Wrexham Council,wrexham-community-cohesion,2024-01-01");
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            base = "http://127.0.0.1:" + port;
            store = TestStores.create(Uris.of(base));
            new IngestService(store).ingest(InputFolder.collect(List.of(samples), null, null));
            server = OpenCohesionServer.create(Config.forTests().withPort(port).withBaseUri(base), store).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RequestSpecification request() {
        return given().port(server.port());
    }

    private static void append(Path file, String... lines) throws IOException {
        String text = Files.readString(file);
        String sep = text.endsWith("\n") ? "" : "\n";
        Files.writeString(file, sep + String.join("\n", lines) + "\n", StandardOpenOption.APPEND);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
