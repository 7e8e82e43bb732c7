package org.opencohesion.ingest;

import java.math.BigInteger;
import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.vocab.As;

/**
 * Builds one entry of the change feed: an Activity Streams {@code Create}, {@code Update} or
 * {@code Delete} of a dataset, with the time and the store generation of the commit that made it.
 * It is appended to the changes graph by that same commit, so the feed and the data cannot
 * disagree. It names the dataset and nothing of its content (no values, suppressed or not).
 */
public final class ChangeRecord {
    /** What a commit did to a dataset. */
    public enum Kind {
        CREATED(As.Create, "created"), UPDATED(As.Update, "replaced"), DELETED(As.Delete, "deleted");

        private final Resource type;
        private final String verb;

        Kind(Resource type, String verb) {
            this.type = type;
            this.verb = verb;
        }
    }

    private ChangeRecord() {}

    static Graph build(Uris uris, String datasetId, Kind kind, Instant when, long generation) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(uris.change(generation, datasetId).getURI())
                .addProperty(RDF.type, kind.type)
                .addProperty(RDFS.label, "dataset " + datasetId + " " + kind.verb + " (generation " + generation + ")")
                .addProperty(As.object, uris.dataset(datasetId))
                .addProperty(As.published, when.toString(), XSDDatatype.XSDdateTime)
                .addLiteral(uris.coh().generation, m.createTypedLiteral(BigInteger.valueOf(generation)));
        return m.getGraph();
    }
}
