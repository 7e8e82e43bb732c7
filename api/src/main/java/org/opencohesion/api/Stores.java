package org.opencohesion.api;

import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.store.StoreException;

/** Opens the store a {@link Config} names. */
public final class Stores {
    private Stores() {}

    public static Store open(Config config) {
        Uris uris = Uris.of(config.baseUri());
        if (config.inMemory()) {
            return LocalStore.inMemory(uris);
        }
        try {
            return LocalStore.open(config.dataDir(), uris);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // TDB2 allows one process per directory: the usual cause is a running `serve`.
            throw new StoreException("cannot open the store in " + config.dataDir().toAbsolutePath() + ": " + e.getMessage()
                    + " (is another OpenCohesion process using it?)", e);
        }
    }
}
