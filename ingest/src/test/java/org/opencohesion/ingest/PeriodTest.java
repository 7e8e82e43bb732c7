package org.opencohesion.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
    @ParameterizedTest
    @CsvSource({
            "2023,       http://reference.data.gov.uk/id/year/2023,                 2023,      2023-01-01, 2023-12-31",
            "2023-Q2,    http://reference.data.gov.uk/id/quarter/2023-Q2,           2023-Q2,   2023-04-01, 2023-06-30",
            "2024-02,    http://reference.data.gov.uk/id/month/2024-02,             2024-02,   2024-02-01, 2024-02-29",
            "2023-04-01, http://reference.data.gov.uk/id/day/2023-04-01,            2023-04-01, 2023-04-01, 2023-04-01",
            "2023/24,    http://reference.data.gov.uk/id/government-year/2023-2024, 2023-2024, 2023-04-01, 2024-03-31",
            "1999/00,    http://reference.data.gov.uk/id/government-year/1999-2000, 1999-2000, 1999-04-01, 2000-03-31"})
    void namesReferenceDataGovUkIntervals(String text, String uri, String slug, LocalDate start, LocalDate end) {
        Period p = Period.parse(text).orElseThrow();
        assertEquals(uri, p.uri());
        assertEquals(slug, p.slug());
        assertEquals(text, p.label());
        assertEquals(start, p.start());
        assertEquals(end, p.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-Q5", "2023-13", "2023-02-30", "2023/25", "23", "2023-2024", "FY2023", "2023 ", ""})
    void refusesWhatIsNotAPeriod(String text) {
        assertTrue(Period.parse(text).isEmpty());
    }
}
