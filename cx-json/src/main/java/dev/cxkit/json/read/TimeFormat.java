package dev.cxkit.json.read;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.json.deser.IsoInstants;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the time fields of records are written: ISO-8601, a {@link DateTimeFormatter} pattern
 * such as {@code yyyy-MM-dd HH:mm:ss} or {@code dd/MM/yyyy}, or a count of seconds or
 * milliseconds since 1970-01-01T00:00:00Z. A {@link CxReader} reads every time field of its
 * records ({@code time}, {@code acquiredAt}, {@code churnedAt}, and {@link Row#time(String)})
 * with its format, {@link #iso()} unless {@link CxReader#withTimeFormat(TimeFormat) told}.
 *
 * <ul>
 *   <li>{@link #iso()}: an instant with {@code Z} or an offset, {@code 2024-05-01T12:00:00Z}.
 *   <li>{@link #iso(ZoneId)}: the same, and also a local date-time
 *       ({@code 2024-05-01T12:00:00}) or a date ({@code 2024-05-01}, its start) in the zone.
 *   <li>{@link #pattern(String, ZoneId)}: text as the pattern says, in the zone unless the
 *       pattern has an offset or zone of its own; a pattern without a time of day (a date
 *       only) reads as the start of that day in the zone. Dates are checked strictly
 *       ({@code 31/02/2024} is rejected, never moved to March).
 *   <li>{@link #epochSeconds()}: whole seconds, optionally with up to nine decimals
 *       ({@code 1714564800}, {@code 1714564800.250}); {@link #epochMillis()}: whole
 *       milliseconds. ASCII digits with an optional leading {@code -}; in JSON a number or a
 *       string.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TimeFormat {

    private enum Kind {
        ISO,
        PATTERN,
        EPOCH_SECONDS,
        EPOCH_MILLIS
    }

    private static final Pattern SECONDS = Pattern.compile("-?[0-9]{1,19}(?:\\.[0-9]{1,9})?");
    private static final Pattern MILLIS = Pattern.compile("-?[0-9]{1,19}");
    private static final Instant EXAMPLE = Instant.parse("2024-05-01T12:00:00Z");
    private static final TimeFormat ISO = new TimeFormat(Kind.ISO, "iso", null, null);

    private final Kind kind;
    private final String spec;
    private final ZoneId zone;
    private final DateTimeFormatter formatter;

    private TimeFormat(Kind kind, String spec, ZoneId zone, DateTimeFormatter formatter) {
        this.kind = kind;
        this.spec = spec;
        this.zone = zone;
        this.formatter = formatter;
    }

    /**
     * {@return ISO-8601 instants with {@code Z} or an offset only: cxkit's own form, the default}
     */
    public static TimeFormat iso() {
        return ISO;
    }

    /**
     * {@return ISO-8601 instants, and local date-times and dates (at their start) taken in
     * {@code zone}}
     *
     * @param zone the time zone of local times
     */
    public static TimeFormat iso(ZoneId zone) {
        return new TimeFormat(Kind.ISO, "iso", Objects.requireNonNull(zone, "zone"), null);
    }

    /** {@return seconds since 1970-01-01T00:00:00Z, optionally with up to nine decimals} */
    public static TimeFormat epochSeconds() {
        return new TimeFormat(Kind.EPOCH_SECONDS, "epoch-s", ZoneOffset.UTC, null);
    }

    /** {@return milliseconds since 1970-01-01T00:00:00Z} */
    public static TimeFormat epochMillis() {
        return new TimeFormat(Kind.EPOCH_MILLIS, "epoch-ms", ZoneOffset.UTC, null);
    }

    /**
     * {@return text in the {@link DateTimeFormatter} {@code pattern} (letters as {@code ofPattern}
     * defines them, English names), in {@code zone} unless the text has its own offset}
     *
     * @param pattern the {@link DateTimeFormatter} pattern
     * @param zone the time zone of local times
     * @throws IllegalArgumentException when the pattern is not a valid pattern
     */
    public static TimeFormat pattern(String pattern, ZoneId zone) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(zone, "zone");
        DateTimeFormatter formatter;
        try {
            formatter = new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(pattern)
                    .parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("time pattern '" + pattern + "' is not valid: "
                    + invalid.getMessage() + "; expected letters such as yyyy-MM-dd HH:mm:ss");
        }
        TimeFormat format = new TimeFormat(Kind.PATTERN, pattern, zone, formatter);
        format.checkRoundTrip();
        return format;
    }

    /**
     * {@return the format a user names: {@code iso}, {@code epoch-s}, {@code epoch-ms}, or else a
     * {@linkplain #pattern(String, ZoneId) pattern}, with {@code zone} for times without one}
     *
     * @param spec the format's name or pattern, as a user gives it
     * @param zone the time zone of local times
     * @throws IllegalArgumentException when {@code spec} is blank or an invalid pattern
     */
    public static TimeFormat of(String spec, ZoneId zone) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(zone, "zone");
        checkArgument(
                !spec.isBlank(),
                "time format must not be blank: expected iso, epoch-s, epoch-ms or a pattern "
                        + "such as yyyy-MM-dd, was '%s'",
                spec);
        return switch (spec.trim().toLowerCase(Locale.ROOT)) {
            case "iso" -> iso(zone);
            case "epoch-s" -> epochSeconds();
            case "epoch-ms" -> epochMillis();
            default -> pattern(spec.trim(), zone);
        };
    }

    /** True for ISO-8601, with or without a zone for local times. */
    boolean isIso() {
        return kind == Kind.ISO;
    }

    /**
     * {@return the zone times without an offset are taken in; UTC for epoch times and
     * {@link #iso()}}
     */
    public ZoneId zone() {
        return zone == null ? ZoneOffset.UTC : zone;
    }

    /**
     * {@return the instant {@code text} stands for}
     *
     * @param text the time as written
     * @throws IllegalArgumentException saying what was {@linkplain #expected() expected} when
     *     the text is not a time in this format
     */
    public Instant instant(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        try {
            return switch (kind) {
                case ISO -> iso(trimmed);
                case PATTERN -> fromPattern(trimmed);
                case EPOCH_SECONDS -> epochSeconds(trimmed);
                case EPOCH_MILLIS -> epochMillis(trimmed);
            };
        } catch (DateTimeException | ArithmeticException | NumberFormatException notATime) {
            throw new IllegalArgumentException(expected());
        }
    }

    /**
     * {@return the calendar date of {@code text} in this format's {@link #zone()}: for a date-only
     * pattern, the date as written}
     *
     * @param text the time as written
     * @throws IllegalArgumentException as {@link #instant(String)} does
     */
    public LocalDate date(String text) {
        return LocalDate.ofInstant(instant(text), zone());
    }

    /** {@return what a time in this format looks like, for messages: {@code expected ...}} */
    public String expected() {
        return switch (kind) {
            case ISO ->
                zone == null
                        ? "expected an ISO-8601 instant such as 2024-05-01T12:00:00Z"
                        : "expected an ISO-8601 time such as 2024-05-01T12:00:00Z, "
                                + "2024-05-01T12:00:00 or 2024-05-01 (in " + zoneName() + ")";
            case PATTERN ->
                "expected a time as " + spec + " (in " + zoneName() + "), such as "
                        + formatter.withZone(zone).format(EXAMPLE);
            case EPOCH_SECONDS ->
                "expected seconds since 1970-01-01T00:00:00Z such as " + EXAMPLE.getEpochSecond();
            case EPOCH_MILLIS ->
                "expected milliseconds since 1970-01-01T00:00:00Z such as "
                        + EXAMPLE.toEpochMilli();
        };
    }

    private String zoneName() {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private Instant iso(String text) {
        Instant fast = IsoInstants.parse(text);
        if (fast != null) {
            return fast;
        }
        if (zone == null) {
            return Instant.parse(text);
        }
        if (text.indexOf('T') < 0 && text.indexOf('t') < 0) {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                text, ZonedDateTime::from, LocalDateTime::from);
        return parsed instanceof ZonedDateTime zoned
                ? zoned.toInstant()
                : ((LocalDateTime) parsed).atZone(zone).toInstant();
    }

    private Instant fromPattern(String text) {
        TemporalAccessor parsed = formatter.parse(text);
        if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(parsed);
        }
        if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(parsed).atZone(zone).toInstant();
        }
        return LocalDate.from(parsed).atStartOfDay(zone).toInstant();
    }

    private static Instant epochSeconds(String text) {
        if (!SECONDS.matcher(text).matches()) {
            throw new DateTimeException(text);
        }
        int point = text.indexOf('.');
        if (point < 0) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        long seconds = Long.parseLong(text.substring(0, point));
        String fraction = (text.substring(point + 1) + "00000000").substring(0, 9);
        long nanos = Long.parseLong(fraction);
        return Instant.ofEpochSecond(seconds, text.startsWith("-") ? -nanos : nanos);
    }

    private static Instant epochMillis(String text) {
        if (!MILLIS.matcher(text).matches()) {
            throw new DateTimeException(text);
        }
        return Instant.ofEpochMilli(Long.parseLong(text));
    }

    /** Rejects a pattern that cannot read back what it writes (a pattern with no date). */
    private void checkRoundTrip() {
        try {
            fromPattern(formatter.withZone(zone).format(EXAMPLE));
        } catch (DateTimeException incomplete) {
            throw new IllegalArgumentException("time pattern '" + spec + "' does not name a "
                    + "date: expected at least year, month and day, such as yyyy-MM-dd");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeFormat format
                && kind == format.kind
                && spec.equals(format.spec)
                && Objects.equals(zone, format.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, spec, zone);
    }

    /** {@code iso}, {@code epoch-s}, {@code epoch-ms} or the pattern, with the zone if any. */
    @Override
    public String toString() {
        return zone == null || kind == Kind.EPOCH_SECONDS || kind == Kind.EPOCH_MILLIS
                ? spec
                : spec + " in " + zoneName();
    }
}
