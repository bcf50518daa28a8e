package dev.cxkit.survival;

import dev.cxkit.stats.Interval;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The transformation behind a pointwise confidence interval for a survival probability
 * {@code S} with Greenwood's {@code G = sum d / (n (n - d))} (so that {@code Var S = S^2 G})
 * and the normal quantile {@code z}. Bounds are clipped to {@code [0, 1]}. Where {@code S} is 1
 * (before the first event) every type gives {@code [1, 1]}; where it is 0 every type gives
 * {@code [0, 0]} (R reports no interval there).
 *
 * <p>Source: Klein &amp; Moeschberger (2003), "Survival Analysis", ch. 4; Borgan &amp;
 * Liest&oslash;l (1990), Scand. J. Statist. 17:35-41, for the log-log transform; names and
 * behaviour as in R's {@code survival::survfit(conf.type=)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ConfidenceType {

    /** {@code S +- z S sqrt(G)}, the linear interval on the survival scale. */
    PLAIN("plain") {
        @Override
        double[] bounds(double survival, double sqrtG, double z) {
            double half = z * survival * sqrtG;
            return new double[] {Math.max(0, survival - half), Math.min(1, survival + half)};
        }
    },
    /**
     * {@code S exp(+- z sqrt(G))}, the interval on the log (cumulative hazard) scale; the
     * default of R's {@code survfit}.
     */
    LOG("log") {
        @Override
        double[] bounds(double survival, double sqrtG, double z) {
            return new double[] {
                survival * Math.exp(-z * sqrtG), Math.min(1, survival * Math.exp(z * sqrtG))
            };
        }
    },
    /**
     * {@code S^exp(+- z sqrt(G) / ln S)}, the interval on the log(-log) scale, always inside
     * {@code [0, 1]}; the default of Python's lifelines.
     */
    LOG_LOG("log-log") {
        @Override
        double[] bounds(double survival, double sqrtG, double z) {
            double spread = z * sqrtG / -Math.log(survival);
            return new double[] {
                Math.pow(survival, Math.exp(spread)), Math.pow(survival, Math.exp(-spread))
            };
        }
    };

    private final String label;

    ConfidenceType(String label) {
        this.label = label;
    }

    /** {@return the name used by R's {@code conf.type}: "plain", "log" or "log-log"} */
    public String label() {
        return label;
    }

    /**
     * {@return the type called {@code name} ("plain", "log" or "log-log", ignoring case)}
     *
     * @param name the type's name
     * @throws IllegalArgumentException for any other name
     */
    public static ConfidenceType byName(String name) {
        Objects.requireNonNull(name, "name");
        for (ConfidenceType type : values()) {
            if (type.label.equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("confidence type must be one of "
                + Arrays.stream(values())
                        .map(ConfidenceType::label)
                        .collect(Collectors.joining(", "))
                + "; was '" + name + "'");
    }

    /**
     * The interval at {@code level} around {@code survival} in [0, 1] with {@code sqrt(G)} and
     * the level's normal quantile {@code z}; its method is this type's {@link #label()}.
     */
    Interval interval(double survival, double sqrtG, double z, double level) {
        double[] bounds = survival == 0 || survival == 1
                ? new double[] {survival, survival}
                : bounds(survival, sqrtG, z);
        return new Interval(bounds[0], bounds[1], level, label, Interval.Unit.FRACTION);
    }

    /** The bounds {lower, upper} for {@code 0 < survival < 1}. */
    abstract double[] bounds(double survival, double sqrtG, double z);
}
