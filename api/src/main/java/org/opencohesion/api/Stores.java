package org.opencohesion.api;

import java.io.IOException;
import java.nio.file.Files;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.RemoteService;
import org.opencohesion.rdf.store.RemoteStore;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.store.StoreException;

/** Opens the store a {@link Config} names: a remote SPARQL server, a TDB2 directory, or memory. */
public final class Stores {
    private Stores() {}

    public static Store open(Config config) {
        Uris uris = Uris.of(config.baseUri());
        if (config.remote() != null) {
            return remote(config.remote(), uris);
        }
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

    private static Store remote(Config.Remote remote, Uris uris) {
        String password = null;
        if (remote.passwordFile() != null) {
            try {
                password = Files.readAllLines(remote.passwordFile()).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new StoreException("cannot read the password file " + remote.passwordFile() + ": " + e.getMessage(), e);
            }
        }
        return RemoteStore.connect(new RemoteService(remote.query(), remote.update(), remote.user(), password), uris,
                remote.checkInterval());
    }
}
