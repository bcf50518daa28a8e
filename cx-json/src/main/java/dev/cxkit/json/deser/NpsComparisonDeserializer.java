package dev.cxkit.json.deser;

import dev.cxkit.nps.NpsComparison;
import dev.cxkit.nps.NpsIntervalMethod;

import java.util.Optional;

/**
 * Reads an {@link NpsComparison} from {@code {"first", "second", "method"}}; the test statistics
 * written beside them are recomputed.
 */
public final class NpsComparisonDeserializer extends CxDeserializer<NpsComparison> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final NpsComparisonDeserializer INSTANCE = new NpsComparisonDeserializer();

    private NpsComparisonDeserializer() {
        super(NpsComparison.class);
    }

    @Override
    public NpsComparison decode(Fields fields) {
        var first = fields.object("first", NpsDeserializer.INSTANCE::decode);
        var second = fields.object("second", NpsDeserializer.INSTANCE::decode);
        NpsIntervalMethod method = TextDeserializer.NPS_INTERVAL_METHOD.decode(fields, "method");
        return fields.checked(Optional.empty(), () -> NpsComparison.of(first, second, method));
    }
}
