package dev.cxkit.json.ser;

import dev.cxkit.churn.Proportion;
import dev.cxkit.journey.Rate;
import dev.cxkit.stats.Interval;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a count out of n ({@link Rate}, {@link Proportion}) as {@code {"metric", "count", "n",
 * "value"?, "interval"?}} with its 95 % Wilson interval; value and interval are left out when
 * {@code n} is 0.
 *
 * @param <T> the serialized type
 */
public final class CountShareSerializer<T> extends CxSerializer<T> {

    public static final CountShareSerializer<Rate> RATE = new CountShareSerializer<>(Rate.class,
            Rate::metric, Rate::count, Rate::n, Rate::value, rate -> rate::interval);
    public static final CountShareSerializer<Proportion> PROPORTION =
            new CountShareSerializer<>(Proportion.class, Proportion::metric, Proportion::count,
                    Proportion::n, Proportion::value, proportion -> proportion::wilson);

    private final Function<T, String> metric;
    private final ToLongFunction<T> count;
    private final ToLongFunction<T> n;
    private final ToDoubleFunction<T> value;
    private final Function<T, DoubleFunction<Interval>> interval;

    private CountShareSerializer(Class<T> type, Function<T, String> metric,
            ToLongFunction<T> count, ToLongFunction<T> n, ToDoubleFunction<T> value,
            Function<T, DoubleFunction<Interval>> interval) {
        super(type);
        this.metric = metric;
        this.count = count;
        this.n = n;
        this.value = value;
        this.interval = interval;
    }

    @Override
    protected void writeFields(T share, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("metric", metric.apply(share));
        generator.writeNumberProperty("count", count.applyAsLong(share));
        generator.writeNumberProperty("n", n.applyAsLong(share));
        ResultFields.number(generator, "value", () -> value.applyAsDouble(share));
        ResultFields.interval(generator, context, "interval",
                () -> interval.apply(share).apply(ResultFields.LEVEL));
    }
}
