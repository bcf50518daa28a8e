package dev.cxkit.json.read;

import dev.cxkit.json.deser.Fields;
import dev.cxkit.json.deser.IsoInstants;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The fast path of NDJSON survey responses: reads the fields of {@code SurveyResponse}'s JSON
 * form token by token (names matched by Jackson's {@link PropertyNameMatcher}, without
 * allocating them), times through {@link IsoInstants} straight from the parser's buffer, and
 * repeated short strings from a {@link StringCache}. It returns a response only when the record
 * is plainly valid under the same rules as the general path ({@code TreeReader}, {@code Fields}
 * and {@code SurveyResponseDeserializer}): every field at most once, strings and numbers within
 * their limits, no decimal that rounds to 0, required fields present with their JSON types, and
 * the {@code SurveyResponse} constructor's checks. For anything else, a nested value included,
 * it returns {@code null} and the general path reads the line and reports what is wrong.
 * {@code TokenDecoderTest} checks both paths agree on generated records.
 */
final class SurveyResponseTokens implements TokenDecoder<SurveyResponse> {

    private static final int CUSTOMER = 0;
    private static final int TOUCHPOINT = 1;
    private static final int TIME = 2;
    private static final int INSTRUMENT = 3;
    private static final int SCALE_MIN = 4;
    private static final int SCALE_MAX = 5;
    private static final int SCORE = 6;
    private static final int WEIGHT = 7;
    private static final int COMMENT = 8;
    private static final PropertyNameMatcher NAMES = BinaryNameMatcher.construct(List.of(
            "customerId",
            "touchpointId",
            "time",
            "instrument",
            "scaleMin",
            "scaleMax",
            "score",
            "weight",
            "comment"));
    private static final int INSTRUMENT_FIELDS = bit(INSTRUMENT) | bit(SCALE_MIN) | bit(SCALE_MAX);
    private static final int MAX_OTHER_FIELDS = 16;

    private final Scale scale;
    private final TimeFormat times;
    private final boolean defaultTimes;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final String source;
    private final int required;
    private final StringCache strings = new StringCache();
    private final CharSlice slice = new CharSlice();
    private final String[] others = new String[MAX_OTHER_FIELDS];
    private int otherCount;
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
     */
    SurveyResponseTokens(Scale scale, TimeFormat times, ReadLimits limits, String source) {
        this.scale = scale;
        this.times = times;
        this.defaultTimes = times.equals(TimeFormat.iso());
        this.maxStringLength = limits.maxStringLength();
        this.maxNumberLength = limits.maxNumberLength();
        this.source = source;
        this.required = scale == null
                ? bit(CUSTOMER) | bit(TIME) | bit(INSTRUMENT) | bit(SCORE)
                : bit(TIME) | bit(SCORE);
    }

    private static int bit(int field) {
        return 1 << field;
    }

    @Override
    public SurveyResponse decode(JsonParser parser, long line) {
        seen = 0;
        present = 0;
        otherCount = 0;
        while (true) {
            int field = parser.nextNameMatch(NAMES);
            if (field == PropertyNameMatcher.MATCH_END_OBJECT) {
                return response(line);
            }
            if (field == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                return null;
            }
            JsonToken token = parser.nextToken();
            boolean read = field >= 0 ? field(parser, field, token) : other(parser, token);
            if (!read) {
                return null;
            }
        }
    }

    /** Reads a field of the record's form; false when the general path must read the record. */
    private boolean field(JsonParser parser, int field, JsonToken token) {
        if ((seen & bit(field)) != 0) {
            return false;
        }
        seen |= bit(field);
        if (scale != null && (INSTRUMENT_FIELDS & bit(field)) != 0) {
            return scalar(parser, token);
        }
        if (token == JsonToken.VALUE_NULL) {
            return true;
        }
        boolean read = switch (field) {
            case CUSTOMER -> (customerId = nonBlank(parser, token, false)) != null;
            case TOUCHPOINT -> (touchpointId = touchpoint(parser, token)) != null;
            case TIME -> (time = time(parser, token)) != null;
            case INSTRUMENT -> (instrument = nonBlank(parser, token, true)) != null;
            case WEIGHT -> weight(parser, token);
            case COMMENT -> (comment = string(parser, token)) != null;
            default -> integer(parser, field, token);
        };
        present |= bit(field);
        return read;
    }

