package org.opencohesion.api.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccessLogTest {
    @Test
    void theTimeReadsAsPercentPointOneF() {
        Random random = new Random(5);
        float[] edges = {0f, 0.05f, 0.04999f, 0.25f, 0.95f, 9.95f, 99.99f, 1234.5f, 1e7f};
        for (float ms : edges) {
            assertTenths(ms);
        }
        for (int i = 0; i < 100_000; i++) {
            assertTenths(random.nextFloat() * (i % 2 == 0 ? 10 : 10_000));
        }
    }

    private static void assertTenths(float ms) {
        StringBuilder sb = new StringBuilder();
        AccessLog.appendTenths(sb, ms);
        assertEquals(String.format(Locale.ROOT, "%.1f", ms), sb.toString(), Float.toString(ms));
    }
}
