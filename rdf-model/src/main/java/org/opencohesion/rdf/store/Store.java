package org.opencohesion.rdf.store;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.opencohesion.rdf.Uris;

/**
 * Where OpenCohesion keeps its RDF: one named graph per dataset, queried as their union.
 *
 * <p>Implementations: {@link LocalStore} (TDB2 on disk, or TDB2 in memory). A remote SPARQL 1.1
 * Query/Update + Graph Store Protocol store fits behind the same interface: reads are queries,
 * {@link #commit} is one update request (stage graphs, then swap them in with {@code MOVE} and
 * bump the generation), and the generation lives in the store itself.
 */
public interface Store extends AutoCloseable {
    /** The URI minter for the base URI this store was created with. */
    Uris uris();

    /**
     * The store generation: a number every committed change increases. Cheap to call; caches
     * key on it.
     */
    long generation();

    /** Runs {@code work} against a consistent snapshot of the store. */
    <T> T read(Function<StoreView, T> work);

    /**
     * Applies every change atomically, all or nothing, and increases the generation by one.
     *
     * @return the new generation
     */
    default long commit(List<GraphChange> changes) {
        return commit(generation -> changes);
    }

    /**
     * Like {@link #commit(List)}, for changes that record the generation they make (provenance):
     * {@code changesFor} is given the generation the commit will have.
     */
    long commit(LongFunction<List<GraphChange>> changesFor);

    @Override
    void close();
}
