package dev.cxkit.drivers;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Interval;

import org.hipparchus.stat.descriptive.rank.Percentile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Nonparametric bootstrap of importance measures with a random noise driver.
 *
 * <p>Each resample draws {@code n} of the analysis' respondents with replacement and recomputes
 * the correlations (under the same missing-answer policy), then every measure twice: on the
 * drivers alone, for the percentile intervals, and with one extra driver of independent standard
 * normal noise (drawn once per respondent from the seeded source), for the comparison with
 * noise. A resample in which a driver is constant or the drivers are collinear is discarded and
 * counted. Percentiles use the linear interpolation of Hyndman &amp; Fan (1996) type 7.
 * Not thread-safe (it draws from one random source); {@link KeyDriverAnalysis} runs it on one
 * thread.
 */
final class ImportanceBootstrap {

    /** The method name the intervals carry. */
    static final String METHOD = "bootstrap percentile";

    private final List<BootstrapSummary[]> summaries;
    private final int used;
    private final int discarded;

    private ImportanceBootstrap(List<BootstrapSummary[]> summaries, int used, int discarded) {
        this.summaries = summaries;
        this.used = used;
        this.discarded = discarded;
    }

    /** Per measure (in the order given), one summary per driver of the sample. */
    BootstrapSummary[] summaries(int measure) {
        return summaries.get(measure);
    }

    int used() {
        return used;
    }

    int discarded() {
        return discarded;
    }

    static ImportanceBootstrap run(
            AnalysisSample sample,
            List<ImportanceMeasure> measures,
            int resamples,
            double level,
            SplittableRandom random) {
        int p = sample.names.size();
        double[][] columns = withNoise(sample, random);
        double[][][] values = new double[measures.size()][p][resamples];
        double[][][] shares = new double[measures.size()][p][resamples];
        int[][] beats = new int[measures.size()][p];
        int n = sample.rows.length;
        int[] draw = new int[n];
        int used = 0;
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                draw[i] = sample.rows[random.nextInt(n)];
            }
            Optional<CorrelationMatrix> noisy = CorrelationMatrix.of(columns, draw);
            if (noisy.isEmpty() || !isEstimable(noisy.get())) {
                continue;
            }
            CorrelationMatrix plain = noisy.get().withoutDriver(p);
            double rSquared = plain.rSquared().orElseThrow();
            for (int m = 0; m < measures.size(); m++) {
                double[] plainValues = measures.get(m).of(plain);
                double[] noisyValues = measures.get(m).of(noisy.get());
                for (int j = 0; j < p; j++) {
                    values[m][j][used] = plainValues[j];
                    shares[m][j][used] = plainValues[j] / rSquared;
                    if (noisyValues[j] > noisyValues[p]) {
                        beats[m][j]++;
                    }
                }
            }
            used++;
        }
        checkArgument(
                used > 0,
                "all %s bootstrap resamples had a constant or collinear driver;"
                        + " the data are too thin to resample",
                resamples);
        List<BootstrapSummary[]> summaries = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            summaries.add(summarize(values[m], shares[m], beats[m], used, level));
        }
        return new ImportanceBootstrap(List.copyOf(summaries), used, resamples - used);
    }

    /** One measure's summaries from the first {@code used} resampled values of each driver. */
    private static BootstrapSummary[] summarize(
            double[][] values, double[][] shares, int[] beats, int used, double level) {
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        BootstrapSummary[] perDriver = new BootstrapSummary[values.length];
        for (int j = 0; j < values.length; j++) {
            double beatsShare = (double) beats[j] / used;
            perDriver[j] = new BootstrapSummary(
                    percentiles(
                            percentile,
                            Arrays.copyOf(values[j], used),
                            level,
                            Interval.Unit.COEFFICIENT),
                    percentiles(
                            percentile,
                            Arrays.copyOf(shares[j], used),
                            level,
                            Interval.Unit.FRACTION),
                    beatsShare,
                    beatsShare >= (1 + level) / 2);
        }
        return perDriver;
    }

    /** The two-sided percentile interval of {@code values} at {@code level}. */
    private static Interval percentiles(
            Percentile percentile, double[] values, double level, Interval.Unit unit) {
        return new Interval(
                percentile.evaluate(values, 50 * (1 - level)),
                percentile.evaluate(values, 50 * (1 + level)),
                level,
                METHOD,
                unit);
    }

    /** Both the model with noise and the one without it have a positive definite R_xx and R^2 > 0. */
    private static boolean isEstimable(CorrelationMatrix noisy) {
        Optional<Double> rSquared = noisy.withoutDriver(noisy.drivers() - 1).rSquared();
        return noisy.rSquared().isPresent() && rSquared.isPresent() && rSquared.get() > 0;
    }

    /** The sample's driver columns, then a standard normal noise column, then the outcome. */
    private static double[][] withNoise(AnalysisSample sample, SplittableRandom random) {
        int p = sample.names.size();
        double[][] columns = new double[p + 2][];
        System.arraycopy(sample.columns, 0, columns, 0, p);
        double[] noise = new double[sample.columns[p].length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextGaussian();
        }
        columns[p] = noise;
        columns[p + 1] = sample.columns[p];
        return columns;
    }
}