    /**
     * Passes a field the record does not have, as the general path would: a scalar within its
     * limits, a name not seen before in the record.
     */
    private boolean other(JsonParser parser, JsonToken token) {
        String name = parser.currentName();
        for (int i = 0; i < otherCount; i++) {
            if (others[i].equals(name)) {
                return false;
            }
        }
        if (otherCount == MAX_OTHER_FIELDS) {
            return false;
        }
        others[otherCount++] = name;
        return scalar(parser, token);
    }

    /** An integer field ({@code score}, {@code scaleMin}, {@code scaleMax}) in {@code int} range. */
    private boolean integer(JsonParser parser, int field, JsonToken token) {
        if (!isInt(parser, token)) {
            return false;
        }
        int value = parser.getIntValue();
        switch (field) {
            case SCORE -> score = value;
            case SCALE_MIN -> scaleMin = value;
            default -> scaleMax = value;
        }
        return true;
    }

    /** A scalar within its limits, whose value is not read: any but a decimal rounding to 0. */
    private boolean scalar(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> parser.getStringLength() <= maxStringLength;
            case VALUE_NUMBER_INT -> parser.getStringLength() <= maxNumberLength;
            case VALUE_NUMBER_FLOAT -> !Double.isNaN(decimal(parser));
            case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> true;
            default -> false;
        };
    }

    /** A string within the string limit, or {@code null}. */
    private String string(JsonParser parser, JsonToken token) {
        if (token != JsonToken.VALUE_STRING || parser.getStringLength() > maxStringLength) {
            return null;
        }
        return parser.getString();
    }

    /** A non-blank string, from the cache when {@code cached}, or {@code null}. */
    private String nonBlank(JsonParser parser, JsonToken token, boolean cached) {
        if (token != JsonToken.VALUE_STRING || parser.getStringLength() > maxStringLength) {
            return null;
        }
        String value = cached
                ? strings.string(
                        parser.getStringCharacters(),
                        parser.getStringOffset(),
                        parser.getStringLength())
                : parser.getString();
        return value.isBlank() ? null : value;
    }

    private Optional<String> touchpoint(JsonParser parser, JsonToken token) {
        if (token != JsonToken.VALUE_STRING || parser.getStringLength() > maxStringLength) {
            return null;
        }
        Optional<String> value = strings.optional(
                parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
        return value.get().isBlank() ? null : value;
    }

    /**
     * The time, as the general path reads it: a string (ISO-8601 through the fast path first) or,
     * in a format other than the default, an integer written as it is; {@code null} otherwise.
     */
    private Instant time(JsonParser parser, JsonToken token) {
        try {
            if (token == JsonToken.VALUE_STRING) {
                if (parser.getStringLength() > maxStringLength) {
                    return null;
                }
                if (times.isIso()) {
                    Instant fast = IsoInstants.parse(slice.trimmed(
                            parser.getStringCharacters(),
                            parser.getStringOffset(),
                            parser.getStringLength()));
                    if (fast != null) {
                        return fast;
                    }
                }
                String text = parser.getString();
                return defaultTimes ? Instant.parse(text.trim()) : times.instant(text);
            }
            if (!defaultTimes && isLong(parser, token)) {
                return times.instant(parser.getString());
            }
            return null;
        } catch (DateTimeException | IllegalArgumentException notATime) {
            return null;
        }
    }

    private boolean weight(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            weight = decimal(parser);
            return Double.isFinite(weight);
        }
        if (isLong(parser, token)) {
            weight = parser.getLongValue();
            return true;
        }
        return false;
    }

    /** A decimal within the number limit; NaN when it is over it or rounds to 0 from non-0. */
    private double decimal(JsonParser parser) {
        if (parser.getStringLength() > maxNumberLength) {
            return Double.NaN;
        }
        double value = parser.getDoubleValue();
        return value == 0 && Fields.roundsToZero(parser.getString(), value) ? Double.NaN : value;
    }

    /** An integer in {@code int} range within the number limit. */
    private boolean isInt(JsonParser parser, JsonToken token) {
        return token == JsonToken.VALUE_NUMBER_INT
                && parser.getStringLength() <= maxNumberLength
                && parser.getNumberType() == JsonParser.NumberType.INT;
    }

    /** An integer in {@code long} range within the number limit. */
    private boolean isLong(JsonParser parser, JsonToken token) {
        return token == JsonToken.VALUE_NUMBER_INT
                && parser.getStringLength() <= maxNumberLength
                && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
    }

    /** The response from the fields read, or {@code null} when one is missing or invalid. */
    private SurveyResponse response(long line) {
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
