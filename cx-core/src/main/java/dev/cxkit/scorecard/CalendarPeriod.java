package dev.cxkit.scorecard;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar periods of a response time in a time zone, labelled so that labels sort in time
 * order: {@code 2024-03-05} (day), {@code 2024-W09} (ISO-8601 week, Monday first, in its
 * week-based year), {@code 2024-03} (month), {@code 2024-Q1} (quarter), {@code 2024} (year).
 * Years 1..9999.
 */
public enum CalendarPeriod {

    /** A calendar day. */
    DAY {
        @Override
        String label(LocalDate date) {
            return date.toString();
        }

        @Override
        LocalDate start(String label) {
            return LocalDate.parse(label);
        }
    },

    /** An ISO-8601 week, Monday to Sunday, numbered in its week-based year. */
    ISO_WEEK {
        private final Pattern format = Pattern.compile("(\\d{4})-W(\\d{2})");

        @Override
        String label(LocalDate date) {
            return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        @Override
        LocalDate start(String label) {
            Matcher matcher = matching(format, label);
            return LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(matcher.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    },

    /** A calendar month. */
    MONTH {
        @Override
        String label(LocalDate date) {
            return YearMonth.from(date).toString();
        }

        @Override
        LocalDate start(String label) {
            return YearMonth.parse(label).atDay(1);
        }
    },

    /** A calendar quarter, Q1 = January to March. */
    QUARTER {
        private final Pattern format = Pattern.compile("(\\d{4})-Q([1-4])");

        @Override
        String label(LocalDate date) {
            return String.format(Locale.ROOT, "%04d-Q%d", date.getYear(),
                    date.get(IsoFields.QUARTER_OF_YEAR));
        }

        @Override
        LocalDate start(String label) {
            Matcher matcher = matching(format, label);
            return LocalDate.of(Integer.parseInt(matcher.group(1)),
                    3 * Integer.parseInt(matcher.group(2)) - 2, 1);
        }
    },

    /** A calendar year. */
    YEAR {
        @Override
        String label(LocalDate date) {
            return String.format(Locale.ROOT, "%04d", date.getYear());
        }

        @Override
        LocalDate start(String label) {
            return Year.parse(label).atDay(1);
        }
    };

    /** The label of the period holding {@code date}. */
    abstract String label(LocalDate date);

    /** The first day of the period labelled {@code label}. */
    abstract LocalDate start(String label);

    /** The label of the period holding {@code time} in {@code zone}. */
    public String label(Instant time, ZoneId zone) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        return label(LocalDate.ofInstant(time, zone));
    }

    /**
     * The label of the period just before the one labelled {@code label}.
     *
     * @throws IllegalArgumentException when {@code label} is not a label of this period
     */
    public String previous(String label) {
        Objects.requireNonNull(label, "label");
        try {
            LocalDate start = start(label);
            if (!label(start).equals(label)) {
                throw new IllegalArgumentException("not a canonical label");
            }
            return label(start.minusDays(1));
        } catch (DateTimeException | IllegalArgumentException bad) {
            throw new IllegalArgumentException(name().toLowerCase(Locale.ROOT)
                    + " label must look like " + label(LocalDate.of(2024, 3, 5)) + ", was '"
                    + label + "'", bad);
        }
    }

    private static Matcher matching(Pattern pattern, String label) {
        Matcher matcher = pattern.matcher(label);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("no match");
        }
        return matcher;
    }
}
