package org.opencohesion.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.http.servlet.JavalinServletContextKt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawQueryTest {
    /** How Javalin parses a query string for {@code ctx.queryParamMap()}: what the raw reading must agree with. */
    private static Map<String, List<String>> javalin(String raw) {
        return JavalinServletContextKt.splitKeyValueStringAndGroupByKey(raw == null ? "" : raw, "UTF-8");
    }

    private static Supplier<Map<String, List<String>>> decoded(String raw) {
        return () -> javalin(raw);
    }

    @Test
    void theOrderOfParametersDoesNotMatter_theOrderOfOneNamesValuesDoes() {
        assertEquals(RawQuery.canonical("area=E08000030&limit=50", decoded(null)),
                RawQuery.canonical("limit=50&area=E08000030", decoded(null)));
        assertEquals(RawQuery.canonical("b=1&a=2&b=3", decoded(null)), RawQuery.canonical("a=2&b=1&b=3", decoded(null)));
        assertNotEquals(RawQuery.canonical("b=1&b=3", decoded(null)), RawQuery.canonical("b=3&b=1", decoded(null)));
        assertEquals("area=E08000030&limit=50", RawQuery.canonical("area=E08000030&limit=50",
                () -> fail("a query in order with nothing to decode is its own key")));
    }

    @Test
    void escapedQueriesAreKeyedOnTheirDecodedParameters() {
        String raw = "q=a%26b%3Dc&area=W06000006";
        assertEquals(RawQuery.canonical("area=W06000006&q=a%26b%3Dc", decoded("area=W06000006&q=a%26b%3Dc")),
                RawQuery.canonical(raw, decoded(raw)));
        assertNotEquals(RawQuery.canonical("q=a&b=c", decoded("q=a&b=c")), RawQuery.canonical("q=a%26b%3Dc", decoded("q=a%26b%3Dc")),
                "an escaped & is part of a value, not a separator");
        assertTrue(RawQuery.canonical("q=x+y", decoded("q=x+y")).startsWith("%"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "format=csv|format|csv",
            "limit=5&format=json&format=csv|format|json",
            "format&limit=5|format|''",
            "format=|format|''",
            "formats=csv|format|null",
            "a=b=c|a|b=c",
            "format=c%73v|format|csv",
            "format=c+v|format|c v",
            "null|format|null"})
    void theFirstValueIsTheOneJavalinGives(String raw, String name, String expected) {
        assertEquals(expected, RawQuery.first(raw, name, decoded(raw)));
        List<String> values = javalin(raw).get(name);
        assertEquals(values == null ? null : values.get(0), expected);
    }

    /** Random queries from a small alphabet, each against its pieces shuffled: equal keys only for equal parameters. */
    @Test
    void equalKeysMeanEqualParameters() {
        Random random = new Random(3);
        String[] names = {"a", "b", "ab", "", "a%62", "b+"};
        String[] values = {"", "1", "2", "x=y", "%31", "+"};
        int shared = 0;
        for (int i = 0; i < 3000; i++) {
            List<String> pieces = new ArrayList<>();
            for (int p = 0, n = 1 + random.nextInt(4); p < n; p++) {
                pieces.add(names[random.nextInt(names.length)] + (random.nextInt(5) > 0 ? "=" + values[random.nextInt(values.length)] : ""));
            }
            String x = String.join("&", pieces);
            Collections.shuffle(pieces, random);
            String y = String.join("&", pieces);
            if (RawQuery.canonical(x, decoded(x)).equals(RawQuery.canonical(y, decoded(y)))) {
                shared++;
                assertEquals(new TreeMap<>(javalin(x)), new TreeMap<>(javalin(y)), x + " and " + y);
            }
            for (String name : names) {
                List<String> expected = javalin(x).get(name);
                assertEquals(expected == null ? null : expected.get(0), RawQuery.first(x, name, decoded(x)), x + " " + name);
            }
        }
        assertTrue(shared > 1000, "most shuffles keep each name's values in order: " + shared);
    }
}
