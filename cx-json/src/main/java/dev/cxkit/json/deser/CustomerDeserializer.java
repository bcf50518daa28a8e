package dev.cxkit.json.deser;

import dev.cxkit.model.Customer;

import java.util.Optional;

/**
 * Reads a {@link Customer} from {@code {"id", "acquiredAt", "churnedAt"?, "attributes"?}};
 * attributes are an object of strings.
 */
public final class CustomerDeserializer extends CxDeserializer<Customer> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final CustomerDeserializer INSTANCE = new CustomerDeserializer();

    private CustomerDeserializer() {
        super(Customer.class);
    }

    @Override
    public Customer decode(Fields fields) {
        String id = fields.id("id");
        var acquiredAt = fields.instant("acquiredAt");
        var churnedAt = fields.optionalInstant("churnedAt");
        if (churnedAt.filter(churned -> churned.isBefore(acquiredAt)).isPresent()) {
            throw fields.rejected(
                    "churnedAt", "must not be before acquiredAt (" + acquiredAt + ")");
        }
        var attributes = fields.stringMap("attributes");
        return fields.checked(
                Optional.of("attributes"),
                () -> new Customer(id, acquiredAt, churnedAt, attributes));
    }
}
