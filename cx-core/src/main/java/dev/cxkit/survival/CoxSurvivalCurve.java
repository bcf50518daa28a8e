package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The survival curve a Cox model predicts for one covariate profile in one stratum
 * ({@link CoxModel#survival}): {@code S(t | x) = exp(-H0(t) exp((x - xbar) beta))}, where
 * {@code H0} is the stratum's cumulative baseline hazard at the mean covariates {@code xbar}
 * (Breslow 1972 estimator, or its Efron form under Efron ties, as R's
 * {@code survival::survfit.coxph}). A right-continuous step function of the duration, in the
 * model's duration unit, defined up to the stratum's last follow-up; beyond it the model knows
 * nothing and the curve says so. Immutable and thread-safe.
 */
public final class CoxSurvivalCurve {

    private final double[] times;
    private final double[] survival;
    private final double lastFollowUp;

    CoxSurvivalCurve(double[] times, double[] survival, double lastFollowUp) {
        this.times = times;
        this.survival = survival;
        this.lastFollowUp = lastFollowUp;
    }

    /** {@return the longest duration observed in the stratum; the curve is defined up to it} */
    public double lastFollowUp() {
        return lastFollowUp;
    }

    /** {@return number of steps, one per distinct event duration of the stratum} */
    public int stepCount() {
        return times.length;
    }

    /**
     * {@return the duration of step {@code step}, ascending}
     *
     * @param step the step's index, in {@code [0, size())}
     */
    public double time(int step) {
        return times[step];
    }

    /**
     * {@return the predicted survival just after the duration of step {@code step}}
     *
     * @param step the step's index, in {@code [0, size())}
     */
    public double survival(int step) {
        return survival[step];
    }

    /**
     * {@return the predicted survival at {@code time}, or empty when {@code time} is beyond the
     * last follow-up}
     *
     * @param time the duration asked about, {@code >= 0}
     * @throws IllegalArgumentException when {@code time} is negative or NaN
     */
    public OptionalDouble survivalAt(double time) {
        checkArgument(time >= 0, "time must be >= 0, was %s", time);
        if (time > lastFollowUp) {
            return OptionalDouble.empty();
        }
        int index = Arrays.binarySearch(times, time);
        int last = index >= 0 ? index : -index - 2;
        return OptionalDouble.of(last < 0 ? 1 : survival[last]);
    }

    @Override
    public String toString() {
        return "CoxSurvivalCurve{steps=" + times.length + ", lastFollowUp=" + lastFollowUp + "}";
    }
}
