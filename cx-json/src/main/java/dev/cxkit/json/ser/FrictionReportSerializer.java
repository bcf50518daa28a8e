package dev.cxkit.json.ser;

import dev.cxkit.journey.FrictionReport;
import dev.cxkit.journey.FrictionSignal;
import dev.cxkit.json.deser.EnumNames;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link FrictionReport} as {@code {"baseRates": {signal: rate}, "ranking":
 * [{"touchpoint", "score", "signals": [{"signal", "rate", "counted", "excess"}]}]}}, ranked by
 * the default friction rule, signals named in lower case ({@code "high-effort"}). Written only.
 */
public final class FrictionReportSerializer extends CxSerializer<FrictionReport> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final FrictionReportSerializer INSTANCE = new FrictionReportSerializer();

    private FrictionReportSerializer() {
        super(FrictionReport.class);
    }

    @Override
    protected void writeFields(
            FrictionReport report, JsonGenerator generator, SerializationContext context) {
        generator.writeName("baseRates");
        generator.writeStartObject();
        for (FrictionSignal signal : FrictionSignal.values()) {
            generator.writeName(EnumNames.of(signal));
            CountShareSerializer.INSTANCE.serialize(report.baseRate(signal), generator, context);
        }
        generator.writeEndObject();
        generator.writeArrayPropertyStart("ranking");
        for (FrictionReport.RankedTouchpoint ranked : report.ranking()) {
            generator.writeStartObject(ranked);
            ResultFields.value(generator, context, "touchpoint", ranked.touchpoint());
            generator.writeNumberProperty("score", ranked.score());
            generator.writeArrayPropertyStart("signals");
            for (FrictionReport.SignalScore signal : ranked.signals()) {
                generator.writeStartObject(signal);
                generator.writeStringProperty("signal", EnumNames.of(signal.signal()));
                generator.writeName("rate");
                CountShareSerializer.INSTANCE.serialize(signal.rate(), generator, context);
                generator.writeBooleanProperty("counted", signal.counted());
                generator.writeNumberProperty("excess", signal.excess());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }
}
