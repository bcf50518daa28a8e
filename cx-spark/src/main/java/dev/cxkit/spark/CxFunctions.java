package dev.cxkit.spark;

import dev.cxkit.ces.Ces;
import dev.cxkit.csat.Csat;
import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.spark.SqlFunction.Argument;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The cxkit aggregate functions for Spark SQL: survey metrics per group computed by cx-core
 * from counts that Spark itself aggregates.
 *
 * <p><b>How they run.</b> An aggregate such as {@link #nps(Column)} is a {@link Column} of one
 * Catalyst aggregate of cxkit's own that Spark compiles into its code-generated hash
 * aggregation: each row is checked and given its bin (a score of the scale, or an NPS group)
 * once, and the group's buffer holds the count per bin and, for weighted scores, the weight sum
 * per bin and the sum of squared weights (see {@link ScoreColumns}). A scalar function then
 * turns a group's sums into cx-core's {@link ScoreHistogram}, {@link WeightedScoreHistogram} or
 * (weighted NPS) {@link Nps#ofGroupSums} and reads the metric with cx-core ({@link Nps},
 * {@link Csat}, {@link Ces}), so a group's result is what cx-core computes in process on the
 * same rows.
 *
 * <p><b>Streaming.</b> The same columns work in batch queries and in Structured Streaming
 * aggregations, whose state then holds these buffers. Their layout is part of cx-spark's
 * version: a checkpoint whose state another layout wrote (any cx-spark before the one that
 * introduced cxkit's own Catalyst aggregate, whose state was a serialized object, and any whose
 * buffers differ from this one's) cannot be resumed. Spark refuses it when the query restarts,
 * with {@code [STATE_STORE_VALUE_SCHEMA_NOT_COMPATIBLE]} and both schemas; start the query on a
 * new checkpoint location and replay its source. Do not switch off
 * {@code spark.sql.streaming.stateStore.stateSchemaCheck} to get past it: the stored state would
 * be read as the new buffers.
 *
 * <p><b>Scores and weights.</b> Scores are numeric columns holding whole numbers on the scale
 * (integer types, or {@code DECIMAL}/{@code DOUBLE} values such as {@code 9.0}); weights are
 * numeric, 0 or in [1e-100, 1e100] (cx-core's range). Rows with a null score or weight are
 * skipped, as SQL aggregates skip nulls. An invalid row (a score off the scale or not whole,
 * such as {@code 11} or {@code 9.7}; a negative, infinite or NaN weight) fails the query with a
 * message naming the function and the value; each metric and histogram has a {@code try}
 * variant ({@link #tryNps(Column)}, SQL {@code try_cx_nps}; {@link #tryScoreHistogram}) that
 * skips invalid rows and reports how many in an extra {@code invalid} field. Histogram bytes
 * that a reader such as {@link #npsOf(Column)} cannot read fail the query with Spark's
 * {@code [USER_RAISED_EXCEPTION]} and cxkit's message; its {@code try} variant gives
 * {@code NULL}.
 *
 * <p><b>SQL.</b> {@link #register(SparkSession)} registers every function in one session;
 * {@link CxSparkExtensions} registers them in every session of an application from the
 * configuration alone ({@code spark.sql.extensions=dev.cxkit.spark.CxSparkExtensions}). Called
 * from SQL, a function checks its arguments when the query is analysed: a wrong number or a
 * non-numeric score fails with a message naming the signatures.
 *
 * <p><b>Histogram bytes.</b> {@link #scoreHistogram(Scale, Column)} and
 * {@link #weightedScoreHistogram(Scale, Column, Column)} give the cx-core binary forms: store
 * them per day, merge them into months with {@link #mergeHistograms(Column)} (either kind),
 * read them with {@link #npsOf(Column)} and its siblings, or decode them anywhere with
 * {@code fromByteArray}.
 *
 * <p>All methods are thread-safe and return immutable columns.
 */
public final class CxFunctions {

    /** The confidence level of the intervals the SQL functions report. */
    public static final double DEFAULT_LEVEL = 0.95;

    /** The built-in instruments that get SQL histogram functions of their own. */
    private static final List<Scale> INSTRUMENTS = List.of(Scale.NPS, Scale.CSAT, Scale.CES);

    private static final String TRY = "try_";

    private CxFunctions() {}

    /**
     * {@return the aggregate {@code cx_nps(score)}: the group's {@link Nps} on the 0..10 scale with
     * the standard breaks (detractors 0..6, promoters 9..10), as the struct
     * {@code n, nps, lower, upper, effective_n, detractors, passives, promoters}} The score and the
     * bounds of its 95% {@link NpsIntervalMethod#ADJUSTED_WALD adjusted Wald} interval are in
     * points; they and {@code effective_n} are {@code NULL} for a group without responses.
     *
     * @param score the score column, numeric
     */
    public static Column nps(Column score) {
        return nps(score, DEFAULT_LEVEL, NpsIntervalMethod.ADJUSTED_WALD);
    }

    /**
     * As {@link #nps(Column)}, with the interval at {@code level} (in (0, 1)) by {@code method}.
     *
     * @param score the score column, numeric
     * @param level the confidence level, in (0, 1)
     * @param method the NPS interval method
     * @return the NPS struct column
     */
    public static Column nps(Column score, double level, NpsIntervalMethod method) {
        return metric(HistogramMetric.nps(level, method), false, score);
    }

    /**
     * {@return the aggregate {@code try_cx_nps(score)}: as {@link #nps(Column)}, but rows with an
     * invalid score are left out and counted in the struct's last field, {@code invalid}}
     *
     * @param score the score column, numeric
     */
    public static Column tryNps(Column score) {
        return metric(
                HistogramMetric.nps(DEFAULT_LEVEL, NpsIntervalMethod.ADJUSTED_WALD), true, score);
    }

    /**
     * {@return the aggregate {@code cx_nps_weighted(score, weight)}: the group's weighted
     * {@link Nps}, fields as {@link #nps(Column)}} The score is
     * {@code 100 (W_promoters - W_detractors) / W} from weight sums; the interval uses Kish's
     * effective n, reported as {@code effective_n}; {@code n} and the group counts are numbers of
     * responses. A group may hold at most 4,294,967,295 (2^32 - 1) responses: the detractor and
     * promoter counts share one 64-bit buffer, so that Spark keeps and updates one buffer fewer
     * per group; a larger group fails the query with a message saying so, and
     * {@code npsOf(weightedScoreHistogram(Scale.NPS, score, weight))} computes the same struct
     * without the limit.
     *
     * @param score the score column, numeric
     * @param weight the survey-weight column, numeric, 0 or in [1e-100, 1e100]
     */
    public static Column weightedNps(Column score, Column weight) {
        return weightedNps(score, weight, DEFAULT_LEVEL, NpsIntervalMethod.ADJUSTED_WALD);
    }

    /**
     * As {@link #weightedNps(Column, Column)}, with the interval at {@code level} by
     * {@code method}.
     *
     * @param score the score column, numeric
     * @param weight the survey-weight column, numeric, 0 or in [1e-100, 1e100]
     * @param level the confidence level, in (0, 1)
     * @param method the NPS interval method
     * @return the weighted NPS struct column
     */
    public static Column weightedNps(
            Column score, Column weight, double level, NpsIntervalMethod method) {
        return weightedMetric(HistogramMetric.nps(level, method), false, score, weight);
    }

    /**
     * {@return the aggregate {@code try_cx_nps_weighted(score, weight)}: as
     * {@link #weightedNps(Column, Column)}, skipping and counting ({@code invalid}) rows with an
     * invalid score or weight}
     *
     * @param score the score column, numeric
     * @param weight the survey-weight column, numeric, 0 or in [1e-100, 1e100]
     */
    public static Column tryWeightedNps(Column score, Column weight) {
        return weightedMetric(
                HistogramMetric.nps(DEFAULT_LEVEL, NpsIntervalMethod.ADJUSTED_WALD),
                true,
                score,
                weight);
    }

    /**
     * {@return the aggregate {@code cx_csat(score)}: the group's {@link Csat} on the 1..5 scale, as
     * {@code n, csat, lower, upper, mean, mean_lower, mean_upper, satisfied, counts}: the
     * top-two-box share (4..5) as a fraction with its 95% Wilson interval, the mean score with its
     * 95% Student's t interval, the number satisfied and the count of each score 1..5} Statistics a
     * group cannot have (all for no response, the mean interval for one) are {@code NULL}.
     *
     * @param score the score column, numeric
     */
    public static Column csat(Column score) {
        return csat(score, DEFAULT_LEVEL);
    }

    /**
     * As {@link #csat(Column)}, with both intervals at {@code level}, in (0, 1).
     *
     * @param score the score column, numeric
     * @param level the confidence level, in (0, 1)
     * @return the CSAT struct column
     */
    public static Column csat(Column score, double level) {
        return metric(HistogramMetric.csat(level), false, score);
    }

    /**
     * {@return the aggregate {@code try_cx_csat(score)}: {@link #csat(Column)} plus
     * {@code invalid}}
     *
     * @param score the score column, numeric
     */
    public static Column tryCsat(Column score) {
        return metric(HistogramMetric.csat(DEFAULT_LEVEL), true, score);
    }

    /**
     * {@return the aggregate {@code cx_ces(score)}: the group's CES 2.0 {@link Ces} on the 1..7
     * scale (higher is easier), as
     * {@code n, mean, mean_lower, mean_upper, easy_share, easy_lower, easy_upper, net, easy, hard, counts}:
     * the mean with its 95% Student's t interval, the share who agree (5..7) with its 95% Wilson
     * interval, the net score (agree minus disagree shares), the counts who agree and disagree
     * (1..3) and the count of each score 1..7} Statistics a group cannot have are {@code NULL}.
     *
     * @param score the score column, numeric
     */
    public static Column ces(Column score) {
        return ces(score, DEFAULT_LEVEL);
    }

    /**
     * As {@link #ces(Column)}, with both intervals at {@code level}, in (0, 1).
     *
     * @param score the score column, numeric
     * @param level the confidence level, in (0, 1)
     * @return the CES struct column
     */
    public static Column ces(Column score, double level) {
        return metric(HistogramMetric.ces(level), false, score);
    }

    /**
     * {@return the aggregate {@code try_cx_ces(score)}: {@link #ces(Column)} plus {@code invalid}}
     *
     * @param score the score column, numeric
     */
    public static Column tryCes(Column score) {
        return metric(HistogramMetric.ces(DEFAULT_LEVEL), true, score);
    }

    /**
     * {@return the aggregate {@code (score) -> BINARY}: the group's {@link ScoreHistogram} on
     * {@code scale} as its binary form} Registered for the built-in instruments as
     * {@code cx_nps_histogram}, {@code cx_csat_histogram} and {@code cx_ces_histogram}. Spark
     * aggregates one count per point of the scale, so keep custom scales to tens of points.
     *
     * @param scale the scale the scores lie on
     * @param score the score column, numeric
     */
    public static Column scoreHistogram(Scale scale, Column score) {
        return scoreHistogram(scale, false, score);
    }

    /**
     * {@return the aggregate {@code (score) -> STRUCT<histogram BINARY, invalid BIGINT>}: as
     * {@link #scoreHistogram(Scale, Column)}, but rows with an invalid score are left out of the
     * histogram and counted in {@code invalid}} Registered as {@code try_cx_nps_histogram},
     * {@code try_cx_csat_histogram} and {@code try_cx_ces_histogram}.
     *
     * @param scale the scale the scores lie on
     * @param score the score column, numeric
     */
    public static Column tryScoreHistogram(Scale scale, Column score) {
        return scoreHistogram(scale, true, score);
    }

    /**
     * {@return the aggregate {@code (score, weight) -> BINARY}: the group's
     * {@link WeightedScoreHistogram} on {@code scale} as its binary form} Registered as
     * {@code cx_nps_weighted_histogram}, {@code cx_csat_weighted_histogram} and
     * {@code cx_ces_weighted_histogram}.
     *
     * @param scale the scale the scores lie on
     * @param score the score column, numeric
     * @param weight the survey-weight column, numeric, 0 or in [1e-100, 1e100]
     */
    public static Column weightedScoreHistogram(Scale scale, Column score, Column weight) {
        return weightedScoreHistogram(scale, false, score, weight);
    }

    /**
     * {@return the aggregate {@code (score, weight) -> STRUCT<histogram BINARY, invalid BIGINT>}:
     * as {@link #weightedScoreHistogram(Scale, Column, Column)}, skipping and counting
     * ({@code invalid}) rows with an invalid score or weight} Registered as
     * {@code try_cx_nps_weighted_histogram} and its CSAT and CES siblings.
     *
     * @param scale the scale the scores lie on
     * @param score the score column, numeric
     * @param weight the survey-weight column, numeric, 0 or in [1e-100, 1e100]
     */
    public static Column tryWeightedScoreHistogram(Scale scale, Column score, Column weight) {
        return weightedScoreHistogram(scale, true, score, weight);
    }

    /**
     * {@return the aggregate {@code cx_merge_histograms(histogram) -> BINARY}: the sum of a group's
     * histogram bytes, for example daily partials rolled into months} Both kinds merge: the bytes
     * of {@code cx_*_histogram} into an unweighted histogram, those of
     * {@code cx_*_weighted_histogram} into a weighted one; one group must hold one kind on one
     * scale. A group of only nulls gives {@code NULL}.
     *
     * @param histogram the column of histogram bytes ({@code BINARY})
     */
    public static Column mergeHistograms(Column histogram) {
        return merged(false, histogram)
                .getField("bytes")
                .as(shown("cx_merge_histograms", histogram));
    }

    /**
     * {@return aggregate
     * {@code try_cx_merge_histograms(histogram) -> STRUCT<histogram BINARY, invalid BIGINT>}: as
     * {@link #mergeHistograms(Column)}, but rows whose bytes are no cxkit histogram are left out
     * and counted in {@code invalid}} Mixing kinds or scales in one group still fails the query: it
     * is the group, not a row, that is wrong.
     *
     * @param histogram the column of histogram bytes ({@code BINARY})
     */
    public static Column tryMergeHistograms(Column histogram) {
        Column merged = merged(true, histogram);
        return functions
                .struct(
                        merged.getField("bytes").as(Finishers.HISTOGRAM),
                        merged.getField("invalid").as(Finishers.INVALID))
                .as(shown("try_cx_merge_histograms", histogram));
    }

    /**
     * {@return the scalar {@code cx_nps_of(histogram)}: the {@link #nps(Column)} struct of
     * histogram bytes on the 0..10 scale, weighted NPS for weighted bytes; {@code NULL} for
     * {@code NULL}}
     *
     * @param histogram the column of histogram bytes ({@code BINARY})
     */
    public static Column npsOf(Column histogram) {
        return npsOf(histogram, DEFAULT_LEVEL, NpsIntervalMethod.ADJUSTED_WALD);
    }

    /**
     * As {@link #npsOf(Column)}, with the interval at {@code level} by {@code method}.
     *
     * @param histogram the column of histogram bytes ({@code BINARY})
     * @param level the confidence level, in (0, 1)
     * @param method the NPS interval method
     * @return the NPS struct column
     */
    public static Column npsOf(Column histogram, double level, NpsIntervalMethod method) {
        return readOf(HistogramMetric.nps(level, method), false, histogram);
    }

    /**
     * {@return the scalar {@code try_cx_nps_of(histogram)}: as {@link #npsOf(Column)}, but
     * {@code NULL} for bytes that {@code cx_nps_of} cannot read}
     *
     * @param histogram the column of histogram bytes ({@code BINARY})
     */
    public static Column tryNpsOf(Column histogram) {
        return readOf(
                HistogramMetric.nps(DEFAULT_LEVEL, NpsIntervalMethod.ADJUSTED_WALD),
                true,
                histogram);
    }

    /**
     * {@return the scalar {@code cx_csat_of(histogram)}: the {@link #csat(Column)} struct of
     * unweighted CSAT histogram bytes; {@code NULL} for {@code NULL}}
     *
     * @param histogram the column of histogram bytes ({@code BINARY})
     */
    public static Column csatOf(Column histogram) {
        return readOf(HistogramMetric.csat(DEFAULT_LEVEL), false, histogram);
    }

    /**
     * {@return the scalar {@code try_cx_csat_of(histogram)}: {@link #csatOf(Column)}, {@code NULL}
     * if unreadable}
     *
     * @param histogram the column of histogram bytes ({@code BINARY})
     */
    public static Column tryCsatOf(Column histogram) {
        return readOf(HistogramMetric.csat(DEFAULT_LEVEL), true, histogram);
    }

    /**
     * {@return the scalar {@code cx_ces_of(histogram)}: the {@link #ces(Column)} struct of
     * unweighted CES histogram bytes; {@code NULL} for {@code NULL}}
     *
     * @param histogram the column of histogram bytes ({@code BINARY})
     */
    public static Column cesOf(Column histogram) {
        return readOf(HistogramMetric.ces(DEFAULT_LEVEL), false, histogram);
    }

    /**
     * {@return the scalar {@code try_cx_ces_of(histogram)}: {@link #cesOf(Column)}, {@code NULL} if
     * unreadable}
     *
     * @param histogram the column of histogram bytes ({@code BINARY})
     */
    public static Column tryCesOf(Column histogram) {
        return readOf(HistogramMetric.ces(DEFAULT_LEVEL), true, histogram);
    }

    /**
     * Registers every cxkit SQL function in {@code spark}'s session (replacing functions of the
     * same names), for example
     * {@code SELECT channel, cx_nps(score) FROM responses GROUP BY channel}. To have them in
     * every session without code, configure {@link CxSparkExtensions} instead; a Spark Connect
     * client session has no function registry of its own and needs that configuration on
     * the server.
     *
     * @param spark a classic (not Spark Connect) session
     * @throws ClassCastException when {@code spark} is a Spark Connect client session
     */
    public static void register(SparkSession spark) {
        FunctionRegistry registry = ((org.apache.spark.sql.classic.SparkSession)
                        Objects.requireNonNull(spark, "spark"))
                .sessionState()
                .functionRegistry();
        for (SqlFunction function : sqlFunctions()) {
            registry.registerFunction(
                    new FunctionIdentifier(function.name()), function.info(), builder(function));
        }
    }

    /** Every SQL function: each metric, its try_ variant, the histograms, merge and readers. */
    static List<SqlFunction> sqlFunctions() {
        List<SqlFunction> all = new ArrayList<>();
        String npsStruct = "STRUCT<n, nps, lower, upper, effective_n, detractors, passives,"
                + " promoters>, NPS in points with its 95% adjusted Wald interval";
        all.add(SqlFunction.of("cx_nps", npsStruct, args -> nps(args.get(0)), Argument.SCORE));
        all.add(SqlFunction.of(
                "cx_nps_weighted",
                npsStruct + " on Kish's effective n",
                args -> weightedNps(args.get(0), args.get(1)),
                Argument.SCORE,
                Argument.WEIGHT));
        all.add(SqlFunction.of(
                "cx_csat",
                "STRUCT<n, csat, lower, upper, mean, mean_lower,"
                        + " mean_upper, satisfied, counts>, CSAT top-two-box share on 1..5",
                args -> csat(args.get(0)),
                Argument.SCORE));
        all.add(SqlFunction.of(
                "cx_ces",
                "STRUCT<n, mean, mean_lower, mean_upper, easy_share,"
                        + " easy_lower, easy_upper, net, easy, hard, counts>, CES 2.0 on 1..7",
                args -> ces(args.get(0)),
                Argument.SCORE));
        String plusInvalid = ", plus invalid: the rows skipped as invalid";
        all.add(tryOf(all.get(0), all.get(0).returns() + plusInvalid, args -> tryNps(args.get(0))));
        all.add(tryOf(
                all.get(1),
                all.get(1).returns() + plusInvalid,
                args -> tryWeightedNps(args.get(0), args.get(1))));
        all.add(tryOf(
                all.get(2), all.get(2).returns() + plusInvalid, args -> tryCsat(args.get(0))));
        all.add(tryOf(all.get(3), all.get(3).returns() + plusInvalid, args -> tryCes(args.get(0))));
        String skipped = "STRUCT<histogram, invalid>: the histogram of the valid rows and the"
                + " number of rows skipped as invalid";
        for (Scale scale : INSTRUMENTS) {
            SqlFunction histogram = SqlFunction.of(
                    name(scale, "histogram"),
                    "BINARY, the ScoreHistogram",
                    args -> scoreHistogram(scale, args.get(0)),
                    Argument.SCORE);
            SqlFunction weighted = SqlFunction.of(
                    name(scale, "weighted_histogram"),
                    "BINARY, the WeightedScoreHistogram",
                    args -> weightedScoreHistogram(scale, args.get(0), args.get(1)),
                    Argument.SCORE,
                    Argument.WEIGHT);
            all.add(histogram);
            all.add(weighted);
            all.add(tryOf(histogram, skipped, args -> tryScoreHistogram(scale, args.get(0))));
            all.add(tryOf(
                    weighted,
                    skipped,
                    args -> tryWeightedScoreHistogram(scale, args.get(0), args.get(1))));
        }
        all.add(SqlFunction.of(
                "cx_merge_histograms",
                "BINARY, the sum of either kind",
                args -> mergeHistograms(args.get(0)),
                Argument.HISTOGRAM));
        all.add(tryOf(
                all.get(all.size() - 1),
                "STRUCT<histogram, invalid>: the sum of the readable bytes and the number of rows"
                        + " skipped as unreadable",
                args -> tryMergeHistograms(args.get(0))));
        String unreadable = "; NULL for bytes it cannot read";
        SqlFunction npsOf = SqlFunction.of(
                "cx_nps_of",
                "the cx_nps struct of histogram bytes",
                args -> npsOf(args.get(0)),
                Argument.HISTOGRAM);
        SqlFunction csatOf = SqlFunction.of(
                "cx_csat_of",
                "the cx_csat struct of histogram bytes",
                args -> csatOf(args.get(0)),
                Argument.HISTOGRAM);
        SqlFunction cesOf = SqlFunction.of(
                "cx_ces_of",
                "the cx_ces struct of histogram bytes",
                args -> cesOf(args.get(0)),
                Argument.HISTOGRAM);
        all.addAll(List.of(npsOf, csatOf, cesOf));
        all.add(tryOf(npsOf, npsOf.returns() + unreadable, args -> tryNpsOf(args.get(0))));
        all.add(tryOf(csatOf, csatOf.returns() + unreadable, args -> tryCsatOf(args.get(0))));
        all.add(tryOf(cesOf, cesOf.returns() + unreadable, args -> tryCesOf(args.get(0))));
        return all;
    }

    /** The builder Spark's function registry calls with a call's analysed arguments. */
    static scala.Function1<
                    scala.collection.immutable.Seq<
                            org.apache.spark.sql.catalyst.expressions.Expression>,
                    org.apache.spark.sql.catalyst.expressions.Expression>
            builder(SqlFunction function) {
        String related = related(function);
        return children -> function.build(children, related);
    }

    /** The other signatures of the function's metric, which a wrong call lists. */
    private static String related(SqlFunction function) {
        String metric = metricOf(function.name());
        String others = sqlFunctions().stream()
                .filter(f -> !f.name().equals(function.name()))
                .filter(f -> metricOf(f.name()).equals(metric))
                .map(SqlFunction::signature)
                .collect(Collectors.joining(", "));
        return others.isEmpty() ? "" : "; related: " + others;
    }

    /** {@code cx_nps} for {@code try_cx_nps_weighted}, {@code cx_merge} for the merge. */
    private static String metricOf(String name) {
        String plain = name.startsWith(TRY) ? name.substring(TRY.length()) : name;
        int second = plain.indexOf('_', plain.indexOf('_') + 1);
        return second < 0 ? plain : plain.substring(0, second);
    }

    private static SqlFunction tryOf(
            SqlFunction strict,
            String returns,
            java.util.function.Function<List<Column>, Column> body) {
        return new SqlFunction(TRY + strict.name(), strict.arguments(), returns, body);
    }

    private static Column metric(HistogramMetric metric, boolean skipInvalid, Column score) {
        String name = (skipInvalid ? TRY : "") + metric.name();
        return Finishers.metric(
                        metric,
                        ScoreColumns.of(
                                name,
                                TRY + metric.name(),
                                metric.scale(),
                                metric.binStarts(),
                                skipInvalid,
                                score),
                        skipInvalid)
                .as(shown(name, score));
    }

    private static Column weightedMetric(
            HistogramMetric metric, boolean skipInvalid, Column score, Column weight) {
        String name = (skipInvalid ? TRY : "") + metric.weightedName();
        return Finishers.weightedNps(
                        metric,
                        ScoreColumns.weighted(
                                name,
                                TRY + metric.weightedName(),
                                metric.scale(),
                                metric.binStarts(),
                                skipInvalid,
                                score,
                                weight),
                        skipInvalid)
                .as(shown(name, score, weight));
    }

    /** The scalar {@code [try_]<name>_of(bytes)}: the metric of histogram bytes of either kind. */
    private static Column readOf(HistogramMetric metric, boolean isTry, Column histogram) {
        return HistogramReaders.of(metric, isTry, histogram)
                .as(shown((isTry ? TRY : "") + metric.name() + "_of", histogram));
    }

    private static Column scoreHistogram(Scale scale, boolean skipInvalid, Column score) {
        String name = name(scale, "histogram");
        String shownAs = shown((skipInvalid ? TRY : "") + name, score);
        return Finishers.bytes(
                        scale,
                        ScoreColumns.of(
                                name(skipInvalid, name),
                                tryName(scale, name),
                                scale,
                                null,
                                skipInvalid,
                                score),
                        skipInvalid)
                .as(shownAs);
    }

    private static Column weightedScoreHistogram(
            Scale scale, boolean skipInvalid, Column score, Column weight) {
        String name = name(scale, "weighted_histogram");
        String shownAs = shown((skipInvalid ? TRY : "") + name, score, weight);
        return Finishers.weightedBytes(
                        scale,
                        ScoreColumns.weighted(
                                name(skipInvalid, name),
                                tryName(scale, name),
                                scale,
                                null,
                                skipInvalid,
                                score,
                                weight),
                        skipInvalid)
                .as(shownAs);
    }

    private static String name(boolean isTry, String name) {
        return (isTry ? TRY : "") + name;
    }

    /** The SQL try_ variant a failure names, for the scales that have SQL functions. */
    private static String tryName(Scale scale, String name) {
        return INSTRUMENTS.contains(scale) ? TRY + name : null;
    }

    /** The {@link MergeAggregator}'s struct {@code bytes, invalid} of {@code histogram}. */
    private static Column merged(boolean skipUnreadable, Column histogram) {
        return functions
                .udaf(new MergeAggregator(skipUnreadable), Encoders.BINARY())
                .apply(Objects.requireNonNull(histogram, "histogram"));
    }

    /** {@code cx_<scale>_<kind>}, the scale's name with anything but letters and digits as _. */
    private static String name(Scale scale, String kind) {
        return "cx_" + Objects.requireNonNull(scale, "scale").name().replaceAll("[^a-z0-9]", "_")
                + "_" + kind;
    }

    /** How a call shows as a column name: {@code cx_nps(score)}. */
    private static String shown(String name, Column... arguments) {
        List<String> shown = new ArrayList<>();
        for (Column argument : arguments) {
            shown.add(Objects.requireNonNull(argument, "column").toString());
        }
        return name + "(" + String.join(", ", shown) + ")";
    }
}
