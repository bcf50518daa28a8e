package dev.cxkit.json.read;

import dev.cxkit.json.deser.CustomerDeserializer;
import dev.cxkit.json.deser.CxDeserializer;
import dev.cxkit.json.deser.InteractionDeserializer;
import dev.cxkit.json.deser.SurveyResponseDeserializer;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.SurveyResponse;
import java.util.List;
import java.util.Optional;

/**
 * A record type the readers know: its decoder, its fields in the JSON form (which CSV columns
 * map to), those every record must have, and where a CSV row's other columns go, if anywhere.
 */
record RecordSpec<T>(
        CxDeserializer<T> decoder,
        List<String> fields,
        List<String> required,
        Optional<String> otherColumnsField) {

    static final RecordSpec<SurveyResponse> SURVEY_RESPONSE = new RecordSpec<>(
            SurveyResponseDeserializer.INSTANCE,
            List.of("customerId", "touchpointId", "time", "instrument", "scaleMin", "scaleMax",
                    "score", "weight", "comment"),
            List.of("customerId", "time", "instrument", "score"),
            Optional.empty());

    static final RecordSpec<Interaction> INTERACTION = new RecordSpec<>(
            InteractionDeserializer.INSTANCE,
            List.of("customerId", "touchpointId", "time", "outcome", "waitTime", "handlingTime",
                    "resolved"),
            List.of("customerId", "touchpointId", "time", "outcome", "resolved"),
            Optional.empty());

    /** A customer CSV row's columns other than its fields are its attributes. */
    static final RecordSpec<Customer> CUSTOMER = new RecordSpec<>(
            CustomerDeserializer.INSTANCE,
            List.of("id", "acquiredAt", "churnedAt"),
            List.of("id", "acquiredAt"),
            Optional.of("attributes"));
}
