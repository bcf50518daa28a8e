package dev.cxkit.json.ser;

import dev.cxkit.drivers.DriverImportance;
import dev.cxkit.drivers.DriverReport;
import dev.cxkit.drivers.DroppedDriver;
import dev.cxkit.drivers.Importance;
import dev.cxkit.json.deser.EnumNames;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link DriverReport} as {@code {"outcome", "missingPolicy", "respondents",
 * "respondentsUsed", "rSquared", "bootstrapResamples", "bootstrapResamplesDiscarded",
 * "shapleySampledOrders"?, "drivers": [...], "dropped": [{"name", "reason"}]}}; each driver
 * {@code {"name", "respondents", "pearson", "spearman", "relativeWeight", "shapley",
 * "performance", "quadrant"}}, each importance {@code {"value", "share", "bootstrap"?: {"value",
 * "share" (intervals), "beatsNoiseShare", "exceedsNoise"}}}. Written only.
 */
public final class DriverReportSerializer extends CxSerializer<DriverReport> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final DriverReportSerializer INSTANCE = new DriverReportSerializer();

    private DriverReportSerializer() {
        super(DriverReport.class);
    }

    @Override
    protected void writeFields(
            DriverReport report, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("outcome", report.outcomeName());
        generator.writeStringProperty("missingPolicy", EnumNames.of(report.missingPolicy()));
        generator.writeNumberProperty("respondents", report.respondents());
        generator.writeNumberProperty("respondentsUsed", report.respondentsUsed());
        generator.writeNumberProperty("rSquared", report.rSquared());
        generator.writeNumberProperty("bootstrapResamples", report.bootstrapResamples());
        generator.writeNumberProperty(
                "bootstrapResamplesDiscarded", report.bootstrapResamplesDiscarded());
        report.shapleySampledOrders()
                .ifPresent(orders -> generator.writeNumberProperty("shapleySampledOrders", orders));
        generator.writeArrayPropertyStart("drivers");
        for (DriverImportance driver : report.drivers()) {
            generator.writeStartObject(driver);
            generator.writeStringProperty("name", driver.name());
            generator.writeNumberProperty("respondents", driver.respondents());
            generator.writeNumberProperty("pearson", driver.pearson());
            generator.writeNumberProperty("spearman", driver.spearman());
            writeImportance(generator, context, "relativeWeight", driver.relativeWeight());
            writeImportance(generator, context, "shapley", driver.shapley());
            generator.writeNumberProperty("performance", driver.performance());
            generator.writeStringProperty("quadrant", EnumNames.of(driver.quadrant()));
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeArrayPropertyStart("dropped");
        for (DroppedDriver dropped : report.dropped()) {
            generator.writeStartObject(dropped);
            generator.writeStringProperty("name", dropped.name());
            generator.writeStringProperty("reason", dropped.reason());
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }

    private static void writeImportance(
            JsonGenerator generator,
            SerializationContext context,
            String name,
            Importance importance) {
        generator.writeName(name);
        generator.writeStartObject(importance);
        generator.writeNumberProperty("value", importance.value());
        generator.writeNumberProperty("share", importance.share());
        importance.bootstrap().ifPresent(bootstrap -> {
            generator.writeName("bootstrap");
            generator.writeStartObject(bootstrap);
            ResultFields.value(generator, context, "value", bootstrap.value());
            ResultFields.value(generator, context, "share", bootstrap.share());
            generator.writeNumberProperty("beatsNoiseShare", bootstrap.beatsNoiseShare());
            generator.writeBooleanProperty("exceedsNoise", bootstrap.exceedsNoise());
            generator.writeEndObject();
        });
        generator.writeEndObject();
    }
}
