package org.opencohesion.api.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opencohesion.api.dumps.Dump;
import org.opencohesion.api.dumps.DumpFormat;
import org.opencohesion.rdf.Uris;

/**
 * Writes the feed's Activity Streams 2.0 documents (JSON-LD with the Activity Streams context plus
 * the two terms it lacks: {@code generation} and DCAT). Created and updated datasets link to their
 * dumps (the current ones: dumps are not versioned, so a harvester that reads the feed in order and
 * fetches each changed dataset's dump once ends up with the current data); a deleted dataset is a
 * {@code Tombstone}.
 */
public final class FeedDocuments {
    private static final String AS_CONTEXT = "https://www.w3.org/ns/activitystreams";

    private final Uris uris;
    private final ObjectMapper json;

    public FeedDocuments(Uris uris, ObjectMapper json) {
        this.uris = uris;
        this.json = json;
    }

    /** The collection: where the pages are. */
    public byte[] collection(long total) {
        ObjectNode doc = document();
        doc.put("id", collectionUrl());
        doc.put("type", "OrderedCollection");
        doc.put("summary", "Every dataset created, replaced or deleted, oldest first. Page ?since=G holds what "
                + "changed after store generation G; remember the generation of the last activity you read "
                + "and ask ?since= it next time.");
        doc.put("totalItems", total);
        doc.put("first", pageUrl(0));
        return write(doc);
    }

    /** The page of the activities after generation {@code since}. */
    public byte[] page(long since, FeedService.Page page) {
        ObjectNode doc = document();
        doc.put("id", pageUrl(since));
        doc.put("type", "OrderedCollectionPage");
        doc.put("partOf", collectionUrl());
        ArrayNode items = doc.putArray("orderedItems");
        page.items().forEach(a -> items.add(activity(a)));
        page.next().ifPresent(next -> doc.put("next", pageUrl(next)));
        return write(doc);
    }

    private ObjectNode activity(FeedService.Activity a) {
        ObjectNode node = json.createObjectNode();
        node.put("id", a.iri());
        node.put("type", a.type().name());
        node.put("published", a.published().toString());
        node.put("generation", a.generation());
        ObjectNode object = node.putObject("object");
        object.put("id", a.datasetIri());
        if (a.type() == FeedService.Type.Delete) {
            object.put("type", "Tombstone");
            object.put("formerType", "dcat:Dataset");
            object.put("deleted", a.published().toString());
        } else {
            object.put("type", "dcat:Dataset");
            ArrayNode urls = object.putArray("url");
            for (DumpFormat format : DumpFormat.values()) {
                urls.addObject()
                        .put("type", "Link")
                        .put("href", Dump.dataset(a.datasetId(), format).url(uris))
                        .put("mediaType", format.gzipped() ? "application/gzip" : format.mediaType())
                        .put("name", format.label());
            }
        }
        return node;
    }

    private ObjectNode document() {
        ObjectNode doc = json.createObjectNode();
        ArrayNode context = doc.putArray("@context");
        context.add(AS_CONTEXT);
        ObjectNode extra = context.addObject();
        extra.put("dcat", "http://www.w3.org/ns/dcat#");
        extra.putObject("generation")
                .put("@id", uris.coh().generation.getURI())
                .put("@type", "http://www.w3.org/2001/XMLSchema#integer");
        return doc;
    }

    private String collectionUrl() {
        return uris.base() + "/feed";
    }

    private String pageUrl(long since) {
        return collectionUrl() + "?since=" + since;
    }

    private byte[] write(ObjectNode doc) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
