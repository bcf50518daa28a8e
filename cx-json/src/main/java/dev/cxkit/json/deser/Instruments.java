package dev.cxkit.json.deser;

import dev.cxkit.model.Scale;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The instrument of a survey response in its JSON form: {@code "instrument"} names a built-in
 * scale ({@code nps}, {@code csat}, {@code ces}, {@code ces-legacy}) or a custom one, whose
 * bounds are {@code "scaleMin"} and {@code "scaleMax"}. When both bounds are given they win,
 * so a custom scale that reuses a built-in name still reads back as written.
 */
final class Instruments {

    static final String INSTRUMENT = "instrument";
    static final String SCALE_MIN = "scaleMin";
    static final String SCALE_MAX = "scaleMax";

    private Instruments() {}

    static Scale decode(Fields fields) {
        String name = fields.id(INSTRUMENT);
        OptionalInt min = fields.optionalInteger(SCALE_MIN);
        OptionalInt max = fields.optionalInteger(SCALE_MAX);
        if (min.isPresent() != max.isPresent()) {
            String given = min.isPresent() ? SCALE_MIN : SCALE_MAX;
            String absent = min.isPresent() ? SCALE_MAX : SCALE_MIN;
            throw fields.rejected(given, given + " needs " + absent + " as well");
        }
        if (min.isPresent()) {
            return fields.checked(
                    Optional.of(SCALE_MAX), () -> Scale.of(name, min.getAsInt(), max.getAsInt()));
        }
        return Scale.builtIn(name)
                .orElseThrow(() -> fields.rejected(
                        INSTRUMENT,
                        "unknown instrument: expected nps, csat, ces, ces-legacy, or a custom "
                                + "instrument with scaleMin and scaleMax"));
    }
}
