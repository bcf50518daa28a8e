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
 * The fast paths of NDJSON survey responses. A line is first read from its bytes by
 * {@link SurveyResponseBytes}; a line it declines is read here from Jackson's tokens: the fields
 * of {@code SurveyResponse}'s JSON form token by token (names matched by Jackson's {@link PropertyNameMatcher}, without
 * allocating them), times through {@link IsoInstants} straight from the parser's buffer, and
 * repeated short strings from a {@link StringCache}. It returns a response only when the record
 * is plainly valid under the same rules as the general path ({@code TreeReader}, {@code Fields}
 * and {@code SurveyResponseDeserializer}): every field at most once, strings and numbers within
 * their limits, no decimal that rounds to 0, required fields present with their JSON types, and
 * the {@code SurveyResponse} constructor's checks. For anything else, a nested value included,
 * it returns {@code null} and the general path reads the line and reports what is wrong.
 * Both paths gather the fields in one {@link ResponseParts}. {@code TokenDecoderTest} checks
 * that every path agrees with the general path on generated and mutated records.
 */
final class SurveyResponseTokens implements TokenDecoder<SurveyResponse> {

    private static final PropertyNameMatcher NAMES =
            BinaryNameMatcher.construct(List.of(ResponseParts.NAMES));

    private final ResponseParts parts;
    private final SurveyResponseBytes bytes;
    private final TimeFormat times;
    private final boolean defaultTimes;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final StringCache strings;
    private final CharSlice slice = new CharSlice();
    private final String[] others = new String[ResponseParts.MAX_OTHER_FIELDS];
    private int otherCount;

    /**
     * @param scale the scale every response is on, or {@code null} to read it from the
     *     {@code instrument} (and {@code scaleMin}, {@code scaleMax}) fields
     */
    SurveyResponseTokens(Scale scale, TimeFormat times, ReadLimits limits, String source) {
        this.parts = new ResponseParts(scale, source);
        this.strings = new StringCache();
        this.bytes = new SurveyResponseBytes(parts, times, limits, strings);
        this.times = times;
        this.defaultTimes = times.equals(TimeFormat.iso());
        this.maxStringLength = limits.maxStringLength();
        this.maxNumberLength = limits.maxNumberLength();
    }

    @Override
    public SurveyResponse decode(byte[] line, int from, int to, long number) {
        return bytes.decode(line, from, to, number);
    }

    @Override
    public SurveyResponse decode(JsonParser parser, long line) {
        parts.reset();
        otherCount = 0;
        while (true) {
            int field = parser.nextNameMatch(NAMES);
            if (field == PropertyNameMatcher.MATCH_END_OBJECT) {
                return parts.response(line);
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
        if (!parts.see(field)) {
            return false;
        }
        if (parts.ignored(field)) {
            return scalar(parser, token);
        }
        if (token == JsonToken.VALUE_NULL) {
            return true;
        }
        switch (field) {
            case ResponseParts.CUSTOMER -> {
                String value = nonBlank(parser, token, false);
                if (value == null) {
                    return false;
                }
                parts.customerId(value);
            }
            case ResponseParts.TOUCHPOINT -> {
                Optional<String> value = touchpoint(parser, token);
                if (value == null) {
                    return false;
                }
                parts.touchpointId(value);
            }
            case ResponseParts.TIME -> {
                Instant value = time(parser, token);
                if (value == null) {
                    return false;
                }
                parts.time(value);
            }
            case ResponseParts.INSTRUMENT -> {
                String value = nonBlank(parser, token, true);
                if (value == null) {
                    return false;
                }
                parts.instrument(value);
            }
            case ResponseParts.WEIGHT -> {
                return weight(parser, token);
            }
            case ResponseParts.COMMENT -> {
                String value = string(parser, token);
                if (value == null) {
                    return false;
                }
                parts.comment(value);
            }
            default -> {
                if (!isInt(parser, token)) {
                    return false;
                }
                parts.integer(field, parser.getIntValue());
            }
        }
        return true;
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
        if (otherCount == ResponseParts.MAX_OTHER_FIELDS) {
            return false;
        }
        others[otherCount++] = name;
        return scalar(parser, token);
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
        double value;
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            value = decimal(parser);
        } else if (isLong(parser, token)) {
            value = parser.getLongValue();
        } else {
            return false;
        }
        parts.weight(value);
        return Double.isFinite(value);
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
}
