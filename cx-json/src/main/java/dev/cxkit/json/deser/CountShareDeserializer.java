package dev.cxkit.json.deser;

import dev.cxkit.stats.Proportion;

import java.util.Optional;

/**
 * Reads a count out of n ({@link Proportion}) from {@code {"metric", "count", "n"}}; value and
 * interval are recomputed.
 */
public final class CountShareDeserializer extends CxDeserializer<Proportion> {

    /** The one instance. */
    public static final CountShareDeserializer INSTANCE = new CountShareDeserializer();

    private CountShareDeserializer() {
        super(Proportion.class);
    }

    @Override
    public Proportion decode(Fields fields) {
        String metric = fields.string("metric");
        long count = fields.count("count");
        long n = fields.count("n");
        return fields.checked(Optional.empty(), () -> new Proportion(metric, count, n));
    }
}
