package dev.cxkit.json.ser;

import dev.cxkit.churn.CohortTable;
import dev.cxkit.json.deser.EnumNames;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link CohortTable} as {@code {"unit", "zone", "asOf", "cohorts": [{"start", "size",
 * "active": [...], "retention": [...]}]}}: per cohort its start date (ISO-8601), size, active
 * customers per period and retention per period as proportions with 95 % Wilson intervals.
 * Written only.
 */
public final class CohortTableSerializer extends CxSerializer<CohortTable> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final CohortTableSerializer INSTANCE = new CohortTableSerializer();

    private CohortTableSerializer() {
        super(CohortTable.class);
    }

    @Override
    protected void writeFields(
            CohortTable table, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("unit", EnumNames.of(table.unit()));
        generator.writeStringProperty("zone", table.zone().getId());
        generator.writeStringProperty("asOf", table.asOf().toString());
        generator.writeArrayPropertyStart("cohorts");
        for (CohortTable.Cohort cohort : table.cohorts()) {
            generator.writeStartObject(cohort);
            generator.writeStringProperty("start", cohort.start().toString());
            generator.writeNumberProperty("size", cohort.size());
            generator.writeArrayPropertyStart("active");
            for (long active : cohort.active()) {
                generator.writeNumber(active);
            }
            generator.writeEndArray();
            generator.writeArrayPropertyStart("retention");
            for (int period = 0; period < cohort.periods(); period++) {
                CountShareSerializer.INSTANCE.serialize(
                        cohort.retention(period), generator, context);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }
}
