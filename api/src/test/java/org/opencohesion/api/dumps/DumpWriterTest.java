package org.opencohesion.api.dumps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.function.Consumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * Memory stays flat: the writer passes quads on as they come instead of collecting them. Checked
 * without timing or heap figures: the source makes its quads one at a time, and the output must
 * keep up with it. A writer that gathered a model (or a list) before writing would have nothing
 * written when the source finished, and these tests would fail.
 */
class DumpWriterTest {
    private static final int QUADS = 200_000;
    /** Far more than any writer's buffer holds, far fewer than the source makes. */
    private static final int MAX_LAG = 5_000;

    @Test
    void turtleIsWrittenWhileTheSourceIsStillProducing() {
        Progress progress = new Progress();
        DumpWriter.write(DumpFormat.TURTLE, progress, PrefixMapping.Factory.create(), progress.source());
        assertTrue(progress.maxLag < MAX_LAG, "the output fell " + progress.maxLag + " quads behind the source");
        assertTrue(progress.lines >= QUADS, "one line per triple");
    }

    @Test
    void gzippedNQuadsReachTheOutputLongBeforeTheSourceIsDone() {
        Progress progress = new Progress();
        DumpWriter.write(DumpFormat.NQUADS_GZ, progress, PrefixMapping.Factory.create(), progress.source());
        assertTrue(progress.generatedAtFirstKilobyte >= 0 && progress.generatedAtFirstKilobyte < QUADS / 10,
                "the first kilobyte of compressed data came after " + progress.generatedAtFirstKilobyte + " of " + QUADS + " quads");
    }

    /** A lazy source of distinct quads, and an output that watches how far behind it the bytes are. */
    private static final class Progress extends OutputStream {
        long generated;
        long lines;
        long maxLag;
        long bytes;
        /** How many quads the source had made when the output passed 1 KiB (past gzip's header). */
        long generatedAtFirstKilobyte = -1;

        Consumer<StreamRDF> source() {
            return sink -> {
                for (int i = 0; i < QUADS; i++) {
                    generated++;
                    sink.quad(Quad.create(NodeFactory.createURI("http://example.org/graph/" + (i % 7)),
                            NodeFactory.createURI("http://example.org/thing/" + i),
                            NodeFactory.createURI("http://example.org/value"),
                            NodeFactory.createLiteralString("value number " + i)));
                }
                assertEquals(QUADS, generated);
            };
        }

        @Override
        public void write(int b) {
            count(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                count(b[i]);
            }
        }

        private void count(int b) {
            if (++bytes == 1024) {
                generatedAtFirstKilobyte = generated;
            }
            if (b == '\n') {
                lines++;
                maxLag = Math.max(maxLag, generated - lines);
            }
        }
    }
}
