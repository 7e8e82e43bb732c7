package org.opencohesion.rdf.store;

import java.util.Arrays;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.lib.TupleLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds many quads to a TDB2 dataset inside the caller's write transaction, in batches sorted into
 * each index's own order. TDB2 keeps every quad in six B+trees (GSPO, GPOS, GOSP, SPOG, POSG,
 * OSPG); adding quads one by one in arrival order lands each of them on a random leaf of each tree,
 * and at millions of quads the time goes in finding and copying those pages. Sorted, consecutive
 * inserts fall on the same few pages. Nothing is written outside the transaction, so an abort
 * still leaves the store as it was.
 */
final class SortedQuadWriter {
    /** Quads per sorted batch: 4 node ids each, and one index's records at a time, about 40 MB. */
    static final int BATCH = 1 << 19;

    private final NodeTable nodes;
    private final TupleIndex[] indexes;
    private final int batchSize;
    private final NodeId[] batch;
    private int size;

    private SortedQuadWriter(NodeTupleTable quads, int batchSize) {
        this.nodes = quads.getNodeTable();
        this.indexes = quads.getTupleTable().getIndexes();
        this.batchSize = batchSize;
        this.batch = new NodeId[4 * batchSize];
    }

    /** A writer for {@code dsg}, which must be in a write transaction on this thread. */
    static SortedQuadWriter of(DatasetGraph dsg) {
        return of(dsg, BATCH);
    }

    static SortedQuadWriter of(DatasetGraph dsg, int batchSize) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return new SortedQuadWriter(tdb.getQuadTable().getNodeTupleTable(), batchSize);
    }

    /** Adds every triple of {@code triples} to the named graph {@code graph}, then flushes. */
    long addAll(Node graph, Iterator<Triple> triples) {
        NodeId g = nodes.getAllocateNodeId(graph);
        long count = 0;
        while (triples.hasNext()) {
            Triple t = triples.next();
            int at = 4 * size;
            batch[at] = g;
            batch[at + 1] = nodes.getAllocateNodeId(t.getSubject());
            batch[at + 2] = nodes.getAllocateNodeId(t.getPredicate());
            batch[at + 3] = nodes.getAllocateNodeId(t.getObject());
            count++;
            if (++size == batchSize) {
                flush();
            }
        }
        flush();
        return count;
    }

    /** Writes the batch into each index in that index's order. */
    private void flush() {
        if (size == 0) {
            return;
        }
        for (TupleIndex index : indexes) {
            if (index == null) {
                continue;
            }
            if (index.baseTupleIndex() instanceof TupleIndexRecord records) {
                insertSorted(records);
            } else {
                // Not the B+tree index this class knows: add in arrival order, as TDB2 itself would.
                for (int i = 0; i < size; i++) {
                    index.add(tuple(i));
                }
            }
        }
        Arrays.fill(batch, 0, 4 * size, null);
        size = 0;
    }

    private void insertSorted(TupleIndexRecord index) {
        RangeIndex tree = index.getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        Record[] records = new Record[size];
        for (int i = 0; i < size; i++) {
            records[i] = TupleLib.record(factory, tuple(i), index.getMapping());
        }
        Arrays.sort(records, Record::compareByKey);
        for (Record r : records) {
            tree.insert(r);
        }
    }

    private Tuple<NodeId> tuple(int i) {
        int at = 4 * i;
        return TupleFactory.create4(batch[at], batch[at + 1], batch[at + 2], batch[at + 3]);
    }
}
