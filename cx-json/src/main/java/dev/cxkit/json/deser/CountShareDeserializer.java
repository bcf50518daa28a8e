package dev.cxkit.json.deser;

import dev.cxkit.churn.Proportion;
import dev.cxkit.journey.Rate;
import java.util.Optional;

/**
 * Reads a count out of n ({@link Rate}, {@link Proportion}) from {@code {"metric", "count",
 * "n"}}; value and interval are recomputed.
 *
 * @param <T> the deserialized type
 */
public final class CountShareDeserializer<T> extends CxDeserializer<T> {

    public static final CountShareDeserializer<Rate> RATE =
            new CountShareDeserializer<>(Rate.class, Rate::new);
    public static final CountShareDeserializer<Proportion> PROPORTION =
            new CountShareDeserializer<>(Proportion.class, Proportion::new);

    /** Builds the value from its metric, count and n. */
    private interface Factory<T> {
        T create(String metric, long count, long n);
    }

    private final Factory<T> factory;

    private CountShareDeserializer(Class<T> type, Factory<T> factory) {
        super(type);
        this.factory = factory;
    }

    @Override
    public T decode(Fields fields) {
        String metric = fields.string("metric");
        long count = fields.count("count");
        long n = fields.count("n");
        return fields.checked(Optional.empty(), () -> factory.create(metric, count, n));
    }
}
