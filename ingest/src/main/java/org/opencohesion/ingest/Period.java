package org.opencohesion.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference period, as reference.data.gov.uk names intervals: a calendar year, quarter, month,
 * day, or a UK government financial year (April to March).
 *
 * @param uri   the interval's URI, e.g. {@code http://reference.data.gov.uk/id/quarter/2023-Q2}
 * @param slug  its last segment, used in observation URIs
 * @param label the period as the file wrote it
 */
public record Period(String uri, String slug, String label, LocalDate start, LocalDate end) {
    private static final String INTERVALS = "http://reference.data.gov.uk/id/";
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

    /** The period {@code text} names, if it is one of the accepted forms. */
    public static Optional<Period> parse(String text) {
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return Optional.of(new Period(INTERVALS + "year/" + text, text, text, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                int y = Integer.parseInt(m.group(1));
                int q = Integer.parseInt(m.group(2));
                LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
                return Optional.of(new Period(INTERVALS + "quarter/" + text, text, text, start, start.plusMonths(3).minusDays(1)));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new Period(INTERVALS + "month/" + text, text, text, ym.atDay(1), ym.atEndOfMonth()));
            }
            if (DAY.matcher(text).matches()) {
                LocalDate d = LocalDate.parse(text);
                return Optional.of(new Period(INTERVALS + "day/" + text, text, text, d, d));
            }
            if ((m = FINANCIAL_YEAR.matcher(text)).matches()) {
                int y = Integer.parseInt(m.group(1));
                if (Integer.parseInt(m.group(2)) != (y + 1) % 100) {
                    return Optional.empty();
                }
                String slug = y + "-" + (y + 1);
                return Optional.of(new Period(INTERVALS + "government-year/" + slug, slug, text,
                        LocalDate.of(y, 4, 1), LocalDate.of(y + 1, 3, 31)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
