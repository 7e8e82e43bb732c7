package org.opencohesion.rdf.store;

import java.util.Iterator;
import org.apache.jena.graph.Triple;

/**
 * The triples of a graph too large to hold in memory, produced on demand (e.g. re-read from the
 * input file they come from). Each {@link #open()} yields the same triples again, so a store may
 * read them more than once (to retry, or to count); a store that can write while reading needs
 * to read them only once.
 *
 * <p>The triples were checked before the commit that writes them: a source that fails now (an
 * I/O error) throws, and the commit it is part of changes nothing.
 */
@FunctionalInterface
public interface TripleSource {
    /** Every triple, from the first, as they are produced. */
    Iterator<Triple> open();
}
