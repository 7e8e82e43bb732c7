package org.opencohesion.api.http;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencohesion.api.JsonRenderer;
import org.opencohesion.api.csvw.CsvwController;
import org.opencohesion.api.model.Links;
import org.opencohesion.api.model.Page;

/**
 * Renders a page of a list as JSON ({@code {items, page, links}}) or CSV, with the RFC 8288
 * {@code Link} header and {@code X-Total-Count} on both; a CSV's {@code Link} also names its CSV on the
 * Web metadata ({@code rel="describedby"}). Links are path-absolute, so they hold
 * behind any proxy or host name.
 */
public final class ListRenderer {
    /** Wraps a page's items in the list's generated envelope type. */
    public interface Envelope<T> {
        Object wrap(List<T> items, Page page, Links links);
    }

    private final JsonRenderer json;

    public ListRenderer(JsonRenderer json) {
        this.json = json;
    }

    public <T> Rendered render(Context ctx, Representation representation, ListQuery query, Slice<T> slice,
                               List<CsvColumn<T>> columns, Envelope<T> envelope) {
        String self = link(ctx, query.offset());
        String next = query.offset() + (long) query.limit() < slice.total() ? link(ctx, query.offset() + query.limit()) : null;
        String prev = query.offset() > 0 ? link(ctx, Math.max(0, query.offset() - query.limit())) : null;
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> rels = new ArrayList<>();
        if (next != null) {
            rels.add("<" + next + ">; rel=\"next\"");
        }
        if (prev != null) {
            rels.add("<" + prev + ">; rel=\"prev\"");
        }
        rels.add("<" + link(ctx, 0) + ">; rel=\"first\"");
        if (representation == Representation.CSV) {
            rels.add(CsvwController.describedBy(ctx.path(), ctx.queryString()));
        }
        headers.put("Link", String.join(", ", rels));
        headers.put("X-Total-Count", Long.toString(slice.total()));
        if (representation == Representation.CSV) {
            return new Rendered("text/csv; charset=utf-8; header=present",
                    CsvRenderer.render(columns, slice.items(), query.bom()), headers);
        }
        Page page = new Page().limit(query.limit()).offset(query.offset()).total((int) slice.total());
        Links links = new Links().self(self).next(next).prev(prev);
        return new Rendered("application/json", json.write(envelope.wrap(slice.items(), page, links)), headers);
    }

    /** This request's path and parameters (sorted), at {@code offset}. */
    private static String link(Context ctx, int offset) {
        Map<String, List<String>> params = new TreeMap<>(ctx.queryParamMap());
        params.remove("offset");
        StringBuilder sb = new StringBuilder(ctx.path());
        char sep = '?';
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String v : e.getValue()) {
                sb.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        if (offset > 0) {
            sb.append(sep).append("offset=").append(offset);
        }
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
