package dev.cxkit.json.deser;

import dev.cxkit.journey.Rate;
import java.util.Optional;

/** Reads a {@link Rate} from {@code {"metric", "count", "n"}}; value and interval are recomputed. */
public final class RateDeserializer extends CxDeserializer<Rate> {

    public static final RateDeserializer INSTANCE = new RateDeserializer();

    private RateDeserializer() {
        super(Rate.class);
    }

    @Override
    public Rate decode(Fields fields) {
        String metric = fields.string("metric");
        long count = fields.count("count");
        long n = fields.count("n");
        return fields.checked(Optional.empty(), () -> new Rate(metric, count, n));
    }
}
