package dev.cxkit.json.deser;

import dev.cxkit.model.Scale;
import dev.cxkit.score.WeightedScoreHistogram;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a {@link WeightedScoreHistogram} from {@code {"scale": {...}, "n"?, "counts": [...],
 * "weights": [...], "squaredWeights": [...]}}, one entry per score. The histogram is rebuilt
 * through its documented binary form ({@link WeightedScoreHistogram#toByteArray()}), so it is
 * validated exactly as a decoded one is: counts and weight sums {@code >= 0}, no weight on a
 * score without responses.
 */
public final class WeightedScoreHistogramDeserializer
        extends CxDeserializer<WeightedScoreHistogram> {

    /** The deserializer; it holds no state and is thread-safe. */
    public static final WeightedScoreHistogramDeserializer INSTANCE =
            new WeightedScoreHistogramDeserializer();

    private static final int MAGIC = 0x43585748; // "CXWH"
    private static final byte VERSION = 1;

    private WeightedScoreHistogramDeserializer() {
        super(WeightedScoreHistogram.class);
    }

    @Override
    public WeightedScoreHistogram decode(Fields fields) {
        Scale scale = fields.object("scale", ScaleDeserializer.INSTANCE::decode);
        long[] counts = fields.longs("counts");
        double[] weights = fields.doubles("weights");
        double[] squaredWeights = fields.doubles("squaredWeights");
        checkLength(fields, "counts", counts.length, scale);
        checkLength(fields, "weights", weights.length, scale);
        checkLength(fields, "squaredWeights", squaredWeights.length, scale);
        byte[] name = scale.name().getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES
                + 1
                + Short.BYTES
                + name.length
                + 2 * Integer.BYTES
                + scale.points() * (Long.BYTES + 2 * Double.BYTES));
        bytes.putInt(MAGIC)
                .put(VERSION)
                .putShort((short) name.length)
                .put(name)
                .putInt(scale.min())
                .putInt(scale.max());
        for (int i = 0; i < counts.length; i++) {
            bytes.putLong(counts[i]).putDouble(weights[i]).putDouble(squaredWeights[i]);
        }
        WeightedScoreHistogram histogram = fields.checked(
                Optional.of("weights"), () -> WeightedScoreHistogram.fromByteArray(bytes.array()));
        fields.checkCount("n", histogram.n(), "the sum of the counts");
        return histogram;
    }

    private static void checkLength(Fields fields, String name, int length, Scale scale) {
        if (length != scale.points()) {
            throw fields.rejected(
                    name,
                    "must have " + scale.points() + " entries for scale " + scale + ", had "
                            + length);
        }
    }
}
