package dev.cxkit.json.ser;

import dev.cxkit.churn.PeriodChurn;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link PeriodChurn} as {@code {"atStart", "atEnd", "newCustomers", "lost",
 * "retained", "newLost", "simpleChurn"?, "churn", "retention"}}, churn and retention as
 * proportions with their 95 % Wilson intervals.
 */
public final class PeriodChurnSerializer extends CxSerializer<PeriodChurn> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final PeriodChurnSerializer INSTANCE = new PeriodChurnSerializer();

    private PeriodChurnSerializer() {
        super(PeriodChurn.class);
    }

    @Override
    protected void writeFields(
            PeriodChurn churn, JsonGenerator generator, SerializationContext context) {
        generator.writeNumberProperty("atStart", churn.atStart());
        generator.writeNumberProperty("atEnd", churn.atEnd());
        generator.writeNumberProperty("newCustomers", churn.newCustomers());
        generator.writeNumberProperty("lost", churn.lost());
        generator.writeNumberProperty("retained", churn.retained());
        generator.writeNumberProperty("newLost", churn.newLost());
        ResultFields.number(generator, "simpleChurn", churn::simpleChurn);
        generator.writeName("churn");
        CountShareSerializer.INSTANCE.serialize(churn.churn(), generator, context);
        generator.writeName("retention");
        CountShareSerializer.INSTANCE.serialize(churn.retention(), generator, context);
    }
}
