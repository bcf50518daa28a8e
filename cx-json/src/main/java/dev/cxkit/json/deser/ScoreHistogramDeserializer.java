package dev.cxkit.json.deser;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;

import java.util.Optional;

/**
 * Reads a {@link ScoreHistogram} from {@code {"scale": {...}, "n"?, "counts": [...]}}; when
 * {@code n} is given it must equal the sum of the counts.
 */
public final class ScoreHistogramDeserializer extends CxDeserializer<ScoreHistogram> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final ScoreHistogramDeserializer INSTANCE = new ScoreHistogramDeserializer();

    private ScoreHistogramDeserializer() {
        super(ScoreHistogram.class);
    }

    @Override
    public ScoreHistogram decode(Fields fields) {
        Scale scale = fields.object("scale", ScaleDeserializer.INSTANCE::decode);
        long[] counts = fields.longs("counts");
        ScoreHistogram histogram =
                fields.checked(Optional.of("counts"), () -> ScoreHistogram.of(scale, counts));
        fields.checkCount("n", histogram.n(), "the sum of the counts");
        return histogram;
    }
}
