package org.opencohesion.ingest.read;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.opencohesion.rdf.Uris;

/**
 * Organisations that input files name only by name (leads, members, providers, partners) get a
 * URI from the name, so "Walsall Council" is one organisation wherever it appears.
 */
final class OrganisationNames {
    private OrganisationNames() {}

    static Resource organisation(Model model, Uris uris, String name) {
        return model.createResource(uris.organisation(name).getURI())
                .addProperty(RDF.type, ORG.Organization)
                .addProperty(RDFS.label, name);
    }
}
