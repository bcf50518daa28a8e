package dev.cxkit.json.ser;

import dev.cxkit.clv.ModelFit;
import dev.cxkit.stats.MaximumLikelihoodEstimate;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

/**
 * Writes a {@link ModelFit} as {@code {"model", "method": "maximum-likelihood", "converged",
 * "logLikelihood", "iterations", "evaluations", "parameters": {name: {"estimate",
 * "standardError"?}}}}. Written only: cxkit gives no way to rebuild an estimate from these
 * numbers; the fitted model itself reads back.
 */
@SuppressWarnings("rawtypes")
public final class ModelFitSerializer extends CxSerializer<ModelFit> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final ModelFitSerializer INSTANCE = new ModelFitSerializer();

    private ModelFitSerializer() {
        super(ModelFit.class);
    }

    @Override
    protected void writeFields(
            ModelFit fit, JsonGenerator generator, SerializationContext context) {
        ResultFields.value(generator, context, "model", fit.model());
        MaximumLikelihoodEstimate estimate = fit.estimate();
        generator.writeStringProperty("method", "maximum-likelihood");
        generator.writeBooleanProperty("converged", estimate.converged());
        generator.writeNumberProperty("logLikelihood", estimate.logLikelihood());
        generator.writeNumberProperty("iterations", estimate.iterations());
        generator.writeNumberProperty("evaluations", estimate.evaluations());
        generator.writeName("parameters");
        generator.writeStartObject();
        for (String name : estimate.parameterNames()) {
            generator.writeName(name);
            generator.writeStartObject();
            generator.writeNumberProperty("estimate", estimate.estimate(name));
            estimate.standardError(name)
                    .ifPresent(error -> generator.writeNumberProperty("standardError", error));
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }
}
