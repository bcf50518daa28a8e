package dev.cxkit.json.read;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.time.Instant;
import java.util.Optional;

/**
 * The fields of one survey response as a fast path reads them ({@link SurveyResponseTokens} from
 * Jackson's tokens, {@link SurveyResponseBytes} from a line's bytes), and the response they make
 * under the general path's rules: every field at most once, a {@code null} value as an absent
 * field, the required fields present, the instrument's scale (or the reader's), and the
 * {@code SurveyResponse} constructor's checks. Not thread-safe: one per open input.
 */
final class ResponseParts {

    static final int CUSTOMER = 0;
    static final int TOUCHPOINT = 1;
    static final int TIME = 2;
    static final int INSTRUMENT = 3;
    static final int SCALE_MIN = 4;
    static final int SCALE_MAX = 5;
    static final int SCORE = 6;
    static final int WEIGHT = 7;
    static final int COMMENT = 8;

    /** The record's field names, indexed by the constants above. */
    static final String[] NAMES = {
        "customerId",
        "touchpointId",
        "time",
        "instrument",
        "scaleMin",
        "scaleMax",
        "score",
        "weight",
        "comment"
    };

    /** Most fields other than the record's that a fast path passes over in one record. */
    static final int MAX_OTHER_FIELDS = 16;

    private static final int INSTRUMENT_FIELDS = bit(INSTRUMENT) | bit(SCALE_MIN) | bit(SCALE_MAX);

    private final Scale scale;
    private final String source;
    private final int required;
    private int seen;
    private int present;
    private String customerId;
    private Optional<String> touchpointId;
    private Instant time;
    private String instrument;
    private int scaleMin;
    private int scaleMax;
    private int score;
    private double weight;
    private String comment;
    private String lastInstrument;
    private Scale lastScale;

    /**
     * @param scale the scale every response is on, or {@code null} to read it from the
     *     {@code instrument} (and {@code scaleMin}, {@code scaleMax}) fields
     * @param source the input's name, for naming responses without a customer id
     */
    ResponseParts(Scale scale, String source) {
        this.scale = scale;
        this.source = source;
        this.required = scale == null
                ? bit(CUSTOMER) | bit(TIME) | bit(INSTRUMENT) | bit(SCORE)
                : bit(TIME) | bit(SCORE);
    }

    private static int bit(int field) {
        return 1 << field;
    }

    /** Starts a record: no field seen. */
    void reset() {
        seen = 0;
        present = 0;
    }

    /** Marks {@code field} as seen; false when it was seen before in the record. */
    boolean see(int field) {
        if ((seen & bit(field)) != 0) {
            return false;
        }
        seen |= bit(field);
        return true;
    }

    /**
     * True when the value of {@code field} is not read, only checked as a scalar within its
     * limits: the instrument fields of a reader given the scale.
     */
    boolean ignored(int field) {
        return scale != null && (INSTRUMENT_FIELDS & bit(field)) != 0;
    }

    /** Marks {@code field} as present with a value (not {@code null}). */
    private void present(int field) {
        present |= bit(field);
    }

    void customerId(String value) {
        customerId = value;
        present(CUSTOMER);
    }

    void touchpointId(Optional<String> value) {
        touchpointId = value;
        present(TOUCHPOINT);
    }

    void time(Instant value) {
        time = value;
        present(TIME);
    }

    void instrument(String value) {
        instrument = value;
        present(INSTRUMENT);
    }

    /** Sets {@code score}, {@code scaleMin} or {@code scaleMax}. */
    void integer(int field, int value) {
        switch (field) {
            case SCORE -> score = value;
            case SCALE_MIN -> scaleMin = value;
            default -> scaleMax = value;
        }
        present(field);
    }

    void weight(double value) {
        weight = value;
        present(WEIGHT);
    }

    void comment(String value) {
        comment = value;
        present(COMMENT);
    }

    /**
     * The response from the fields read, or {@code null} when one is missing or invalid.
     *
     * @param line the record's 1-based line, naming a response without a customer id
     */
    SurveyResponse response(long line) {
        if ((present & required) != required) {
            return null;
        }
        Scale on = scale != null ? scale : instrumentScale();
        if (on == null) {
            return null;
        }
        try {
            return new SurveyResponse(
                    has(CUSTOMER) ? customerId : source + ":" + line,
                    has(TOUCHPOINT) ? touchpointId : Optional.empty(),
                    time,
                    on,
                    score,
                    has(WEIGHT) ? weight : 1.0,
                    has(COMMENT) ? Optional.of(comment) : Optional.empty());
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    private boolean has(int field) {
        return (present & bit(field)) != 0;
    }

    /** The scale the instrument fields name, or {@code null} when they name none. */
    private Scale instrumentScale() {
        if (has(SCALE_MIN) || has(SCALE_MAX)) {
            if (!has(SCALE_MIN) || !has(SCALE_MAX)) {
                return null;
            }
            try {
                return Scale.of(instrument, scaleMin, scaleMax);
            } catch (IllegalArgumentException invalid) {
                return null;
            }
        }
        if (instrument != lastInstrument) {
            lastScale = Scale.builtIn(instrument).orElse(null);
            lastInstrument = instrument;
        }
        return lastScale;
    }
}
