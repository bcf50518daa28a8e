package dev.cxkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

class GaussHypergeometricTest {

    /** Rows a, b, c, z, value from SciPy's hyp2f1, confirmed by mpmath (see hyp2f1_reference.py). */
    private static List<double[]> referenceRows() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                GaussHypergeometricTest.class.getResourceAsStream("hyp2f1_reference.csv"),
                StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.split(","))
                    .map(fields -> new double[] {
                        Double.parseDouble(fields[0]),
                        Double.parseDouble(fields[1]),
                        Double.parseDouble(fields[2]),
                        Double.parseDouble(fields[3]),
                        Double.parseDouble(fields[4])
                    })
                    .collect(Collectors.toList());
        }
    }

    @Test
    void agreesWithSciPyToTwelveDigitsAndElevenNearOne() throws IOException {
        List<double[]> rows = referenceRows();
        assertThat(rows).hasSizeGreaterThan(250);
        for (double[] row : rows) {
            double value = GaussHypergeometric.value(row[0], row[1], row[2], row[3]);
            double tolerance = row[3] <= 0.99 ? 1e-12 : 1e-11;
            assertThat(value)
                    .as("2F1(%s, %s; %s; %s)", row[0], row[1], row[2], row[3])
                    .isCloseTo(row[4], within(tolerance * Math.abs(row[4])));
        }
    }

    @Test
    void closedFormsHold() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z and 2F1(a, b; b; z) = (1 - z)^-a (DLMF 15.4.1, 15.4.6)
        assertThat(GaussHypergeometric.value(1, 1, 2, 0.75))
                .isCloseTo(-Math.log(0.25) / 0.75, within(1e-14));
        assertThat(GaussHypergeometric.value(0.3, 2.5, 2.5, 0.6))
                .isCloseTo(Math.pow(0.4, -0.3), within(1e-14));
        assertThat(GaussHypergeometric.value(-2, 1, 1, 0.5)).isEqualTo(0.25);
    }

    @Test
    void rejectsArgumentsOutsideTheDomain() {
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c must be > 0")
                .hasMessageContaining("0.0");
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("z must be in [0, 1), was 1.0");
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, 2, -0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("z");
        assertThatThrownBy(() -> GaussHypergeometric.value(Double.NaN, 1, 2, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a must be finite");
        assertThatThrownBy(() -> GaussHypergeometric.value(1, Double.POSITIVE_INFINITY, 2, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("b must be finite");
    }

    @Test
    void refusesToCrawlTowardsOne() {
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, 1.5, Math.nextDown(1.0)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("too close to 1");
    }
}
