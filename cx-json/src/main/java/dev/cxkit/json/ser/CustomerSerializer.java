package dev.cxkit.json.ser;

import dev.cxkit.model.Customer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Customer} as {@code {"id", "acquiredAt", "churnedAt"?, "attributes"}}, the
 * attributes as an object of strings in name order.
 */
public final class CustomerSerializer extends CxSerializer<Customer> {

    /** The serializer; it holds no state and is thread-safe. */
    public static final CustomerSerializer INSTANCE = new CustomerSerializer();

    private CustomerSerializer() {
        super(Customer.class);
    }

    @Override
    protected void writeFields(
            Customer customer, JsonGenerator generator, SerializationContext context) {
        generator.writeStringProperty("id", customer.id());
        generator.writeStringProperty("acquiredAt", customer.acquiredAt().toString());
        customer.churnedAt()
                .ifPresent(
                        churned -> generator.writeStringProperty("churnedAt", churned.toString()));
        generator.writeName("attributes");
        generator.writeStartObject();
        for (Map.Entry<String, String> attribute :
                new TreeMap<>(customer.attributes()).entrySet()) {
            generator.writeStringProperty(attribute.getKey(), attribute.getValue());
        }
        generator.writeEndObject();
    }
}
