package dev.cxkit.json.ser;

import dev.cxkit.clv.BgBbModel;
import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.GammaGammaModel;
import dev.cxkit.clv.ShiftedBetaGeometric;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;

import java.util.List;
import java.util.function.Function;

/**
 * Writes a fitted customer-base model as an object of its named parameters:
 * {@link BgNbdModel} {@code {"r", "alpha", "a", "b"}}, {@link BgBbModel}
 * {@code {"alpha", "beta", "gamma", "delta"}}, {@link GammaGammaModel}
 * {@code {"p", "q", "gamma"}}, {@link ShiftedBetaGeometric} {@code {"alpha", "beta"}}.
 *
 * @param <T> the model type
 */
public final class ParametersSerializer<T> extends CxSerializer<T> {

    /** Writes a BG/NBD model as its parameters. */
    public static final ParametersSerializer<BgNbdModel> BG_NBD =
            new ParametersSerializer<>(BgNbdModel.class, List.of("r", "alpha", "a", "b"), model ->
                    new double[] {model.r(), model.alpha(), model.a(), model.b()});
    /** Writes a Gamma-Gamma model as its parameters. */
    public static final ParametersSerializer<GammaGammaModel> GAMMA_GAMMA =
            new ParametersSerializer<>(GammaGammaModel.class, List.of("p", "q", "gamma"), model ->
                    new double[] {model.p(), model.q(), model.gamma()});
    /** Writes a BG/BB model as its parameters. */
    public static final ParametersSerializer<BgBbModel> BG_BB = new ParametersSerializer<>(
            BgBbModel.class, List.of("alpha", "beta", "gamma", "delta"), model ->
                    new double[] {model.alpha(), model.beta(), model.gamma(), model.delta()});
    /** Writes a shifted-beta-geometric model as its parameters. */
    public static final ParametersSerializer<ShiftedBetaGeometric> SHIFTED_BETA_GEOMETRIC =
            new ParametersSerializer<>(
                    ShiftedBetaGeometric.class, List.of("alpha", "beta"), model ->
                            new double[] {model.alpha(), model.beta()});

    private final List<String> names;
    private final Function<T, double[]> values;

    private ParametersSerializer(Class<T> type, List<String> names, Function<T, double[]> values) {
        super(type);
        this.names = names;
        this.values = values;
    }

    @Override
    protected void writeFields(T model, JsonGenerator generator, SerializationContext context) {
        double[] parameters = values.apply(model);
        for (int i = 0; i < parameters.length; i++) {
            generator.writeNumberProperty(names.get(i), parameters[i]);
        }
    }
}
