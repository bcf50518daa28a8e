package dev.cxkit.churn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar periods that group customers into cohorts: days, ISO weeks (Monday to Sunday),
 * months, quarters and years, in a time zone. Each period has an index, consecutive periods
 * consecutive indexes, so that "k periods later" is index arithmetic.
 */
public enum CalendarUnit {

    /** Calendar days. */
    DAY {
        @Override
        long index(LocalDate date) {
            return date.toEpochDay();
        }

        @Override
        LocalDate start(long index) {
            return LocalDate.ofEpochDay(index);
        }
    },
    /** ISO weeks, starting on Monday. */
    ISO_WEEK {
        @Override
        long index(LocalDate date) {
            return Math.floorDiv(date.toEpochDay() - FIRST_MONDAY_EPOCH_DAY, 7);
        }

        @Override
        LocalDate start(long index) {
            return LocalDate.ofEpochDay(index * 7 + FIRST_MONDAY_EPOCH_DAY);
        }
    },
    /** Calendar months. */
    MONTH {
        @Override
        long index(LocalDate date) {
            return date.getYear() * 12L + date.getMonthValue() - 1;
        }

        @Override
        LocalDate start(long index) {
            return LocalDate.of(Math.toIntExact(Math.floorDiv(index, 12)),
                    (int) Math.floorMod(index, 12) + 1, 1);
        }
    },
    /** Calendar quarters: January, April, July and October to the end of the third month. */
    QUARTER {
        @Override
        long index(LocalDate date) {
            return date.getYear() * 4L + (date.getMonthValue() - 1) / 3;
        }

        @Override
        LocalDate start(long index) {
            return LocalDate.of(Math.toIntExact(Math.floorDiv(index, 4)),
                    (int) Math.floorMod(index, 4) * 3 + 1, 1);
        }
    },
    /** Calendar years. */
    YEAR {
        @Override
        long index(LocalDate date) {
            return date.getYear();
        }

        @Override
        LocalDate start(long index) {
            return LocalDate.of(Math.toIntExact(index), 1, 1);
        }
    };

    /** 1970-01-05, the first Monday of the epoch. */
    private static final long FIRST_MONDAY_EPOCH_DAY = 4;

    /** The index of the period holding {@code date}. */
    abstract long index(LocalDate date);

    /** The first day of the period with {@code index}. */
    abstract LocalDate start(long index);

    /** The index of the period holding {@code instant} in {@code zone}. */
    long index(Instant instant, ZoneId zone) {
        return index(LocalDate.ofInstant(instant, zone));
    }

    /** The instant the period with {@code index} ends in {@code zone} (the next one's start). */
    Instant end(long index, ZoneId zone) {
        return start(index + 1).atStartOfDay(zone).toInstant();
    }
}
