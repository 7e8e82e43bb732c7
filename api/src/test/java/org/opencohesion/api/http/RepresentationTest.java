package org.opencohesion.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepresentationTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/csv|text/csv|1.0",
            "text/*;q=0.3|text/csv|0.3",
            "*/*;q=0.1, text/csv;q=0|text/csv|0.0",
            "application/json;q=0.5, */*|text/csv|1.0",
            "application/xml|application/json|0.0",
            "TEXT/CSV ; q=0.7|text/csv|0.7",
            "text/csv;q=banana|text/csv|0.0"})
    void theMostSpecificRangeGivesTheQuality(String accept, String type, double q) {
        assertEquals(q, Representation.quality(accept, type), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=1+1|'=1+1", "+44|'+44", "-2|'-2", "@SUM(A1)|'@SUM(A1)", "plain|plain", "a=b|a=b"})
    void formulaeAreNeutralised(String cell, String expected) {
        assertEquals(expected, CsvRenderer.neutralise(cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-2.5|-2.5", "0.000001|0.000001", "1E+3|1000"})
    void numericCellsStayNumbers(String number, String expected) {
        assertEquals(expected, CsvRenderer.cell(new java.math.BigDecimal(number), true));
    }
}
