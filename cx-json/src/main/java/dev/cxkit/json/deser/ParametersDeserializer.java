package dev.cxkit.json.deser;

import dev.cxkit.clv.BgBbModel;
import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.GammaGammaModel;
import dev.cxkit.clv.ShiftedBetaGeometric;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a fitted customer-base model from the object of its named parameters (see
 * {@code JsonShapes}); the model's own checks apply.
 *
 * @param <T> the model type
 */
public final class ParametersDeserializer<T> extends CxDeserializer<T> {

    /** Reads a BG/NBD model from its parameters. */
    public static final ParametersDeserializer<BgNbdModel> BG_NBD = new ParametersDeserializer<>(
            BgNbdModel.class,
            List.of("r", "alpha", "a", "b"),
            p -> BgNbdModel.of(p[0], p[1], p[2], p[3]));
    /** Reads a Gamma-Gamma model from its parameters. */
    public static final ParametersDeserializer<GammaGammaModel> GAMMA_GAMMA =
            new ParametersDeserializer<>(
                    GammaGammaModel.class,
                    List.of("p", "q", "gamma"),
                    p -> GammaGammaModel.of(p[0], p[1], p[2]));
    /** Reads a BG/BB model from its parameters. */
    public static final ParametersDeserializer<BgBbModel> BG_BB = new ParametersDeserializer<>(
            BgBbModel.class,
            List.of("alpha", "beta", "gamma", "delta"),
            p -> BgBbModel.of(p[0], p[1], p[2], p[3]));
    /** Reads a shifted-beta-geometric model from its parameters. */
    public static final ParametersDeserializer<ShiftedBetaGeometric> SHIFTED_BETA_GEOMETRIC =
            new ParametersDeserializer<>(
                    ShiftedBetaGeometric.class,
                    List.of("alpha", "beta"),
                    p -> ShiftedBetaGeometric.of(p[0], p[1]));

    private final List<String> names;
    private final Function<double[], T> model;

    private ParametersDeserializer(Class<T> type, List<String> names, Function<double[], T> model) {
        super(type);
        this.names = names;
        this.model = model;
    }

    @Override
    public T decode(Fields fields) {
        double[] parameters = new double[names.size()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = fields.number(names.get(i));
        }
        return fields.checked(Optional.empty(), () -> model.apply(parameters));
    }
}
