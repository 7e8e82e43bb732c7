package org.opencohesion.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C RDF Data Cube vocabulary terms OpenCohesion uses. */
public final class Qb {
    public static final String NS = "http://purl.org/linked-data/cube#";

    public static final Resource DataSet = resource("DataSet");
    public static final Resource Observation = resource("Observation");
    public static final Resource DataStructureDefinition = resource("DataStructureDefinition");
    public static final Property dataSet = property("dataSet");
    public static final Property structure = property("structure");

    private Qb() {}

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }
}
