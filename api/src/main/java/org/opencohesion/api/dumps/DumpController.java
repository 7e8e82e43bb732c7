package org.opencohesion.api.dumps;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.opencohesion.api.http.ConditionalGet;
import org.opencohesion.api.http.Gzip;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.problem.ClientError;

/**
 * Dumps at stable URLs, streamed straight from a read transaction to the response (chunked, no
 * length known in advance):
 * <ul>
 *   <li>{@code GET /dumps/all.nq.gz}, {@code /dumps/all.ttl}: the whole store</li>
 *   <li>{@code GET /dumps/datasets/{id}.nq.gz}, {@code /dumps/datasets/{id}.ttl}: one dataset</li>
 * </ul>
 * With {@code ETag} and {@code Last-Modified}; {@code If-None-Match} / {@code If-Modified-Since}
 * answer 304 and HEAD answers the headers, neither reading a quad. What each dump holds and how
 * its validators are made: {@link DumpService}.
 */
public final class DumpController {
    private static final String CACHE_CONTROL = "public, max-age=60";

    private final DumpService dumps;

    public DumpController(DumpService dumps) {
        this.dumps = dumps;
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/dumps/{file}", this::dump);
        Routes.getAndHead(config, "/dumps/datasets/{file}", this::dump);
    }

    private void dump(Context ctx) {
        Dump dump = Dump.ofPath(ctx.path()).orElseThrow(() -> ClientError.notFound("there is no dump at " + ctx.path()
                + "; dumps are /dumps/all.nq.gz, /dumps/all.ttl and /dumps/datasets/{id}.nq.gz or .ttl"));
        // already gzipped, or gzipped here with an ETag of its own: Javalin must not compress again
        ctx.disableCompression();
        boolean gzipOnTheWire = !dump.format().gzipped() && Gzip.accepted(ctx.header("Accept-Encoding"));
        GZIPOutputStream[] wire = {null};
        boolean found = dumps.write(dump, version -> open(ctx, dump, version, gzipOnTheWire, wire));
        if (!found) {
            throw ClientError.notFound("there is no dataset '" + dump.datasetId() + "'");
        }
        if (wire[0] != null) {
            try {
                wire[0].finish();
                wire[0].flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Optional<OutputStream> open(Context ctx, Dump dump, DumpService.Version version, boolean gzip,
                                               GZIPOutputStream[] wire) {
        String etag = gzip ? version.etag().substring(0, version.etag().length() - 1) + "-gzip\"" : version.etag();
        ctx.header("Cache-Control", CACHE_CONTROL);
        if (!dump.format().gzipped()) {
            ctx.header("Vary", "Accept-Encoding");
        }
        try {
            if (ConditionalGet.notModified(ctx, etag, version.lastModified())) {
                ctx.status(304);
                return headersOnly(ctx);
            }
            ctx.contentType(dump.format().contentType());
            String name = (dump.isAll() ? Dump.ALL : dump.datasetId()) + "." + dump.format().suffix();
            ctx.header("Content-Disposition", (dump.format().gzipped() ? "attachment" : "inline") + "; filename=\"" + name + "\"");
            if (ctx.method() == HandlerType.HEAD) {
                return headersOnly(ctx);
            }
            if (gzip) {
                ctx.header("Content-Encoding", "gzip");
                wire[0] = new GZIPOutputStream(ctx.outputStream(), 64 * 1024);
                return Optional.of(wire[0]);
            }
            return Optional.of(ctx.outputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends the headers now: left to finish on its own, Jetty would add {@code Content-Length: 0},
     * which for HEAD and 304 would claim the dump is empty.
     */
    private static Optional<OutputStream> headersOnly(Context ctx) throws IOException {
        ctx.res().flushBuffer();
        return Optional.empty();
    }
}
