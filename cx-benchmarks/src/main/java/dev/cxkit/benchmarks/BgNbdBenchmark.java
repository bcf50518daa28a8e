package dev.cxkit.benchmarks;

import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.ModelFit;
import dev.cxkit.clv.RfmPatterns;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;

/**
 * BG/NBD maximum-likelihood fits: on the 2,357 CDNOW customers (checked against Fader, Hardie
 * &amp; Lee 2005: r 0.243, alpha 4.414, a 0.793, b 2.426), and on {@code customers} customers
 * simulated from those parameters with ages of 27 to 39 weeks and times in whole days (checked
 * to recover the parameters within 10 %).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class BgNbdBenchmark {

    /** Fader, Hardie &amp; Lee (2005), table 1 / the project's reference section 10. */
    private static final double[] CDNOW_ESTIMATES = {0.243, 4.414, 0.793, 2.426};

    @Param("1000000")
    int customers;

    private RfmPatterns cdnow;
    private RfmPatterns synthetic;

    @Setup(Level.Trial)
    public void loadGenerateAndCheck() {
        cdnow = cdnowPatterns();
        synthetic = simulate(
                customers,
                BgNbdModel.of(
                        CDNOW_ESTIMATES[0],
                        CDNOW_ESTIMATES[1],
                        CDNOW_ESTIMATES[2],
                        CDNOW_ESTIMATES[3]));
        // CDNOW: the published digits (half a unit in the third decimal); simulated: 10 %.
        requireEstimates("the CDNOW fit", fitCdnow(), reference -> 0.0005);
        requireEstimates(
                "the fit of simulated customers", fitSynthetic(), reference -> 0.10 * reference);
    }

    @Benchmark
    public ModelFit<BgNbdModel> fitCdnow() {
        return BgNbdModel.fit(cdnow);
    }

    @Benchmark
    public ModelFit<BgNbdModel> fitSynthetic() {
        return BgNbdModel.fit(synthetic);
    }

    /**
     * Fails the trial unless the fit converged and each estimate lies within
     * {@code allowed.applyAsDouble(reference)} of the CDNOW estimate {@code reference}.
     */
    private static void requireEstimates(
            String what, ModelFit<BgNbdModel> fit, DoubleUnaryOperator allowed) {
        BgNbdModel model = fit.model();
        double[] estimates = {model.r(), model.alpha(), model.a(), model.b()};
        for (int i = 0; i < estimates.length; i++) {
            double reference = CDNOW_ESTIMATES[i];
            if (!fit.converged()
                    || !(Math.abs(estimates[i] - reference) <= allowed.applyAsDouble(reference))) {
                throw new IllegalStateException(what + " estimated " + model + " (converged: "
                        + fit.converged() + "), expected r, alpha, a, b within "
                        + allowed.applyAsDouble(reference) + " of " + reference + " for "
                        + Arrays.toString(CDNOW_ESTIMATES));
            }
        }
    }

    private static RfmPatterns cdnowPatterns() {
        RfmPatterns.Builder builder = RfmPatterns.builder();
        String resource = "cdnow_customers_summary.csv";
        InputStream in = Objects.requireNonNull(
                BgNbdBenchmark.class.getResourceAsStream(resource), resource);
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] fields = line.split(",");
                builder.add(
                        Integer.parseInt(fields[1]),
                        Double.parseDouble(fields[2]),
                        Double.parseDouble(fields[3]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }

    /**
     * Customers drawn from the BG/NBD story (Fader, Hardie &amp; Lee 2005, section 3): purchase
     * rate lambda ~ Gamma(r, 1/alpha), drop-out probability p ~ Beta(a, b); exponential times
     * between purchases, and after each repeat purchase the customer drops out with
     * probability p. Times are rounded to whole days (1/7 week), as a transaction log has them.
     */
    private static RfmPatterns simulate(int customers, BgNbdModel model) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(SyntheticSurvey.SEED));
        RfmPatterns.Builder builder = RfmPatterns.builder();
        for (int c = 0; c < customers; c++) {
            double age = (27 * 7 + random.nextInt(0, 12 * 7)) / 7.0;
            double lambda = random.nextGamma(model.r(), 1 / model.alpha());
            double p = random.nextBeta(model.a(), model.b());
            int frequency = 0;
            double recency = 0;
            double time = random.nextExponential(1 / lambda);
            while (time <= age) {
                frequency++;
                recency = time;
                if (random.nextDouble() < p) {
                    break;
                }
                time += random.nextExponential(1 / lambda);
            }
            double recencyInDays = Math.min(Math.ceil(recency * 7), age * 7) / 7;
            builder.add(frequency, frequency == 0 ? 0 : recencyInDays, age);
        }
        return builder.build();
    }
}
