package dev.cxkit.json.deser;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.util.Optional;

/**
 * Reads a {@link SurveyResponse} from {@code {"customerId", "touchpointId"?, "time",
 * "instrument", "scaleMin"?, "scaleMax"?, "score", "weight"?, "comment"?}}. The score is
 * required (never defaulted) and must lie on the instrument's scale; the weight defaults to 1.
 */
public final class SurveyResponseDeserializer extends CxDeserializer<SurveyResponse> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final SurveyResponseDeserializer INSTANCE = new SurveyResponseDeserializer();

    private SurveyResponseDeserializer() {
        super(SurveyResponse.class);
    }

    @Override
    public SurveyResponse decode(Fields fields) {
        return decode(fields, fields.id("customerId"), Instruments.decode(fields));
    }

    /**
     * Reads a response whose scale the caller knows: the {@code instrument}, {@code scaleMin}
     * and {@code scaleMax} fields are not read, and {@code customerId} is optional: a response
     * without one is named by its {@linkplain Fields#origin() origin}, such as
     * {@code responses.csv:17}.
     *
     * @param fields the record's fields
     * @param scale the scale of the answer
     * @return the response
     */
    public SurveyResponse decodeOnScale(Fields fields, Scale scale) {
        return decode(fields, fields.optionalId("customerId").orElseGet(fields::origin), scale);
    }

    private static SurveyResponse decode(Fields fields, String customerId, Scale scale) {
        Optional<String> touchpointId = fields.optionalId("touchpointId");
        var time = fields.instant("time");
        int score = fields.integer("score");
        fields.checked(Optional.of("score"), () -> scale.check(score, "score"));
        double weight = fields.optionalNumber("weight").orElse(1.0);
        Optional<String> comment = fields.optionalString("comment");
        return fields.checked(
                Optional.of("weight"),
                () -> new SurveyResponse(
                        customerId, touchpointId, time, scale, score, weight, comment));
    }
}
