package org.opencohesion.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The cohesion ontology's terms ({@code ontology/cohesion.ttl}).
 *
 * <p>Unlike the standard vocabularies, the namespace is {@code {base}/def/cohesion#}: the terms
 * dereference on whichever host publishes the data, so an instance is made per base URI.
 * A test checks every field here against the ontology file.
 */
public final class Coh {
    public final String ns;

    public final Resource Area;
    public final Resource Partnership;
    public final Resource Plan;
    public final Resource Priority;
    public final Resource Action;
    public final Resource Outcome;
    public final Resource CommunityAsset;
    public final Resource Indicator;
    public final Resource EmptyCell;
    public final Resource indicatorStructure;

    public final Property level;
    public final Property parentArea;
    public final Property servesArea;
    public final Property leadOrganisation;
    public final Property partnerOrganisation;
    public final Property partnership;
    public final Property area;
    public final Property startDate;
    public final Property endDate;
    public final Property priority;
    public final Property number;
    public final Property order;
    public final Property ambition;
    public final Property action;
    public final Property outcome;
    public final Property horizon;
    public final Property measuredBy;
    public final Property assetType;
    public final Property provider;
    public final Property measureType;
    public final Property unit;
    public final Property disclosureThreshold;
    public final Property rounding;
    public final Property refArea;
    public final Property refPeriod;
    public final Property value;
    public final Property obsStatus;
    public final Property cellOf;
    public final Property periodStart;
    public final Property periodEnd;
    public final Property datasetKind;
    public final Property graph;
    public final Property rowCount;
    public final Property generation;

    public Coh(String base) {
        ns = base + "/def/cohesion#";
        Area = resource("Area");
        Partnership = resource("Partnership");
        Plan = resource("Plan");
        Priority = resource("Priority");
        Action = resource("Action");
        Outcome = resource("Outcome");
        CommunityAsset = resource("CommunityAsset");
        Indicator = resource("Indicator");
        EmptyCell = resource("EmptyCell");
        indicatorStructure = resource("indicatorStructure");
        level = property("level");
        parentArea = property("parentArea");
        servesArea = property("servesArea");
        leadOrganisation = property("leadOrganisation");
        partnerOrganisation = property("partnerOrganisation");
        partnership = property("partnership");
        area = property("area");
        startDate = property("startDate");
        endDate = property("endDate");
        priority = property("priority");
        number = property("number");
        order = property("order");
        ambition = property("ambition");
        action = property("action");
        outcome = property("outcome");
        horizon = property("horizon");
        measuredBy = property("measuredBy");
        assetType = property("assetType");
        provider = property("provider");
        measureType = property("measureType");
        unit = property("unit");
        disclosureThreshold = property("disclosureThreshold");
        rounding = property("rounding");
        refArea = property("refArea");
        refPeriod = property("refPeriod");
        value = property("value");
        obsStatus = property("obsStatus");
        cellOf = property("cellOf");
        periodStart = property("periodStart");
        periodEnd = property("periodEnd");
        datasetKind = property("datasetKind");
        graph = property("graph");
        rowCount = property("rowCount");
        generation = property("generation");
    }

    private Resource resource(String local) { return ResourceFactory.createResource(ns + local); }
    private Property property(String local) { return ResourceFactory.createProperty(ns, local); }
}
