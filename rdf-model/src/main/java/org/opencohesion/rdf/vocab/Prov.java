package org.opencohesion.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms OpenCohesion uses to record each ingest. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Activity = resource("Activity");
    public static final Resource Entity = resource("Entity");
    public static final Resource SoftwareAgent = resource("SoftwareAgent");
    public static final Property used = property("used");
    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property wasDerivedFrom = property("wasDerivedFrom");
    public static final Property wasAssociatedWith = property("wasAssociatedWith");
    public static final Property startedAtTime = property("startedAtTime");
    public static final Property endedAtTime = property("endedAtTime");

    private Prov() {}

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }
}
