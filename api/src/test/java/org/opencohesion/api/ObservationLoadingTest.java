package org.opencohesion.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencohesion.rdf.store.Store;

/** A request does not wait without end for an indicator's observations to be read: it is told to come back. */
class ObservationLoadingTest {
    private static final String OBSERVATIONS = "/api/v1/indicators/hate-crime-reports/observations";

    @Test
    void aRequestThatWouldWaitTooLongGetsA503WithRetryAfter_theReadGoesOnForTheNextRequest() throws Exception {
        // a wait no read can meet; the cache is off so each request asks again
        Config config = Config.forTests().withCacheMaxBytes(0)
                .withObservations(new Config.Observations(Config.Observations.DEFAULT_CACHE_BYTES, Duration.ofNanos(1)));
        try (Store store = Stores.open(config)) {
            FirstStart.load(store, TestSamples.samples(), new PrintWriter(new StringWriter()));
            try (OpenCohesionServer server = OpenCohesionServer.create(config, store).start()) {
                given().port(server.port()).get(OBSERVATIONS).then()
                        .statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                        .body("type", equalTo("https://opencohesion.org/problems/still-loading"));
                Response later = null;
                for (int attempt = 0; attempt < 100; attempt++) {
                    later = given().port(server.port()).get(OBSERVATIONS);
                    if (later.statusCode() == 200) {
                        break;
                    }
                    Thread.sleep(100);
                }
                assertEquals(200, later.statusCode(), "the read finished for a later request");
                later.then().body("page.total", greaterThan(0));
            }
        }
    }
}
