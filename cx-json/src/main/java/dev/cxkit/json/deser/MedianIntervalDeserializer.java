package dev.cxkit.json.deser;

import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.MedianInterval;

import java.util.Optional;
import java.util.OptionalDouble;

/** Reads a {@link MedianInterval} from {@code {"lower"?, "upper"?, "level", "type"}}. */
public final class MedianIntervalDeserializer extends CxDeserializer<MedianInterval> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final MedianIntervalDeserializer INSTANCE = new MedianIntervalDeserializer();

    private MedianIntervalDeserializer() {
        super(MedianInterval.class);
    }

    @Override
    public MedianInterval decode(Fields fields) {
        OptionalDouble lower = optional(fields.optionalNumber("lower"));
        OptionalDouble upper = optional(fields.optionalNumber("upper"));
        double level = fields.number("level");
        ConfidenceType confidenceType = TextDeserializer.CONFIDENCE_TYPE.decode(fields, "type");
        return fields.checked(
                Optional.empty(), () -> new MedianInterval(lower, upper, level, confidenceType));
    }

    private static OptionalDouble optional(Optional<Double> value) {
        return value.map(OptionalDouble::of).orElseGet(OptionalDouble::empty);
    }
}
