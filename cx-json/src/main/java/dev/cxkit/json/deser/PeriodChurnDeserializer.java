package dev.cxkit.json.deser;

import dev.cxkit.churn.PeriodChurn;

import java.util.Optional;

/**
 * Reads a {@link PeriodChurn} from its counts {@code {"atStart", "atEnd", "newCustomers"}}; the
 * rates written beside them are recomputed.
 */
public final class PeriodChurnDeserializer extends CxDeserializer<PeriodChurn> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final PeriodChurnDeserializer INSTANCE = new PeriodChurnDeserializer();

    private PeriodChurnDeserializer() {
        super(PeriodChurn.class);
    }

    @Override
    public PeriodChurn decode(Fields fields) {
        long atStart = fields.count("atStart");
        long atEnd = fields.count("atEnd");
        long newCustomers = fields.count("newCustomers");
        return fields.checked(
                Optional.empty(), () -> PeriodChurn.ofCounts(atStart, atEnd, newCustomers));
    }
}
