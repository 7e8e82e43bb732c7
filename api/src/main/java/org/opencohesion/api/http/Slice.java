package org.opencohesion.api.http;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** One page of a list and how many items the filters matched in all. */
public record Slice<T>(List<T> items, long total) {

    /** Sorts the matching items and cuts out the page {@code query} asks for. */
    public static <T> Slice<T> of(Stream<T> matching, Comparator<T> order, ListQuery query) {
        List<T> all = matching.sorted(order).toList();
        int from = (int) Math.min(all.size(), query.offset());
        int to = (int) Math.min(all.size(), (long) from + query.limit());
        return new Slice<>(all.subList(from, to), all.size());
    }
}
