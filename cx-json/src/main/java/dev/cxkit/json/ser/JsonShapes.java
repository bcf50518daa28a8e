package dev.cxkit.json.ser;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import dev.cxkit.clv.BgBbModel;
import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.GammaGammaModel;
import dev.cxkit.clv.ShiftedBetaGeometric;
import dev.cxkit.model.Channel;
import dev.cxkit.model.ContactType;
import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.Stage;
import dev.cxkit.model.StageModel;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.MedianInterval;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;
import tools.jackson.databind.module.SimpleModule;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON shapes that Jackson derives from a type's accessors, declared as mix-ins: cx-core
 * carries no Jackson annotation, so the annotations live here and are attached to cx-core's types
 * by {@link #declare(SimpleModule)}. Records not listed here ({@code Touchpoint}, {@code
 * NpsBreaks}, {@code CesDefinition}, {@code ServiceLevel}) need no mix-in: Jackson writes their
 * components in order, and their values' own forms (names, constants, intervals) come from the
 * mix-ins below.
 *
 * <p>The other types keep a hand-written serializer in this package, for one of these reasons:
 *
 * <ul>
 *   <li>statistics computed when written (a 95 % interval, a percentile) and left out when
 *       undefined for the result: {@code Nps}, {@code NpsComparison}, {@code Csat}, {@code Ces},
 *       {@code MeanScore}, {@code Proportion}, {@code RestrictedMean}, {@code PeriodChurn},
 *       {@code KaplanMeier}, {@code DurationSample}, {@code CxPyramid}, {@code Consistency},
 *       {@code Scorecard};
 *   <li>fields that are no accessor (a constant {@code method}, parameters by name): {@code
 *       LogRankTest}, {@code ModelFit};
 *   <li>values read by index or key and written as arrays or objects: {@code RiskSets}, {@code
 *       WeightedScoreHistogram}, {@code CohortTable}, {@code Funnel}, {@code FrictionReport},
 *       {@code DriverReport};
 *   <li>a field written only in some cases (scale bounds of a custom scale): {@code
 *       SurveyResponse}.
 * </ul>
 *
 * <p>Every deserializer stays hand-written: its errors name the field, the value and what was
 * expected (Jackson's creator errors name Java classes), and the record decoders are shared with
 * the CSV and NDJSON readers.
 */
public final class JsonShapes {

    private JsonShapes() {}

    /**
     * Attaches every mix-in of this class to its cxkit type.
     *
     * @param module the module to declare the shapes on
     */
    public static void declare(SimpleModule module) {
        module.setMixInAnnotation(Channel.class, NameMixIn.class);
        module.setMixInAnnotation(Stage.class, NameMixIn.class);
        module.setMixInAnnotation(ContactType.class, ConstantMixIn.class);
        module.setMixInAnnotation(Outcome.class, ConstantMixIn.class);
        module.setMixInAnnotation(Interval.Unit.class, ConstantMixIn.class);
        module.setMixInAnnotation(NpsIntervalMethod.class, LabelMixIn.class);
        module.setMixInAnnotation(ConfidenceType.class, LabelMixIn.class);
        module.setMixInAnnotation(StageModel.class, StageModelMixIn.class);
        module.setMixInAnnotation(Customer.class, CustomerMixIn.class);
        module.setMixInAnnotation(Interaction.class, InteractionMixIn.class);
        module.setMixInAnnotation(Journey.class, JourneyMixIn.class);
        module.setMixInAnnotation(MedianInterval.class, AbsentLeftOutMixIn.class);
        module.setMixInAnnotation(ScoreHistogram.class, ScoreHistogramMixIn.class);
        module.setMixInAnnotation(BgNbdModel.class, BgNbdMixIn.class);
        module.setMixInAnnotation(BgBbModel.class, BgBbMixIn.class);
        module.setMixInAnnotation(GammaGammaModel.class, GammaGammaMixIn.class);
        module.setMixInAnnotation(ShiftedBetaGeometric.class, ShiftedBetaGeometricMixIn.class);
    }

    /** A {@link Channel} or {@link Stage}: its name, a string. */
    abstract static class NameMixIn {
        @JsonValue
        abstract String name();
    }

    /** An enum constant in lower case with {@code -} ({@code word-of-mouth}, {@code nps-points}). */
    @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
    abstract static class ConstantMixIn {}

    /** An interval method or confidence type: its label ({@code adjusted-wald}, {@code log-log}). */
    abstract static class LabelMixIn {
        @JsonValue
        abstract String label();
    }

    /** A {@link StageModel}: the array of its stage names in order. */
    abstract static class StageModelMixIn {
        @JsonValue
        abstract List<Stage> stages();
    }

    /** Absent optional values ({@code churnedAt}, a median bound) are left out. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class AbsentLeftOutMixIn {}

    /** A {@link Customer}: its attributes in name order, {@code churnedAt} only when churned. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class CustomerMixIn {
        @JsonFormat(with = JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
        abstract Map<String, String> attributes();
    }

    /** An {@link Interaction}: durations as ISO-8601 text ({@code PT1M30S}), absent ones left out. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract static class InteractionMixIn {
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract Optional<Duration> waitTime();

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        abstract Optional<Duration> handlingTime();
    }

    /** A {@link Journey}: the customer and its events; {@code isEmpty()} is not a field. */
    @JsonIgnoreProperties("empty")
    abstract static class JourneyMixIn {}

    /** A {@link ScoreHistogram}: its scale, n and one count per score from min to max. */
    @JsonIncludeProperties({"scale", "n", "counts"})
    @JsonPropertyOrder({"scale", "n", "counts"})
    abstract static class ScoreHistogramMixIn {
        @JsonProperty("scale")
        abstract Scale scale();

        @JsonProperty("n")
        abstract long n();

        @JsonProperty("counts")
        abstract long[] counts();
    }

    /** BG/NBD's parameters {@code {"r", "alpha", "a", "b"}}. */
    @JsonIncludeProperties({"r", "alpha", "a", "b"})
    @JsonPropertyOrder({"r", "alpha", "a", "b"})
    abstract static class BgNbdMixIn {
        @JsonProperty("r")
        abstract double r();

        @JsonProperty("alpha")
        abstract double alpha();

        @JsonProperty("a")
        abstract double a();

        @JsonProperty("b")
        abstract double b();
    }

    /** BG/BB's parameters {@code {"alpha", "beta", "gamma", "delta"}}. */
    @JsonIncludeProperties({"alpha", "beta", "gamma", "delta"})
    @JsonPropertyOrder({"alpha", "beta", "gamma", "delta"})
    abstract static class BgBbMixIn {
        @JsonProperty("alpha")
        abstract double alpha();

        @JsonProperty("beta")
        abstract double beta();

        @JsonProperty("gamma")
        abstract double gamma();

        @JsonProperty("delta")
        abstract double delta();
    }

    /** Gamma-Gamma's parameters {@code {"p", "q", "gamma"}}. */
    @JsonIncludeProperties({"p", "q", "gamma"})
    @JsonPropertyOrder({"p", "q", "gamma"})
    abstract static class GammaGammaMixIn {
        @JsonProperty("p")
        abstract double p();

        @JsonProperty("q")
        abstract double q();

        @JsonProperty("gamma")
        abstract double gamma();
    }

    /** The shifted-beta-geometric model's parameters {@code {"alpha", "beta"}}. */
    @JsonIncludeProperties({"alpha", "beta"})
    @JsonPropertyOrder({"alpha", "beta"})
    abstract static class ShiftedBetaGeometricMixIn {
        @JsonProperty("alpha")
        abstract double alpha();

        @JsonProperty("beta")
        abstract double beta();
    }
}
