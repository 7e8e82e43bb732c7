package org.opencohesion.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencohesion.api.Config;
import org.opencohesion.api.Main;

/** The SPARQL limits on the command line, and their defaults. */
class SparqlServeOptionsTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void serveHelpListsTheSparqlLimits() {
        String[] result = run("serve", "--help");
        assertEquals("0", result[0]);
        for (String option : new String[] {"--sparql-timeout", "--sparql-max-rows", "--sparql-max-query-bytes", "--sparql-max-concurrent",
                "--sparql-max-queued"}) {
            assertTrue(result[1].contains(option), option + " in\n" + result[1]);
        }
    }

    @Test
    void aLimitThatIsNotPositiveIsAUsageError() {
        String[] result = run("serve", "--memory", "--port", "0", "--sparql-timeout", "0");
        assertEquals("2", result[0]);
        assertTrue(result[2].contains("SPARQL limits must be positive"), result[2]);
    }

    @Test
    void theDefaultsAreThirtySecondsTenThousandRowsAndSlotsPerCore() {
        Config.Sparql d = Config.Sparql.defaults();
        assertEquals(Duration.ofSeconds(30), d.timeout());
        assertEquals(10_000, d.maxRows());
        assertEquals(64 * 1024, d.maxQueryBytes());
        assertTrue(d.maxConcurrent() >= 2);
        assertEquals(4 * d.maxConcurrent(), d.maxQueued());
    }
}
