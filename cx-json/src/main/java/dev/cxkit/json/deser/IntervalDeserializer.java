package dev.cxkit.json.deser;

import dev.cxkit.stats.Interval;

import java.util.Optional;

/** Reads an {@link Interval} from {@code {"lower", "upper", "level", "method", "unit"}}. */
public final class IntervalDeserializer extends CxDeserializer<Interval> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final IntervalDeserializer INSTANCE = new IntervalDeserializer();

    private IntervalDeserializer() {
        super(Interval.class);
    }

    @Override
    public Interval decode(Fields fields) {
        double lower = fields.number("lower");
        double upper = fields.number("upper");
        double level = fields.number("level");
        String method = fields.string("method");
        Interval.Unit unit = fields.constant("unit", Interval.Unit.class);
        return fields.checked(
                Optional.empty(), () -> new Interval(lower, upper, level, method, unit));
    }
}
