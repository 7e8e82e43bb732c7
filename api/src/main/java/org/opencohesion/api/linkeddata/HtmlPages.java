package org.opencohesion.api.linkeddata;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Richer HTML pages for some kinds of thing, served as the HTML representation of their
 * documents in place of the generic {@link HtmlDescriptionPage}.
 */
public interface HtmlPages {
    /** No rich pages: every document's HTML is the generic description page. */
    HtmlPages NONE = new HtmlPages() {
        @Override
        public Optional<String> variant(DocumentPath path, Context ctx) {
            return Optional.empty();
        }

        @Override
        public byte[] render(DocumentPath path, Description description, String variant, long generation) {
            throw new IllegalStateException("no pages");
        }
    };

    /**
     * Whether {@code path} has a rich page and, if so, which variant of it the request asks for:
     * a short canonical string (e.g. a validated sort order, or {@code ""}) that names the page in
     * the response cache. Anything not understood is left out, so junk never multiplies entries.
     */
    Optional<String> variant(DocumentPath path, Context ctx);

    /** The page, from data at least as new as {@code generation}. */
    byte[] render(DocumentPath path, Description description, String variant, long generation);
}
