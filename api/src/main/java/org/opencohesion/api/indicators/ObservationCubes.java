package org.opencohesion.api.indicators;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.opencohesion.api.http.Slice;
import org.opencohesion.api.http.SortKey;
import org.opencohesion.api.model.Observation;
import org.opencohesion.api.model.ObservationStatus;
import org.opencohesion.api.problem.Problem;
import org.opencohesion.api.problem.ServerError;
import org.opencohesion.api.readmodel.ReadModel;
import org.opencohesion.api.readmodel.Row;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;

/**
 * Answers observation requests from an {@link ObservationCube} per indicator and store generation,
 * read from the store once with {@code indicator-cells.rq} and kept while the cache's byte budget
 * allows. Filtering and sorting in SPARQL cost seconds per request on a union-graph query over
 * tens of thousands of cells; the columns answer any filter, sort and page in milliseconds. Knows
 * no HTTP.
 */
public final class ObservationCubes {
    private record Key(long generation, String indicatorId) {}

    private final Store store;
    private final Uris uris;
    private final AsyncCache<Key, ObservationCube> cubes;
    private final Duration loadWait;

    /**
     * @param maxBytes the budget for cubes held between requests (an estimate of their heap)
     * @param loadWait how long a request waits for a cube being loaded before a 503 tells its client to ask again
     */
    public ObservationCubes(Store store, long maxBytes, Duration loadWait) {
        this.store = store;
        this.loadWait = loadWait;
        this.uris = store.uris();
        // Loads take seconds on a national dataset: they run on their own threads, so the cache's
        // map is never locked for that long (a synchronous Caffeine load holds its hash bin).
        ExecutorService loaders = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "observation-cube-loader");
            t.setDaemon(true);
            return t;
        });
        this.cubes = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, maxBytes))
                .weigher((Key k, ObservationCube c) -> (int) Math.min(Integer.MAX_VALUE, c.weight()))
                .executor(loaders)
                .buildAsync();
    }

    Slice<Observation> page(ReadModel model, String indicatorId, ObservationFilter filter, List<SortKey> sort, int limit, int offset) {
        return cube(model.generation(), indicatorId).page(model, filter, sort, limit, offset);
    }

    /** Every published cell of the indicator at the model's generation, as a grid of areas by periods. */
    public IndicatorGrid grid(ReadModel model, String indicatorId) {
        return cube(model.generation(), indicatorId).grid();
    }

    /**
     * The indicator's cube at {@code generation}. Concurrent requests for one that is not yet
     * loaded wait for the one load rather than each running the query.
     */
    private ObservationCube cube(long generation, String indicatorId) {
        CompletableFuture<ObservationCube> cube = cubes.get(new Key(generation, indicatorId), k -> load(indicatorId));
        try {
            return cube.get(loadWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the load goes on: a later request finds it done
            throw new ServerError(Problem.of(503, "still-loading", "Observations are still loading",
                    "the observations of " + indicatorId + " are being read from the store; ask again shortly"), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ObservationCube load(String indicatorId) {
        ParameterizedSparqlString pss = SparqlFile.load(ObservationCubes.class, "indicator-cells.rq", uris);
        String indicator = uris.indicator(indicatorId).getURI();
        pss.setIri("indicator", indicator);
        Query query = pss.asQuery();
        ObservationCube.Builder cube = new ObservationCube.Builder(indicatorId, indicator + "/observation/");
        return store.read(view -> view.select(query, rows -> {
            rows.forEachRemaining(s -> {
                Row r = new Row(s);
                var value = r.decimal("value");
                String status = r.lastSegment("status");
                cube.add(r.uri("cell"), r.lastSegment("area"), r.uri("area"),
                        new ObservationCube.Period(r.uri("period"), r.text("label"), r.date("start"), r.date("end")),
                        value, status == null
                                ? (value == null ? ObservationStatus.NOT_AVAILABLE : ObservationStatus.NORMAL)
                                : ObservationStatus.fromValue(status));
            });
            return cube.build();
        }));
    }
}
