package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;

class TimeAndFlagFormatTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static Stream<Arguments> times() {
        return Stream.of(
                Arguments.of(TimeFormat.iso(), "2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z"),
                Arguments.of(TimeFormat.iso(), "2024-05-01T14:00:00+02:00", "2024-05-01T12:00:00Z"),
                Arguments.of(TimeFormat.iso(PARIS), "2024-05-01T14:00:00", "2024-05-01T12:00:00Z"),
                Arguments.of(TimeFormat.iso(PARIS), "2024-05-01", "2024-04-30T22:00:00Z"),
                Arguments.of(TimeFormat.iso(PARIS), "2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z"),
                Arguments.of(
                        TimeFormat.of("yyyy-MM-dd HH:mm:ss", PARIS),
                        "2024-05-01 14:00:00",
                        "2024-05-01T12:00:00Z"),
                Arguments.of(
                        TimeFormat.of("dd/MM/yyyy", ZoneOffset.UTC),
                        " 01/05/2024 ",
                        "2024-05-01T00:00:00Z"),
                Arguments.of(
                        TimeFormat.of("yyyyMMdd", ZoneOffset.UTC),
                        "19970101",
                        "1997-01-01T00:00:00Z"),
                Arguments.of(
                        TimeFormat.of("dd MMM yyyy", ZoneOffset.UTC),
                        "01 may 2024",
                        "2024-05-01T00:00:00Z"),
                Arguments.of(
                        TimeFormat.of("uuuu-MM-dd'T'HH:mmXXX", PARIS),
                        "2024-05-01T12:00Z",
                        "2024-05-01T12:00:00Z"),
                Arguments.of(TimeFormat.of("epoch-s", PARIS), "1714564800", "2024-05-01T12:00:00Z"),
                Arguments.of(
                        TimeFormat.epochSeconds(), "1714564800.25", "2024-05-01T12:00:00.250Z"),
                Arguments.of(TimeFormat.epochSeconds(), "-1.5", "1969-12-31T23:59:58.500Z"),
                Arguments.of(
                        TimeFormat.of("EPOCH-MS", PARIS), "1714564800000", "2024-05-01T12:00:00Z"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("times")
    void readsTimesInEachFormat(TimeFormat format, String text, String expected) {
        assertThat(format.instant(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "dd/MM/yyyy|31/02/2024|expected a time as dd/MM/yyyy (in UTC), such as 01/05/2024",
                "dd/MM/yyyy|2024-05-01|expected a time as dd/MM/yyyy (in UTC), such as 01/05/2024",
                "yyyy-MM-dd HH:mm:ss|2024-05-01 25:00:00|expected a time as yyyy-MM-dd HH:mm:ss (in UTC), such as 2024-05-01 12:00:00",
                "iso|2024-05-01 12:00:00|expected an ISO-8601 time such as 2024-05-01T12:00:00Z, 2024-05-01T12:00:00 or 2024-05-01 (in UTC)",
                "epoch-s|1e9|expected seconds since 1970-01-01T00:00:00Z such as 1714564800",
                "epoch-s|+1714564800|expected seconds since 1970-01-01T00:00:00Z such as 1714564800",
                "epoch-ms|١٧١٤٥٦٤٨٠٠٠٠٠|expected milliseconds since 1970-01-01T00:00:00Z such as 1714564800000",
                "epoch-ms|99999999999999999999|expected milliseconds since 1970-01-01T00:00:00Z such as 1714564800000",
                "epoch-s|9999999999999999999|expected seconds since 1970-01-01T00:00:00Z such as 1714564800"
            })
    void rejectsWhatIsNotATimeOfTheFormatSayingWhatItExpected(
            String spec, String text, String message) {
        TimeFormat format = TimeFormat.of(spec, ZoneOffset.UTC);

        assertThatThrownBy(() -> format.instant(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsPatternsThatAreInvalidOrNameNoDate() {
        assertThatThrownBy(() -> TimeFormat.of("yyyy-MM-dd HH:mm:ss {", PARIS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("time pattern 'yyyy-MM-dd HH:mm:ss {' is not valid");
        assertThatThrownBy(() -> TimeFormat.of("HH:mm", PARIS))
                .hasMessage("time pattern 'HH:mm' does not name a date: expected at least "
                        + "year, month and day, such as yyyy-MM-dd");
        assertThatThrownBy(() -> TimeFormat.of(" ", PARIS))
                .hasMessageStartingWith("time format must not be blank");
    }

    @Test
    void datesAreTakenInTheFormatsZone() {
        TimeFormat format = TimeFormat.of("yyyy-MM-dd HH:mm", PARIS);

        assertThat(format.date("2024-05-01 00:30")).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(format.zone()).isEqualTo(PARIS);
        assertThat(format)
                .hasToString("yyyy-MM-dd HH:mm in Europe/Paris")
                .isEqualTo(TimeFormat.pattern("yyyy-MM-dd HH:mm", PARIS))
                .isNotEqualTo(TimeFormat.pattern("yyyy-MM-dd HH:mm", ZoneOffset.UTC));
        assertThat(TimeFormat.epochMillis()).hasToString("epoch-ms");
    }

    @ParameterizedTest
    @CsvSource({
        "Yes,true",
        "yes,true",
        "YES,true",
        "y,true",
        "true,true",
        "1,true",
        "' Y ',true",
        "No,false",
        "no,false",
        "N,false",
        "false,false",
        "0,false"
    })
    void standardFlagsReadYesNoTrueFalseAndOneZero(String text, boolean value) {
        assertThat(FlagFormat.standard().value(text)).isEqualTo(value);
    }

    @Test
    void standardFlagsRejectOtherValuesAndNamedValuesTakeAnyValue() {
        assertThatThrownBy(() -> FlagFormat.standard().value("maybe"))
                .hasMessage("expected Yes/No, true/false, Y/N or 1/0");
        assertThatThrownBy(() -> FlagFormat.standard().value("2"))
                .isInstanceOf(IllegalArgumentException.class);
        FlagFormat left = FlagFormat.trueWhen("Left");
        assertThat(left.value("Left")).isTrue();
        assertThat(left.value(" left ")).isTrue();
        assertThat(left.value("Stayed")).isFalse();
        assertThat(left.value("Yes")).isFalse();
        assertThatThrownBy(() -> FlagFormat.trueWhen(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
