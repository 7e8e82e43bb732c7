package org.opencohesion.ingest;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.opencohesion.rdf.store.GraphChange;
import org.opencohesion.rdf.store.TripleSource;

/**
 * One input file turned into RDF, not yet stored: either held in memory as a model (checked
 * against the shapes as a whole before the commit), or, for files too large for that
 * (observations), a {@link TripleSource} the commit reads, its rows already checked one by one and
 * its triples against the shapes batch by batch.
 *
 * @param model   the dataset's triples, or {@code null} when streamed
 * @param source  the dataset's triples on demand, or {@code null} when in memory
 * @param triples how many triples the dataset has (a streamed source may repeat none)
 * @param rows    data records read (triples, for RDF files)
 * @param lines   the line each subject came from, so a shape violation can point at it (in memory only)
 * @param title   the dataset's title in the catalogue
 */
public record ParsedDataset(InputFile file, Model model, TripleSource source, long triples, long rows,
                            Map<Node, Integer> lines, String title) {
    public ParsedDataset {
        if ((model == null) == (source == null)) {
            throw new IllegalArgumentException("a dataset is either in memory or streamed");
        }
    }

    /** A dataset held in memory. */
    public ParsedDataset(InputFile file, Model model, long rows, Map<Node, Integer> lines, String title) {
        this(file, Objects.requireNonNull(model, "model"), null, model.size(), rows, lines, title);
    }

    /** A dataset the commit streams from {@code source}. */
    public static ParsedDataset streamed(InputFile file, TripleSource source, long triples, long rows, String title) {
        return new ParsedDataset(file, null, source, triples, rows, Map.of(), title);
    }

    public boolean isStreamed() {
        return source != null;
    }

    /** The store change that replaces {@code graphName} by this dataset. */
    public GraphChange replacing(String graphName) {
        return isStreamed() ? GraphChange.replaceStreamed(graphName, source) : GraphChange.replace(graphName, model.getGraph());
    }
}
