package org.opencohesion.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Activity Streams 2.0 terms the change feed records (one activity per dataset version). */
public final class As {
    public static final String NS = "https://www.w3.org/ns/activitystreams#";

    public static final Resource Create = resource("Create");
    public static final Resource Update = resource("Update");
    public static final Resource Delete = resource("Delete");
    public static final Property object = property("object");
    public static final Property published = property("published");
    public static final Property summary = property("summary");

    private As() {}

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }
}
