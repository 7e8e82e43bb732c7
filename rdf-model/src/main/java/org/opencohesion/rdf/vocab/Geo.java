package org.opencohesion.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C WGS84 Geo Positioning vocabulary: latitude and longitude in decimal degrees. */
public final class Geo {
    public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";

    public static final Property lat = ResourceFactory.createProperty(NS, "lat");
    public static final Property long_ = ResourceFactory.createProperty(NS, "long");

    private Geo() {}
}
