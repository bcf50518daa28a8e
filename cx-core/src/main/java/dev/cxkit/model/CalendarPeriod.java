package dev.cxkit.model;

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
 * Calendar periods in a time zone: days, ISO-8601 weeks (Monday to Sunday), months, quarters and
 * years. The one period type of cxkit: scorecards group responses by its {@linkplain
 * #label(Instant, ZoneId) labels}, cohort tables count customers by its {@linkplain
 * #index(Instant, ZoneId) indexes}.
 *
 * <p>Labels sort in time order: {@code 2024-03-05} (day), {@code 2024-W09} (ISO week, in its
 * week-based year), {@code 2024-03} (month), {@code 2024-Q1} (quarter), {@code 2024} (year);
 * years 1..9999. Indexes number the periods so that consecutive periods have consecutive
 * indexes and "k periods later" is index arithmetic.
 *
 * <p>{@link java.time.temporal.ChronoUnit} is not used for this: its units are durations (a
 * week of {@code ChronoUnit.WEEKS} starts at any instant), it has no quarter, and it does not
 * say where a period starts in a time zone. Durations elsewhere in cxkit (model time units,
 * wait times) stay {@code ChronoUnit} and {@link java.time.Duration}.
 *
 * <p>Immutable and thread-safe.
 */
public enum CalendarPeriod {

    /** A calendar day. */
    DAY {
        @Override
        String label(LocalDate date) {
            return date.toString();
        }

        @Override
        LocalDate parse(String label) {
            return LocalDate.parse(label);
        }

        @Override
        long index(LocalDate date) {
            return date.toEpochDay();
        }

        @Override
        public LocalDate start(long index) {
            return LocalDate.ofEpochDay(index);
        }
    },

    /** An ISO-8601 week, Monday to Sunday, numbered in its week-based year. */
    ISO_WEEK {
        private final Pattern format = Pattern.compile("(\\d{4})-W(\\d{2})");

        @Override
        String label(LocalDate date) {
            return String.format(
                    Locale.ROOT,
                    "%04d-W%02d",
                    date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        @Override
        LocalDate parse(String label) {
            Matcher matcher = matching(format, label);
            return LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(matcher.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        long index(LocalDate date) {
            return Math.floorDiv(date.toEpochDay() - FIRST_MONDAY_EPOCH_DAY, 7);
        }

        @Override
        public LocalDate start(long index) {
            return LocalDate.ofEpochDay(index * 7 + FIRST_MONDAY_EPOCH_DAY);
        }
    },

    /** A calendar month. */
    MONTH {
        @Override
        String label(LocalDate date) {
            return YearMonth.from(date).toString();
        }

        @Override
        LocalDate parse(String label) {
            return YearMonth.parse(label).atDay(1);
        }

        @Override
        long index(LocalDate date) {
            return date.getYear() * 12L + date.getMonthValue() - 1;
        }

        @Override
        public LocalDate start(long index) {
            return LocalDate.of(
                    Math.toIntExact(Math.floorDiv(index, 12)),
                    (int) Math.floorMod(index, 12) + 1,
                    1);
        }
    },

    /** A calendar quarter, Q1 = January to March. */
    QUARTER {
        private final Pattern format = Pattern.compile("(\\d{4})-Q([1-4])");

        @Override
        String label(LocalDate date) {
            return String.format(
                    Locale.ROOT, "%04d-Q%d", date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
        }

        @Override
        LocalDate parse(String label) {
            Matcher matcher = matching(format, label);
            return LocalDate.of(
                    Integer.parseInt(matcher.group(1)),
                    3 * Integer.parseInt(matcher.group(2)) - 2,
                    1);
        }

        @Override
        long index(LocalDate date) {
            return date.getYear() * 4L + (date.getMonthValue() - 1) / 3;
        }

        @Override
        public LocalDate start(long index) {
            return LocalDate.of(
                    Math.toIntExact(Math.floorDiv(index, 4)),
                    (int) Math.floorMod(index, 4) * 3 + 1,
                    1);
        }
    },

    /** A calendar year. */
    YEAR {
        @Override
        String label(LocalDate date) {
            return String.format(Locale.ROOT, "%04d", date.getYear());
        }

        @Override
        LocalDate parse(String label) {
            return Year.parse(label).atDay(1);
        }

        @Override
        long index(LocalDate date) {
            return date.getYear();
        }

        @Override
        public LocalDate start(long index) {
            return LocalDate.of(Math.toIntExact(index), 1, 1);
        }
    };

    /** 1970-01-05, the first Monday of the epoch. */
    private static final long FIRST_MONDAY_EPOCH_DAY = 4;

    /** The label of the period holding {@code date}. */
    abstract String label(LocalDate date);

    /** The first day of the period labelled {@code label}. */
    abstract LocalDate parse(String label);

    /** The index of the period holding {@code date}. */
    abstract long index(LocalDate date);

    /**
     * The first day of the period with {@code index}.
     *
     * @param index a period index, as returned by {@link #index(Instant, ZoneId)}
     * @return the period's first day
     * @throws java.time.DateTimeException when the period lies outside the supported years
     */
    public abstract LocalDate start(long index);

    /**
     * The label of the period holding {@code time} in {@code zone}.
     *
     * @param time the instant
     * @param zone the time zone whose calendar is used
     * @return the label, for example {@code 2024-Q1}
     */
    public String label(Instant time, ZoneId zone) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        return label(LocalDate.ofInstant(time, zone));
    }

    /**
     * The index of the period holding {@code time} in {@code zone}.
     *
     * @param time the instant
     * @param zone the time zone whose calendar is used
     * @return the period's index; the next period has index + 1
     */
    public long index(Instant time, ZoneId zone) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        return index(LocalDate.ofInstant(time, zone));
    }

    /**
     * The instant the period with {@code index} ends in {@code zone}: the next one's start.
     *
     * @param index a period index
     * @param zone the time zone whose calendar is used
     * @return the end of the period, exclusive
     */
    public Instant end(long index, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return start(index + 1).atStartOfDay(zone).toInstant();
    }

    /**
     * The label of the period just before the one labelled {@code label}.
     *
     * @param label a label of this period, as {@link #label(Instant, ZoneId)} writes it
     * @return the previous period's label
     * @throws IllegalArgumentException when {@code label} is not a label of this period
     */
    public String previous(String label) {
        Objects.requireNonNull(label, "label");
        try {
            LocalDate start = parse(label);
            if (!label(start).equals(label)) {
                throw new IllegalArgumentException("not a canonical label");
            }
            return label(start.minusDays(1));
        } catch (DateTimeException | IllegalArgumentException bad) {
            throw new IllegalArgumentException(
                    name().toLowerCase(Locale.ROOT)
                            + " label must look like " + label(LocalDate.of(2024, 3, 5)) + ", was '"
                            + label + "'",
                    bad);
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
