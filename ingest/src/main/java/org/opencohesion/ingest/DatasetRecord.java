package org.opencohesion.ingest;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.vocab.Coh;
import org.opencohesion.rdf.vocab.Prov;
import org.opencohesion.rdf.vocab.Spdx;

/** Builds a dataset's DCAT + PROV record: what it is, where it came from, and the ingest that made it. */
final class DatasetRecord {
    private DatasetRecord() {}

    /**
     * @param issued   when the dataset was first published (kept across replacements)
     * @param started  when this ingest started
     * @param ended    when this ingest finished checking, just before the commit
     * @param triples  the size of the dataset's graph
     * @param generation the store generation this ingest commits
     */
    static Graph build(Uris uris, ParsedDataset dataset, byte[] sha256, Instant issued, Instant started, Instant ended,
                       long triples, long generation) {
        Coh coh = uris.coh();
        String id = dataset.file().datasetId();
        Model m = ModelFactory.createDefaultModel();
        Resource source = m.createResource(uris.datasetSource(id).getURI())
                .addProperty(RDF.type, Prov.Entity)
                .addProperty(DCTerms.title, dataset.file().name())
                .addProperty(Spdx.checksum, m.createResource()
                        .addProperty(RDF.type, Spdx.Checksum)
                        .addProperty(Spdx.algorithm, Spdx.checksumAlgorithm_sha256)
                        .addProperty(Spdx.checksumValue, HexFormat.of().formatHex(sha256), XSDDatatype.XSDhexBinary));
        Resource ingest = m.createResource(uris.ingestActivity(id, generation).getURI())
                .addProperty(RDF.type, Prov.Activity)
                .addProperty(RDFS.label, "ingest of " + dataset.file().name())
                .addProperty(Prov.startedAtTime, started.toString(), XSDDatatype.XSDdateTime)
                .addProperty(Prov.endedAtTime, ended.toString(), XSDDatatype.XSDdateTime)
                .addProperty(Prov.used, source)
                .addProperty(Prov.wasAssociatedWith, m.createResource(uris.software().getURI())
                        .addProperty(RDF.type, Prov.SoftwareAgent)
                        .addProperty(RDFS.label, "OpenCohesion"));
        m.createResource(uris.dataset(id).getURI())
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, id)
                .addProperty(DCTerms.title, dataset.title())
                .addProperty(coh.datasetKind, uris.concept("dataset-kind", dataset.file().kind().slug()))
                .addProperty(coh.graph, m.createResource(uris.datasetGraph(id)))
                .addProperty(DCTerms.issued, issued.toString(), XSDDatatype.XSDdateTime)
                .addProperty(DCTerms.modified, ended.toString(), XSDDatatype.XSDdateTime)
                .addLiteral(VOID.triples, m.createTypedLiteral(BigInteger.valueOf(triples)))
                .addLiteral(coh.rowCount, m.createTypedLiteral(BigInteger.valueOf(dataset.rows())))
                .addProperty(Prov.wasDerivedFrom, source)
                .addProperty(Prov.wasGeneratedBy, ingest);
        return m.getGraph();
    }
}
