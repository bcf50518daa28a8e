package dev.cxkit.json.deser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The fast path gives what {@code Instant.parse} (ISO_INSTANT, a {@code DateTimeFormatter})
 * gives, or declines: on the edge cases by name and on generated strings near and off the
 * common shapes.
 */
class IsoInstantsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2024-05-01T12:00:00Z, 2024-05-01T12:00:00Z",
        "2024-02-29T00:00:00Z, 2024-02-29T00:00:00Z",
        "2000-02-29T23:59:59Z, 2000-02-29T23:59:59Z",
        "0000-01-01T00:00:00Z, 0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z, 9999-12-31T23:59:59.999999999Z",
        "1969-12-31T23:59:59.5Z, 1969-12-31T23:59:59.500Z",
        "2024-05-01T14:00:00+02:00, 2024-05-01T12:00:00Z",
        "2024-05-01T00:30:00-05:30, 2024-05-01T06:00:00Z",
        "2024-05-01T12:00:00+18:00, 2024-04-30T18:00:00Z",
        "2024-05-01T12:00:00-18:00, 2024-05-02T06:00:00Z",
        "2024-05-01T12:00:00.1Z, 2024-05-01T12:00:00.100Z",
        "2024-05-01T12:00:00.123456789+01:00, 2024-05-01T11:00:00.123456789Z"
    })
    void readsTheCommonShapes(String text, String expected) {
        assertThat(IsoInstants.parse(text))
                .isEqualTo(Instant.parse(expected))
                .isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2023-02-29T12:00:00Z, invalid",
        "1900-02-29T12:00:00Z, invalid",
        "2024-04-31T12:00:00Z, invalid",
        "2024-13-01T12:00:00Z, invalid",
        "2024-05-01T12:00:00+18:01, invalid",
        "2024-05-01T12:00:00.1234567890Z, invalid",
        "2024-05-01T12:00:00.Z, 2024-05-01T12:00:00Z",
        "2024-05-01T12:00Z, invalid",
        "2024-05-01 12:00:00Z, invalid",
        "2024-05-01T24:00:00Z, 2024-05-02T00:00:00Z",
        "2024-05-01t12:00:00z, 2024-05-01T12:00:00Z",
        "2024-05-01T12:00:00+02, invalid",
        "+12024-05-01T12:00:00Z, +12024-05-01T12:00:00Z"
    })
    void declinesWhatOnlyTheFormatterDecides(String text, String formatterSays) {
        assertThat(IsoInstants.parse(text)).isNull();
        assertThat(formatter(text))
                .isEqualTo(formatterSays.equals("invalid") ? null : Instant.parse(formatterSays));
    }

    @Test
    void agreesWithTheFormatterOnGeneratedStrings() {
        int[] fast = {0};
        Property.check("fast ISO instants", 20_000, trial -> {
            String text = generate(trial.random(), trial.isEdge());
            Instant expected = formatter(text);
            Instant parsed = IsoInstants.parse(text);
            if (parsed != null) {
                fast[0]++;
                assertThat(parsed).as(text).isEqualTo(expected);
                assertThat(ZonedDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME)
                                .toInstant())
                        .as("ISO_DATE_TIME, which TimeFormat.iso(zone) falls back to, on " + text)
                        .isEqualTo(parsed);
            }
            if (expected != null && isCommonShape(text)) {
                assertThat(parsed).as("fast path declined " + text).isEqualTo(expected);
            }
        });
        assertThat(fast[0]).as("strings read by the fast path").isGreaterThan(5_000);
    }

    /** {@code Instant.parse}'s verdict: the instant, or null when it rejects the text. */
    private static Instant formatter(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException rejected) {
            return null;
        }
    }

    /** The shapes the fast path must take: upper-case T and Z or an +HH:MM offset. */
    private static boolean isCommonShape(String text) {
        return text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                + "(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");
    }

    /**
     * A date-time near the common shapes: valid and invalid fields (month 0..13, day 0..32,
     * 24:00, leap seconds, leap days), fractions of 0 to 10 digits, offsets within and beyond
     * 18 hours, and now and then a changed character.
     */
    private static String generate(SplittableRandom random, boolean edge) {
        int year = edge ? 2024 : pick(random, 0, 9999, 1600, 1900, 2000, 2023, 2024, 2100);
        int month = edge ? 2 : random.nextInt(0, 14);
        int day = edge ? 29 : random.nextInt(0, 33);
        int hour = random.nextInt(10) == 0 ? 24 : random.nextInt(0, 24);
        int minute = random.nextInt(20) == 0 ? 60 : random.nextInt(0, 60);
        int second = random.nextInt(20) == 0 ? 60 : random.nextInt(0, 60);
        if (random.nextInt(8) == 0) {
            minute = 0;
            second = 0;
        }
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%04d-%02d-%02dT%02d:%02d:%02d",
                year,
                month,
                day,
                hour,
                minute,
                second));
        int fraction = random.nextInt(3) == 0 ? random.nextInt(0, 11) : -1;
        if (fraction >= 0) {
            text.append('.');
            for (int i = 0; i < fraction; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
        text.append(offset(random));
        if (random.nextInt(10) == 0) {
            int at = random.nextInt(text.length());
            text.setCharAt(at, "0123456789-:T+Zz. t".charAt(random.nextInt(19)));
        }
        return text.toString();
    }

    private static String offset(SplittableRandom random) {
        int hours = random.nextInt(0, 20);
        int minutes = random.nextInt(8) == 0 ? 60 : random.nextInt(0, 60);
        String sign = random.nextBoolean() ? "+" : "-";
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> "Z";
            case 3 -> "z";
            case 4 -> String.format(Locale.ROOT, "%s%02d", sign, hours);
            case 5 ->
                String.format(
                        Locale.ROOT, "%s%02d:%02d:%02d", sign, hours, minutes, random.nextInt(60));
            default -> String.format(Locale.ROOT, "%s%02d:%02d", sign, hours, minutes);
        };
    }

    private static int pick(SplittableRandom random, int... values) {
        return random.nextInt(3) == 0
                ? random.nextInt(values[0], values[1] + 1)
                : values[random.nextInt(values.length)];
    }
}
