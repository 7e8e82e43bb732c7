package org.opencohesion.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Gzip for cached bodies: when it is worth it, and whether a client's {@code Accept-Encoding} takes it. */
public final class Gzip {
    /** Below this a gzipped body plus its header saves too little to pay for the work (Javalin's own threshold). */
    static final int MIN_BYTES = 1500;

    private Gzip() {
    }

    static boolean worthIt(byte[] body) {
        return body.length >= MIN_BYTES;
    }

    static byte[] compress(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** True when {@code acceptEncoding} takes gzip: listed (or {@code *} is, and gzip is not) without {@code q=0}. */
    public static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean wildcard = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return !refused(pieces);
            }
            if (coding.equals("*")) {
                wildcard = !refused(pieces);
            }
        }
        return wildcard != null && wildcard;
    }

    private static boolean refused(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) == 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
