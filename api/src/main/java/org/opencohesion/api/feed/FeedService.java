package org.opencohesion.api.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.store.StoreView;

/**
 * Reads the change feed: the activities ingest and delete append to the changes graph in the same
 * commit as the change (see {@code ChangeRecord} in the ingest module), oldest first. Pages hold
 * whole generations, so a harvester that resumes after the last generation it saw can neither
 * miss nor repeat an activity. Knows no HTTP.
 *
 * <pre>{@code
 * FeedService.Page page = feed.after(lastGenerationSeen);
 * }</pre>
 */
public final class FeedService {
    /** Activities per page (a page holds more when one generation has more). */
    public static final int PAGE_SIZE = 100;

    /** What one commit did to one dataset. */
    public record Activity(String iri, Type type, String datasetIri, String datasetId, Instant published, long generation) {}

    /** The Activity Streams types of the feed. */
    public enum Type { Create, Update, Delete }

    /**
     * A page of the feed.
     *
     * @param next the {@code since} of the next page when there are more activities, else empty
     */
    public record Page(List<Activity> items, OptionalLong next) {}

    private final Store store;
    private final Uris uris;

    public FeedService(Store store) {
        this.store = store;
        this.uris = store.uris();
    }

    /** How many activities the feed holds. */
    public long total() {
        ParameterizedSparqlString q = SparqlFile.load(FeedService.class, "count.rq", uris);
        q.setIri("changes", uris.changesGraph());
        return store.read(view -> view.select(q.asQuery(), rows -> rows.next().getLiteral("total").getLong()));
    }

    /** The activities of the generations after {@code since}, oldest first, whole generations at a time. */
    public Page after(long since) {
        return store.read(view -> {
            List<Activity> fetched = activities(view, since, Long.MAX_VALUE, PAGE_SIZE + 1);
            if (fetched.size() <= PAGE_SIZE) {
                return new Page(fetched, OptionalLong.empty());
            }
            long cut = fetched.get(PAGE_SIZE).generation();
            List<Activity> page = fetched.stream().filter(a -> a.generation() < cut).toList();
            if (page.isEmpty()) {
                // one generation with more than a page of activities: it goes out whole
                page = activities(view, since, cut, Long.MAX_VALUE);
            }
            return new Page(page, OptionalLong.of(page.get(page.size() - 1).generation()));
        });
    }

    private List<Activity> activities(StoreView view, long since, long upto, long limit) {
        ParameterizedSparqlString q = SparqlFile.load(FeedService.class, "changes.rq", uris);
        q.setIri("changes", uris.changesGraph());
        q.setLiteral("since", since);
        q.setLiteral("upto", upto);
        Query query = q.asQuery();
        if (limit != Long.MAX_VALUE) {
            query.setLimit(limit);
        }
        String datasetPrefix = uris.dataset("x").getURI();
        datasetPrefix = datasetPrefix.substring(0, datasetPrefix.length() - 1);
        String prefix = datasetPrefix;
        return view.select(query, rows -> {
            List<Activity> list = new ArrayList<>();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String dataset = row.getResource("dataset").getURI();
                list.add(new Activity(row.getResource("activity").getURI(),
                        Type.valueOf(row.getResource("type").getLocalName()),
                        dataset, dataset.substring(prefix.length()),
                        Instant.parse(row.getLiteral("published").getLexicalForm()),
                        row.getLiteral("generation").getLong()));
            }
            return list;
        });
    }
}
