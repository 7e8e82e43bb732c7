package org.opencohesion.ingest;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;

/**
 * One input file turned into RDF, not yet stored.
 *
 * @param model the dataset's triples
 * @param rows  data records read (triples, for RDF files)
 * @param lines the line each subject came from, so a shape violation can point at it
 * @param title the dataset's title in the catalogue
 */
public record ParsedDataset(InputFile file, Model model, long rows, Map<Node, Integer> lines, String title) {}
