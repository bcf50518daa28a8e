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

    public static final SurveyResponseDeserializer INSTANCE = new SurveyResponseDeserializer();

    private SurveyResponseDeserializer() {
        super(SurveyResponse.class);
    }

    @Override
    public SurveyResponse decode(Fields fields) {
        String customerId = fields.id("customerId");
        Optional<String> touchpointId = fields.optionalId("touchpointId");
        var time = fields.instant("time");
        Scale scale = Instruments.decode(fields);
        int score = fields.integer("score");
        fields.checked(Optional.of("score"), () -> scale.check(score, "score"));
        double weight = fields.optionalNumber("weight").orElse(1.0);
        Optional<String> comment = fields.optionalString("comment");
        return fields.checked(Optional.of("weight"), () -> new SurveyResponse(
                customerId, touchpointId, time, scale, score, weight, comment));
    }
}
