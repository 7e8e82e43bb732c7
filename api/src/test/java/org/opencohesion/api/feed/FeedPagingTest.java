package org.opencohesion.api.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.GraphChange;
import org.opencohesion.api.TestStores;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.vocab.As;

/** Pages hold whole generations, so following next links neither misses nor repeats an activity. */
class FeedPagingTest {
    @Test
    void walkingTheNextLinksReadsEveryActivityOnceInOrder() {
        try (Store store = TestStores.create(Uris.of(Uris.DEFAULT_BASE))) {
            // one commit of 150 datasets (more than a page), then 130 commits of one each
            store.commit(next -> List.of(GraphChange.append(store.uris().changesGraph(), activities(store.uris(), next, 150))));
            for (int i = 0; i < 130; i++) {
                store.commit(next -> List.of(GraphChange.append(store.uris().changesGraph(), activities(store.uris(), next, 1))));
            }
            FeedService feed = new FeedService(store);
            assertEquals(280, feed.total());

            List<FeedService.Activity> read = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            OptionalLong since = OptionalLong.of(0);
            while (since.isPresent()) {
                FeedService.Page page = feed.after(since.getAsLong());
                sizes.add(page.items().size());
                read.addAll(page.items());
                since = page.next();
            }
            assertEquals(List.of(150, 100, 30), sizes, "the big generation whole, then pages of " + FeedService.PAGE_SIZE);
            assertEquals(280, read.size());
            assertEquals(280, read.stream().map(FeedService.Activity::iri).distinct().count(), "none twice");
            for (int i = 1; i < read.size(); i++) {
                assertTrue(read.get(i - 1).generation() <= read.get(i).generation(), "oldest first");
            }
            assertEquals(0, feed.after(store.generation()).items().size());
        }
    }

    private static org.apache.jena.graph.Graph activities(Uris uris, long generation, int count) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < count; i++) {
            String id = "dataset-" + generation + "-" + i;
            m.createResource(uris.change(generation, id).getURI())
                    .addProperty(RDF.type, As.Update)
                    .addProperty(As.object, uris.dataset(id))
                    .addProperty(As.published, Instant.now().toString(), XSDDatatype.XSDdateTime)
                    .addLiteral(uris.coh().generation, m.createTypedLiteral(BigInteger.valueOf(generation)));
        }
        return m.getGraph();
    }
}
