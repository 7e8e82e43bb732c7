package org.opencohesion.api.sparql.conformance;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.opencohesion.api.Config;
import org.opencohesion.api.OpenCohesionServer;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.GraphChange;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;

/**
 * A real OpenCohesion service on a free port over a scratch in-memory store whose contents each
 * test replaces. Starting a server costs about a second; swapping a store's graphs costs
 * milliseconds, so one service serves a whole suite.
 *
 * <p>The store holds exactly the graphs a test loads: even the ontology graph every new store
 * installs is removed, so the union default graph is the test's data and nothing else.
 */
final class ScratchService implements AutoCloseable {
    private final Store store;
    private final OpenCohesionServer server;

    private ScratchService(Store store, OpenCohesionServer server) {
        this.store = store;
        this.server = server;
    }

    static ScratchService start() {
        Store store = LocalStore.inMemory(Uris.of(Uris.DEFAULT_BASE));
        ScratchService service = new ScratchService(store, OpenCohesionServer.create(Config.forTests(), store).start());
        service.load(Map.of());
        return service;
    }

    /** The endpoint under test. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port() + "/sparql");
    }

    /** Makes the store hold exactly {@code graphs} (name to content), in one commit. */
    void load(Map<String, Graph> graphs) {
        List<GraphChange> changes = new ArrayList<>();
        for (String existing : store.read(view -> view.graphNames())) {
            if (!graphs.containsKey(existing)) {
                changes.add(GraphChange.delete(existing));
            }
        }
        graphs.forEach((name, content) -> changes.add(GraphChange.replace(name, content)));
        store.commit(changes);
    }

    /** The store generation: unchanged as long as nothing was committed. */
    long generation() {
        return store.generation();
    }

    /** A copy of every named graph in the store. */
    Map<String, Graph> contents() {
        return store.read(view -> {
            Map<String, Graph> all = new LinkedHashMap<>();
            view.graphNames().forEach(name -> all.put(name, view.graph(name)));
            return all;
        });
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
