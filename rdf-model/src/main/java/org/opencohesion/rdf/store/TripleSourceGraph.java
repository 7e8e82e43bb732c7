package org.opencohesion.rdf.store;

import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only graph over a {@link TripleSource}, so that a streamed {@link GraphChange} still has
 * a {@link GraphChange#content()} that code written for in-memory graphs can read: every find
 * reads the source again from the start. Correct but slow for anything but one full scan; stores
 * should use {@link GraphChange#streamed()} instead.
 */
final class TripleSourceGraph extends GraphBase {
    private final TripleSource source;

    TripleSourceGraph(TripleSource source) {
        this.source = source;
    }

    TripleSource source() {
        return source;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        ExtendedIterator<Triple> all = WrappedIterator.create(source.open());
        return Triple.ANY.equals(pattern) ? all : all.filterKeep(pattern::matches);
    }

    @Override
    public void performAdd(Triple t) {
        throw new UnsupportedOperationException("a streamed graph is read-only");
    }

    @Override
    public void performDelete(Triple t) {
        throw new UnsupportedOperationException("a streamed graph is read-only");
    }
}
