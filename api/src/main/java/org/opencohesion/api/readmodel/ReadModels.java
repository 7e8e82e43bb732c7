package org.opencohesion.api.readmodel;

import org.opencohesion.rdf.store.Store;

/**
 * Hands out the read model for the store's current generation, rebuilding it once per change.
 * A model is built from a read transaction that began after its generation was read, so its data
 * is never older than its generation: a response keyed on generation g never shows data from
 * before g.
 */
public final class ReadModels {
    private final Store store;
    private final ReadModelLoader loader;
    private volatile ReadModel current;

    public ReadModels(Store store) {
        this.store = store;
        this.loader = new ReadModelLoader(store.uris());
    }

    /** A model at least as new as {@code generation}. */
    public ReadModel atLeast(long generation) {
        ReadModel m = current;
        if (m != null && m.generation() >= generation) {
            return m;
        }
        synchronized (this) {
            m = current;
            if (m == null || m.generation() < generation) {
                long g = store.generation();
                m = store.read(view -> loader.load(view, g));
                current = m;
            }
            return m;
        }
    }

    public ReadModel current() {
        return atLeast(store.generation());
    }
}
