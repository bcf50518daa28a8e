package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Scale;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The committed bytes of each binary form at its current version (written by
 * {@code golden/make_golden.py} from the documented layout) decode to the expected summary and
 * re-encode bit for bit: a change that would break stored partial results fails here.
 */
class GoldenBytesTest {

    @Test
    void scoreHistogramVersion1() {
        byte[] golden = resource("score-histogram-v1.bin");
        ScoreHistogram decoded = ScoreHistogram.fromByteArray(golden);
        assertThat(decoded)
                .isEqualTo(ScoreHistogram.of(Scale.NPS, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    @Test
    void weightedScoreHistogramVersion1() {
        byte[] golden = resource("weighted-score-histogram-v1.bin");
        WeightedScoreHistogram decoded = WeightedScoreHistogram.fromByteArray(golden);
        assertThat(decoded)
                .isEqualTo(WeightedScoreAccumulator.create(Scale.CSAT)
                        .add(3, 2)
                        .add(3, 0.5)
                        .add(5, 1)
                        .snapshot());
        assertThat(decoded.toByteArray()).isEqualTo(golden);
    }

    private static byte[] resource(String name) {
        try (InputStream in =
                GoldenBytesTest.class.getResourceAsStream("/dev/cxkit/golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
