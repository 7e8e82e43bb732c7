package org.opencohesion.ingest.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.opencohesion.ingest.DisclosureControl.Cell;
import org.opencohesion.ingest.IndicatorDefinition;
import org.opencohesion.ingest.Period;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.vocab.Coh;
import org.opencohesion.rdf.vocab.Qb;

/**
 * The RDF Data Cube triples of an indicator's checked cells, made one cell at a time as they are
 * asked for: a {@code qb:Observation} with its value, or a {@code coh:EmptyCell} (suppressed or not
 * available) with no value at all; then each period's label and bounds.
 */
final class ObservationTriples {
    private final Uris uris;
    private final Coh coh;
    private final IndicatorDefinition indicator;
    private final Node dataSet;

    ObservationTriples(Uris uris, IndicatorDefinition indicator) {
        this.uris = uris;
        this.coh = uris.coh();
        this.indicator = indicator;
        this.dataSet = uris.indicator(indicator.id()).asNode();
    }

    /** The subject a row's triples are about. */
    Node subject(ObservationTable.Row row) {
        Cell cell = row.cell();
        return uris.observation(indicator.id(), cell.area(), cell.period()).asNode();
    }

    /** The triples of one cell. */
    List<Triple> of(ObservationTable.Row row) {
        Cell cell = row.cell();
        Node s = subject(row);
        List<Triple> t = new ArrayList<>(6);
        t.add(Triple.create(s, coh.refArea.asNode(), uris.area(cell.area()).asNode()));
        t.add(Triple.create(s, coh.refPeriod.asNode(), NodeFactory.createURI(row.period().uri())));
        if (cell.value() != null) {
            t.add(Triple.create(s, RDF.type.asNode(), Qb.Observation.asNode()));
            t.add(Triple.create(s, Qb.dataSet.asNode(), dataSet));
            t.add(Triple.create(s, coh.value.asNode(), indicator.isCount()
                    ? ResourceFactory.createTypedLiteral(cell.value().toBigIntegerExact()).asNode()
                    : ResourceFactory.createTypedLiteral(cell.value()).asNode()));
            if (row.status() != null) {
                t.add(Triple.create(s, coh.obsStatus.asNode(), uris.concept("obs-status", row.status()).asNode()));
            }
        } else {
            String status = cell.suppressed() ? "suppressed" : ObservationTable.NOT_AVAILABLE;
            t.add(Triple.create(s, RDF.type.asNode(), coh.EmptyCell.asNode()));
            t.add(Triple.create(s, coh.cellOf.asNode(), dataSet));
            t.add(Triple.create(s, coh.obsStatus.asNode(), uris.concept("obs-status", status).asNode()));
        }
        return t;
    }

    /** The label and bounds of every period the rows use, each once. */
    List<Triple> periods(List<ObservationTable.Row> rows) {
        Map<String, Period> periods = new LinkedHashMap<>();
        rows.forEach(r -> periods.putIfAbsent(r.period().uri(), r.period()));
        List<Triple> t = new ArrayList<>();
        for (Period p : periods.values()) {
            Node s = NodeFactory.createURI(p.uri());
            t.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralString(p.label())));
            t.add(Triple.create(s, coh.periodStart.asNode(), NodeFactory.createLiteralDT(p.start().toString(), XSDDatatype.XSDdate)));
            t.add(Triple.create(s, coh.periodEnd.asNode(), NodeFactory.createLiteralDT(p.end().toString(), XSDDatatype.XSDdate)));
        }
        return t;
    }

    /** Every triple of {@code rows}, made as the iterator is read: the cells in order, then the periods. */
    Iterator<Triple> all(List<ObservationTable.Row> rows) {
        Iterator<ObservationTable.Row> cells = rows.iterator();
        return new Iterator<>() {
            private Iterator<Triple> current = Collections.emptyIterator();
            private boolean periodsDone;

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (cells.hasNext()) {
                        current = of(cells.next()).iterator();
                    } else if (!periodsDone) {
                        periodsDone = true;
                        current = periods(rows).iterator();
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public Triple next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
