package dev.cxkit.benchmarks;

import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.MbgNbdModel;
import dev.cxkit.clv.ModelFit;
import dev.cxkit.clv.ParetoNbdModel;
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

import java.util.concurrent.TimeUnit;

/**
 * BG/NBD, MBG/NBD and Pareto/NBD maximum-likelihood fits of the same {@code customers} customers, simulated
 * from the Pareto/NBD at Fader, Hardie &amp; Lee's (2005) CDNOW estimates (r 0.55, alpha 10.58,
 * s 0.61, beta 11.67; weeks), with ages of 27 to 39 weeks and times in whole days, as a transaction
 * log has them. The JVM sees one processor ({@code -XX:ActiveProcessorCount=1}), so the parallel
 * likelihood sum runs on one core. The setup checks that the Pareto/NBD fit recovers the
 * parameters within 10 %.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RepeatBuyingFitBenchmark {

    private static final double[] TRUTH = {0.55, 10.58, 0.61, 11.67};

    @Param("1000000")
    int customers;

    private RfmPatterns synthetic;

    @Setup(Level.Trial)
    public void generateAndCheck() {
        synthetic = simulate(customers);
        ParetoNbdModel model = fitParetoNbd().model();
        double[] estimates = {model.r(), model.alpha(), model.s(), model.beta()};
        for (int i = 0; i < estimates.length; i++) {
            if (!(Math.abs(estimates[i] - TRUTH[i]) <= 0.10 * TRUTH[i])) {
                throw new IllegalStateException(
                        "the Pareto/NBD fit of " + customers + " simulated customers ("
                                + synthetic.size() + " patterns) estimated " + model
                                + ", expected within 10 % of "
                                + java.util.Arrays.toString(TRUTH));
            }
        }
    }

    @Benchmark
    public ModelFit<BgNbdModel> fitBgNbd() {
        return BgNbdModel.fit(synthetic);
    }

    @Benchmark
    public ModelFit<MbgNbdModel> fitMbgNbd() {
        return MbgNbdModel.fit(synthetic);
    }

    @Benchmark
    public ModelFit<ParetoNbdModel> fitParetoNbd() {
        return ParetoNbdModel.fit(synthetic);
    }

    /**
     * Customers drawn from the Pareto/NBD story (Schmittlein, Morrison &amp; Colombo 1987): purchase
     * rate lambda ~ Gamma(r, 1/alpha), dropout rate mu ~ Gamma(s, 1/beta), an exponential lifetime
     * with rate mu, and exponential times between purchases while alive. Times are rounded to the
     * nearest whole day (1/7 week), a repeat purchase on the first day counting as one day later.
     */
    static RfmPatterns simulate(int customers) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(SyntheticSurvey.SEED));
        RfmPatterns.Builder builder = RfmPatterns.builder();
        for (int c = 0; c < customers; c++) {
            double age = (27 * 7 + random.nextInt(0, 12 * 7)) / 7.0;
            double lambda = random.nextGamma(TRUTH[0], 1 / TRUTH[1]);
            double mu = random.nextGamma(TRUTH[2], 1 / TRUTH[3]);
            double end = Math.min(age, random.nextExponential(1 / mu));
            int frequency = 0;
            double recency = 0;
            for (double time = random.nextExponential(1 / lambda);
                    time <= end;
                    time += random.nextExponential(1 / lambda)) {
                frequency++;
                recency = time;
            }
            double recencyInDays = Math.min(Math.max(Math.rint(recency * 7), 1), age * 7) / 7;
            builder.add(frequency, frequency == 0 ? 0 : recencyInDays, age);
        }
        return builder.build();
    }
}
