package org.opencohesion.api.http;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a cache hit needs from a query string, read from the raw string rather than from
 * Javalin's parameter map, which splits, decodes and groups the whole query on first use. A query
 * with nothing to decode (no {@code %} or {@code +}: what links and most clients send) is read as
 * it stands, split on {@code &} and on each piece's first {@code =} as Javalin splits it; any other
 * query is read from the decoded parameters.
 */
final class RawQuery {
    private static final Comparator<String> BY_NAME = (a, b) -> compareNames(a, 0, nameEnd(a, 0, a.length()), b, 0, nameEnd(b, 0, b.length()));

    private RawQuery() {}

    /**
     * The first value of parameter {@code name}, as {@code ctx.queryParam(name)} gives it, or {@code null}.
     *
     * @param raw     the query string as received, or {@code null}
     * @param decoded its parameters, decoded; asked for only when {@code raw} has escapes
     */
    static String first(String raw, String name, Supplier<Map<String, List<String>>> decoded) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (hasEscapes(raw)) {
            List<String> values = decoded.get().get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
        int start = 0;
        while (true) {
            int end = raw.indexOf('&', start);
            int pieceEnd = end < 0 ? raw.length() : end;
            int nameEnd = nameEnd(raw, start, pieceEnd);
            if (nameEnd - start == name.length() && raw.startsWith(name, start)) {
                return nameEnd == pieceEnd ? "" : raw.substring(nameEnd + 1, pieceEnd);
            }
            if (end < 0) {
                return null;
            }
            start = end + 1;
        }
    }

    /**
     * The query part of a response cache key: the parameters ordered by name, each name's values
     * in the order given, so that {@code ?area=X&limit=50} and {@code ?limit=50&area=X} share an
     * entry. Equal keys mean equal parameters, so one entry never answers another question. A raw
     * query already in order is its own key; a query with escapes is keyed on its decoded
     * parameters, in a form that starts with {@code %} and so never equals a raw one.
     *
     * @param raw     the query string as received, or {@code null}
     * @param decoded its parameters, decoded; asked for only when {@code raw} has escapes
     */
    static String canonical(String raw, Supplier<Map<String, List<String>>> decoded) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (hasEscapes(raw)) {
            return decodedForm(decoded.get());
        }
        if (inOrder(raw)) {
            return raw;
        }
        String[] pieces = split(raw);
        Arrays.sort(pieces, BY_NAME); // stable: a name's values keep their order
        return String.join("&", pieces);
    }

    /** Names and values with their lengths, since decoded ones may hold {@code &} and {@code =}. */
    static String decodedForm(Map<String, List<String>> params) {
        String[] names = params.keySet().toArray(new String[0]);
        Arrays.sort(names);
        StringBuilder sb = new StringBuilder(64).append('%');
        for (String name : names) {
            for (String v : params.get(name)) {
                sb.append(name.length()).append(':').append(name).append('=').append(v.length()).append(':').append(v).append('&');
            }
        }
        return sb.toString();
    }

    private static boolean hasEscapes(String raw) {
        return raw.indexOf('%') >= 0 || raw.indexOf('+') >= 0;
    }

    private static boolean inOrder(String raw) {
        int start = 0;
        int prevStart = -1;
        int prevEnd = -1;
        while (true) {
            int end = raw.indexOf('&', start);
            int pieceEnd = end < 0 ? raw.length() : end;
            int nameEnd = nameEnd(raw, start, pieceEnd);
            if (prevStart >= 0 && compareNames(raw, prevStart, prevEnd, raw, start, nameEnd) > 0) {
                return false;
            }
            if (end < 0) {
                return true;
            }
            prevStart = start;
            prevEnd = nameEnd;
            start = end + 1;
        }
    }

    /** Splits on every {@code &}, keeping empty pieces (unlike {@code String.split}), as Javalin does. */
    private static String[] split(String raw) {
        int count = 1;
        for (int i = raw.indexOf('&'); i >= 0; i = raw.indexOf('&', i + 1)) {
            count++;
        }
        String[] pieces = new String[count];
        int start = 0;
        for (int p = 0; p < count; p++) {
            int end = p == count - 1 ? raw.length() : raw.indexOf('&', start);
            pieces[p] = raw.substring(start, end);
            start = end + 1;
        }
        return pieces;
    }

    private static int nameEnd(String s, int start, int end) {
        int eq = s.indexOf('=', start);
        return eq < 0 || eq > end ? end : eq;
    }

    /** Compares two names in place as {@link String#compareTo} compares them. */
    private static int compareNames(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
        int n = Math.min(aEnd - aStart, bEnd - bStart);
        for (int i = 0; i < n; i++) {
            int d = a.charAt(aStart + i) - b.charAt(bStart + i);
            if (d != 0) {
                return d;
            }
        }
        return (aEnd - aStart) - (bEnd - bStart);
    }
}
