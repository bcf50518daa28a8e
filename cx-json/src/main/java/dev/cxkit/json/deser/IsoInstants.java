package dev.cxkit.json.deser;

import java.time.Instant;

/**
 * A fast path for the ISO-8601 instants that data files nearly always hold:
 * {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z} or an
 * offset {@code +HH:MM} / {@code -HH:MM}, such as {@code 2024-05-01T12:00:00Z} or
 * {@code 2024-05-01T14:00:00.250+02:00}. It reads them straight from characters (a
 * {@link CharSequence}, which a reader may point at its parser's buffer), allocating nothing but
 * the {@link Instant}, and validates them exactly as
 * {@link Instant#parse(CharSequence)} does (ISO-8601 proleptic calendar, months of their
 * length, leap years, offsets within &plusmn;18:00).
 *
 * <p>It is a fast path, not a parser of its own: any text outside those shapes (lower-case
 * {@code t} or {@code z}, {@code 24:00:00}, a leap second {@code :60}, an offset with seconds,
 * a year of more than four digits, a malformed or invalid date) gives {@code null}, and the
 * caller asks {@code DateTimeFormatter} (through {@code Instant.parse}), which accepts or
 * rejects it with its own rules. So for every text this method either returns what
 * {@code Instant.parse} returns or declines; {@code IsoInstantsTest} checks that on generated
 * strings.
 *
 * <p>The day count is the "days from civil" algorithm of H. Hinnant, <i>chrono-Compatible
 * Low-Level Date Algorithms</i> (2013, https://howardhinnant.github.io/date_algorithms.html),
 * for the proleptic Gregorian calendar that {@code java.time} uses. Stateless and thread-safe.
 */
public final class IsoInstants {

    private static final int SHORTEST = "2024-05-01T12:00:00Z".length();
    private static final int[] POWERS_OF_TEN = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
    };
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    private static final long SECONDS_PER_DAY = 86_400;

    private IsoInstants() {}

    /**
     * {@return what {@link Instant#parse(CharSequence)} returns for {@code text}, through the fast
     * path when the text has one of its shapes}
     *
     * @param text an ISO-8601 instant
     * @throws java.time.format.DateTimeParseException as {@code Instant.parse} does
     */
    public static Instant instant(CharSequence text) {
        Instant fast = parse(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /**
     * {@return the instant {@code text} stands for, or {@code null} when it is not in one of the
     * common shapes (the caller then falls back to {@code Instant.parse})} Blanks around the text
     * are not part of it: trim them first.
     *
     * @param text the text of a time field
     */
    public static Instant parse(CharSequence text) {
        int end = text.length();
        if (end < SHORTEST
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0
                || month < 1
                || month > 12
                || day < 1
                || day > lengthOfMonth(year, month)
                || hour > 23
                || minute > 59
                || second > 59) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (at < end && text.charAt(at) == '.') {
            int from = ++at;
            while (at < end && at - from < 10 && isDigit(text.charAt(at))) {
                at++;
            }
            int count = at - from;
            if (count < 1 || count > 9) {
                return null;
            }
            nanos = digits(text, from, count) * POWERS_OF_TEN[9 - count];
        }
        int offsetSeconds = offsetSeconds(text, at, end);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        long seconds = epochDay(year, month, day) * SECONDS_PER_DAY
                + hour * 3600L
                + minute * 60L
                + second
                - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /**
     * The offset at {@code text[at..end)} in seconds: {@code Z} or {@code +HH:MM} /
     * {@code -HH:MM} within 18 hours; {@link Integer#MIN_VALUE} for anything else.
     */
    private static int offsetSeconds(CharSequence text, int at, int end) {
        if (end - at == 1 && text.charAt(at) == 'Z') {
            return 0;
        }
        char sign = end - at == 6 ? text.charAt(at) : 0;
        if (sign != '+' && sign != '-' || text.charAt(at + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if ((hours | minutes) < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (seconds > MAX_OFFSET_SECONDS) {
            return Integer.MIN_VALUE;
        }
        return sign == '-' ? -seconds : seconds;
    }

    /** The value of {@code count} ASCII digits, or -1 when one is not a digit. */
    private static int digits(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days from 1970-01-01 to the date (Hinnant's days_from_civil; years 0..9999 here). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }
}
