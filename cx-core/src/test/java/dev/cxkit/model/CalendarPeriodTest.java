package dev.cxkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

class CalendarPeriodTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void labelsSortInTimeOrder() {
        Instant time = Instant.parse("2024-03-05T10:00:00Z");
        assertThat(CalendarPeriod.DAY.label(time, UTC)).isEqualTo("2024-03-05");
        assertThat(CalendarPeriod.ISO_WEEK.label(time, UTC)).isEqualTo("2024-W10");
        assertThat(CalendarPeriod.MONTH.label(time, UTC)).isEqualTo("2024-03");
        assertThat(CalendarPeriod.QUARTER.label(time, UTC)).isEqualTo("2024-Q1");
        assertThat(CalendarPeriod.YEAR.label(time, UTC)).isEqualTo("2024");
        assertThat(CalendarPeriod.DAY.label(time, ZoneId.of("Pacific/Kiritimati")))
                .isEqualTo("2024-03-06");
    }

    @Test
    void isoWeeksBelongToTheirWeekBasedYear() {
        // Sunday 3 January 2021 is in week 53 of 2020; Monday 30 December 2024 in week 1 of 2025
        assertThat(CalendarPeriod.ISO_WEEK.label(Instant.parse("2021-01-03T12:00:00Z"), UTC))
                .isEqualTo("2020-W53");
        assertThat(CalendarPeriod.ISO_WEEK.label(Instant.parse("2024-12-30T12:00:00Z"), UTC))
                .isEqualTo("2025-W01");
        assertThat(CalendarPeriod.ISO_WEEK.previous("2021-W01")).isEqualTo("2020-W53");
        assertThat(CalendarPeriod.ISO_WEEK.previous("2025-W01")).isEqualTo("2024-W52");
    }

    @Test
    void previousPeriods() {
        assertThat(CalendarPeriod.DAY.previous("2024-03-01")).isEqualTo("2024-02-29");
        assertThat(CalendarPeriod.MONTH.previous("2024-01")).isEqualTo("2023-12");
        assertThat(CalendarPeriod.QUARTER.previous("2024-Q1")).isEqualTo("2023-Q4");
        assertThat(CalendarPeriod.QUARTER.previous("2024-Q3")).isEqualTo("2024-Q2");
        assertThat(CalendarPeriod.YEAR.previous("2024")).isEqualTo("2023");
    }

    @Test
    void rejectsLabelsOfAnotherShape() {
        assertThatThrownBy(() -> CalendarPeriod.QUARTER.previous("2024-Q5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quarter label must look like 2024-Q1, was '2024-Q5'");
        assertThatThrownBy(() -> CalendarPeriod.ISO_WEEK.previous("2021-W54"))
                .hasMessage("iso_week label must look like 2024-W10, was '2021-W54'");
        assertThatThrownBy(() -> CalendarPeriod.MONTH.previous("2024-3"))
                .hasMessageContaining("2024-03");
        assertThatThrownBy(() -> CalendarPeriod.YEAR.previous("24"))
                .hasMessageContaining("was '24'");
        assertThatThrownBy(() -> CalendarPeriod.DAY.previous(null)).hasMessage("label");
        assertThatThrownBy(() -> CalendarPeriod.DAY.label(null, UTC)).hasMessage("time");
    }
}
