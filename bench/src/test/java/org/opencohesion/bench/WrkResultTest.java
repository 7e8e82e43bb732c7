package org.opencohesion.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrkResultTest {
    @Test
    void readsTheReportLineAndWrksCpuTime() {
        String output = """
                Running 10s test @ http://127.0.0.1:1234/ping
                Requests/sec:  20000.00
                WRK_RESULT requests=200000 duration_us=10000000 bytes=1 p50_us=1250 p90_us=2000 p99_us=6500 max_us=30000 non2xx=3 connect_errors=0 read_errors=1 write_errors=0 timeouts=2
                0m0.001s 0m0.002s
                0m1.500s 1m2.500s
                """;

        WrkResult r = WrkResult.parse(output);

        assertEquals(20_000, r.requestsPerSecond(), 1e-9);
        assertEquals(1.25, r.p50Millis(), 1e-9);
        assertEquals(6.5, r.p99Millis(), 1e-9);
        assertEquals(3, r.non2xx());
        assertEquals(3, r.socketErrors());
        assertEquals(64.0, r.clientCpuSeconds(), 1e-9);
    }
}
