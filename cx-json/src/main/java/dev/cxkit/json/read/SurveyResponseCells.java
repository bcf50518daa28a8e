package dev.cxkit.json.read;

import dev.cxkit.json.deser.Fields;
import dev.cxkit.json.deser.IsoInstants;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * The fast path of CSV survey responses: reads the cells of the columns the {@link Header}
 * gives {@code SurveyResponse}'s fields, as {@code Fields.text} and
 * {@code SurveyResponseDeserializer} would, without a tree: ASCII cells are copied into a
 * scratch array, times read by {@link IsoInstants}, touchpoints and instruments taken from a
 * {@link StringCache}. It returns a response only when the row is plainly valid under the same
 * rules (an empty cell is a missing value; ids not blank; an ASCII integer score within the
 * number limit; a plain decimal weight; the {@code SurveyResponse} constructor's checks); for
 * anything else (a custom scale's bounds, non-ASCII ids, an exponent) it returns {@code null}
 * and the general path reads the row and reports what is wrong. {@code CsvBytesTest} checks
 * both paths agree on generated rows.
 */
final class SurveyResponseCells implements CellDecoder<SurveyResponse> {

    private static final int SCRATCH_CHARS = 64;

    private final Scale scale;
    private final TimeFormat times;
    private final boolean defaultTimes;
    private final int maxNumberLength;
    private final String source;
    private final int customer;
    private final int touchpoint;
    private final int time;
    private final int instrument;
    private final int scaleMin;
    private final int scaleMax;
    private final int score;
    private final int weight;
    private final int comment;
    private final StringCache strings = new StringCache();
    private final CharSlice slice = new CharSlice();
    private final char[] scratch = new char[SCRATCH_CHARS];
    private String lastInstrument;
    private Scale lastScale;

    /**
     * @param scale the scale every response is on, or {@code null} to read it from the
     *     {@code instrument} column
     */
    SurveyResponseCells(
            Scale scale, Header header, TimeFormat times, ReadLimits limits, String source) {
        this.scale = scale;
        this.times = times;
        this.defaultTimes = times.equals(TimeFormat.iso());
        this.maxNumberLength = limits.maxNumberLength();
        this.source = source;
        this.customer = header.column("customerId");
        this.touchpoint = header.column("touchpointId");
        this.time = header.column("time");
        this.instrument = scale == null ? header.column("instrument") : 0;
        this.scaleMin = scale == null ? header.column("scaleMin") : 0;
        this.scaleMax = scale == null ? header.column("scaleMax") : 0;
        this.score = header.column("score");
        this.weight = header.column("weight");
        this.comment = header.column("comment");
    }

    @Override
    public SurveyResponse decode(CsvScanner row, long line) {
        if (present(row, scaleMin)
                || present(row, scaleMax)
                || !present(row, time)
                || !present(row, score)) {
            return null;
        }
        String customerId;
        if (present(row, customer)) {
            customerId = row.cell(customer - 1);
            if (customerId.isBlank()) {
                return null;
            }
        } else if (scale == null) {
            return null;
        } else {
            customerId = source + ":" + line;
        }
        Optional<String> touchpointId = Optional.empty();
        if (present(row, touchpoint)) {
            int length = ascii(row, touchpoint);
            touchpointId = length < 0
                    ? Optional.of(row.cell(touchpoint - 1))
                    : strings.optional(scratch, 0, length);
            if (touchpointId.get().isBlank()) {
                return null;
            }
        }
        Scale on = scale != null ? scale : instrumentScale(row);
        Instant at = time(row);
        int value = integer(row, score);
        double weighed = present(row, weight) ? decimal(row, weight) : 1.0;
        if (on == null || at == null || value == Integer.MIN_VALUE || Double.isNaN(weighed)) {
            return null;
        }
        Optional<String> text =
                present(row, comment) ? Optional.of(row.cell(comment - 1)) : Optional.empty();
        try {
            return new SurveyResponse(customerId, touchpointId, at, on, value, weighed, text);
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    /** True when the 1-based {@code column} exists and its cell is not empty. */
    private static boolean present(CsvScanner row, int column) {
        return column > 0 && row.textEnd(column - 1) > row.textStart(column - 1);
    }

    /**
     * Copies the cell of {@code column} into the scratch array when it is short ASCII without
     * doubled quotes; returns its length, or -1 when it is not.
     */
    private int ascii(CsvScanner row, int column) {
        int from = row.textStart(column - 1);
        int length = row.textEnd(column - 1) - from;
        if (length > SCRATCH_CHARS || row.hasEscapes(column - 1)) {
            return -1;
        }
        byte[] bytes = row.buffer();
        for (int i = 0; i < length; i++) {
            byte b = bytes[from + i];
            if (b < 0) {
                return -1;
            }
            scratch[i] = (char) b;
        }
        return length;
    }

    /** The built-in scale the instrument names, or {@code null}. */
    private Scale instrumentScale(CsvScanner row) {
        if (!present(row, instrument)) {
            return null;
        }
        int length = ascii(row, instrument);
        if (length < 0) {
            return null;
        }
        String name = strings.string(scratch, 0, length);
        if (name != lastInstrument) {
            lastScale = name.isBlank() ? null : Scale.builtIn(name).orElse(null);
            lastInstrument = name;
        }
        return lastScale;
    }

    /** The time as the general path reads it, or {@code null} to leave it to that path. */
    private Instant time(CsvScanner row) {
        int length = ascii(row, time);
        if (length >= 0 && times.isIso()) {
            Instant fast = IsoInstants.parse(slice.trimmed(scratch, 0, length));
            if (fast != null || defaultTimes) {
                return fast;
            }
        }
        if (defaultTimes) {
            return null;
        }
        try {
            return times.instant(row.cell(time - 1));
        } catch (DateTimeException | IllegalArgumentException notATime) {
            return null;
        }
    }

    /**
     * An integer in {@code int} range written as {@code -?[0-9]+} between blanks within the
     * number limit, or {@link Integer#MIN_VALUE} to leave it to the general path.
     */
    private int integer(CsvScanner row, int column) {
        int length = ascii(row, column);
        CharSequence text = length < 0 ? "" : slice.trimmed(scratch, 0, length);
        int n = text.length();
        if (n == 0 || n > maxNumberLength || n > 10) {
            return Integer.MIN_VALUE;
        }
        boolean negative = text.charAt(0) == '-';
        long value = 0;
        for (int i = negative ? 1 : 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Integer.MIN_VALUE;
            }
            value = value * 10 + (c - '0');
        }
        if (negative && n == 1 || value > Integer.MAX_VALUE) {
            return Integer.MIN_VALUE;
        }
        return (int) (negative ? -value : value);
    }

    /**
     * A decimal written as {@code [0-9]+(.[0-9]+)?} between blanks within the number limit, or
     * NaN to leave it to the general path.
     */
    private double decimal(CsvScanner row, int column) {
        int length = ascii(row, column);
        CharSequence text = length < 0 ? "" : slice.trimmed(scratch, 0, length);
        int n = text.length();
        if (n == 0 || n > maxNumberLength) {
            return Double.NaN;
        }
        int points = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && i > 0 && i < n - 1) {
                points++;
            } else if (c < '0' || c > '9') {
                return Double.NaN;
            }
        }
        if (points > 1) {
            return Double.NaN;
        }
        String written = text.toString();
        double value = Double.parseDouble(written);
        return Fields.roundsToZero(written, value) ? Double.NaN : value;
    }
}
