package org.opencohesion.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.GraphChange;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.store.StoreView;
import org.opencohesion.rdf.testing.FusekiFixture;

/**
 * The store a test's service runs on: TDB2 in memory, or, when the build runs the suites in
 * remote mode ({@code -Dopencohesion.test.store=remote}), a real Fuseki started for the test with
 * the service in remote mode over it. The same tests then check both modes.
 */
public final class TestStores {
    /** Whether this test run puts the store on a Fuseki server. */
    public static final boolean REMOTE = "remote".equals(System.getProperty("opencohesion.test.store"));

    private TestStores() {}

    /** A new, empty store for {@code uris}; closing it stops its server, if it has one. */
    public static Store create(Uris uris) {
        if (!REMOTE) {
            return LocalStore.inMemory(uris);
        }
        FusekiFixture fuseki = new FusekiFixture(true);
        return new WithServer(fuseki.connect(uris, Config.Remote.DEFAULT_CHECK_INTERVAL), fuseki);
    }

    /** A remote store that stops its test server when closed. */
    private record WithServer(Store store, FusekiFixture server) implements Store {
        @Override
        public Uris uris() {
            return store.uris();
        }

        @Override
        public long generation() {
            return store.generation();
        }

        @Override
        public <T> T read(Function<StoreView, T> work) {
            return store.read(work);
        }

        @Override
        public long commit(LongFunction<List<GraphChange>> changesFor) {
            return store.commit(changesFor);
        }

        @Override
        public void close() {
            store.close();
            server.close();
        }
    }
}
