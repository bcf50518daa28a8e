package dev.cxkit.json;

import dev.cxkit.json.deser.CustomerDeserializer;
import dev.cxkit.json.deser.InteractionDeserializer;
import dev.cxkit.json.deser.SurveyResponseDeserializer;
import dev.cxkit.json.ser.CustomerSerializer;
import dev.cxkit.json.ser.InteractionSerializer;
import dev.cxkit.json.ser.SurveyResponseSerializer;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.SurveyResponse;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for cxkit's public types: register it on a mapper builder
 * ({@code JsonMapper.builder().addModule(new CxModule())}) or let
 * {@code findAndAddModules()} find it through {@code META-INF/services}. The JSON forms are
 * documented in the README section "JSON"; field names are stable.
 */
public final class CxModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public CxModule() {
        super("cxkit");
        addSerializer(SurveyResponse.class, SurveyResponseSerializer.INSTANCE);
        addDeserializer(SurveyResponse.class, SurveyResponseDeserializer.INSTANCE);
        addSerializer(Interaction.class, InteractionSerializer.INSTANCE);
        addDeserializer(Interaction.class, InteractionDeserializer.INSTANCE);
        addSerializer(Customer.class, CustomerSerializer.INSTANCE);
        addDeserializer(Customer.class, CustomerDeserializer.INSTANCE);
    }
}
