package dev.cxkit.cli.command;

import dev.cxkit.cli.Choices;
import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.input.GroupingOptions;
import dev.cxkit.cli.input.InputOptions;
import dev.cxkit.cli.input.RecordInput;
import dev.cxkit.cli.input.ThreadsOption;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.OutputOptions;
import dev.cxkit.cli.output.Table;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.ErrorPolicy;
import dev.cxkit.json.read.RecordReader;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.scorecard.Adjustment;
import dev.cxkit.scorecard.Difference;
import dev.cxkit.scorecard.GroupKey;
import dev.cxkit.scorecard.GroupedScoreAccumulator;
import dev.cxkit.scorecard.RowComparison;
import dev.cxkit.scorecard.ScoreMetric;
import dev.cxkit.scorecard.Scorecard;
import dev.cxkit.scorecard.ScorecardRow;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The shared shape of {@code cx nps}, {@code cx csat} and {@code cx ces}: read responses in
 * one pass into a {@link GroupedScoreAccumulator}, keep those on the metric's scale, and print
 * the {@link Scorecard} (one total row, or one row per {@code --by} group) with optional
 * comparisons. Subcommands only choose the {@link ScoreMetric}.
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
public abstract class SurveyMetricCommand implements Callable<Integer> {

    /** Which baseline rows are tested against. */
    enum Compare {
        NONE,
        REST,
        PREVIOUS
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Mixin
    GroupingOptions grouping;

    @Mixin
    ThreadsOption threads;

    @Parameters(paramLabel = "RESPONSES", arity = "1..*", description = "Survey response files.")
    List<Path> files;

    @Option(
            names = "--level",
            defaultValue = "0.95",
            description = "Confidence level (default ${DEFAULT-VALUE}).")
    double level;

    @Option(
            names = "--min-n",
            defaultValue = "30",
            description = "Rows with fewer responses are flagged (default ${DEFAULT-VALUE}).")
    long minimumN;

    @Option(
            names = "--compare",
            defaultValue = "none",
            converter = CompareConverter.class,
            description = "Test each row against the rest of the responses (rest) or the same "
                    + "group's previous period (previous); default ${DEFAULT-VALUE}.")
    Compare compare;

    @Option(
            names = "--adjust",
            defaultValue = "holm",
            converter = AdjustmentConverter.class,
            description = "Multiple-comparison adjustment: none, bonferroni, holm or bh "
                    + "(Benjamini-Hochberg); default ${DEFAULT-VALUE}.")
    Adjustment adjustment;

    @Option(
            names = "--scale",
            paramLabel = "MIN..MAX",
            description = "Read every score on this scale, whatever the file says, e.g. 1..10 "
                    + "(default: a file's instrument column where it has one, else this "
                    + "command's own scale).")
    Optional<String> scale = Optional.empty();

    /** The metric this command reports, on {@link #scale()}. */
    abstract ScoreMetric metric();

    /** The command's own scale, for files without an instrument column. */
    abstract Scale defaultScale();

    /** The scale of {@code --scale}, else the command's own. */
    Scale scale() {
        if (scale.isEmpty()) {
            return defaultScale();
        }
        String[] bounds = scale.get().trim().split("\\.\\.", -1);
        try {
            if (bounds.length == 2) {
                int min = Integer.parseInt(bounds[0].trim());
                int max = Integer.parseInt(bounds[1].trim());
                return Scale.of(defaultScale().name(), min, max);
            }
        } catch (IllegalArgumentException bad) {
            throw new UsageException("--scale must be MIN..MAX with whole numbers MIN < MAX, "
                    + "e.g. 1..10, was '" + scale.get() + "'"
                    + (bad instanceof NumberFormatException ? "" : ": " + bad.getMessage()));
        }
        throw new UsageException("--scale must be MIN..MAX with whole numbers MIN < MAX, e.g. "
                + "1..10, was '" + scale.get() + "'");
    }

    /** How a value of the metric is shown, e.g. points with one decimal or a percentage. */
    abstract String format(double value);

    /** True when the survey weights of the responses are summed too, for {@link #more}. */
    boolean keepsWeights() {
        return false;
    }

    /**
     * Adds what the command reports beside the scorecard, from the responses read: tables printed
     * after it in every format, and the library results JSON writes under their keys.
     *
     * @param tally the responses read
     * @param tables the tables to print, the scorecard first
     * @param json the library results of the JSON output, by key
     */
    void more(Tally tally, List<Table> tables, Map<String, Object> json) {}

    /**
     * The responses of one part of the input: grouped on the metric's scale, counted on other
     * instruments, their weights summed when {@link #keepsWeights()}. Not thread-safe: one per
     * reading thread, merged in the order of the input.
     */
    static final class Tally {
        final Scale scale;
        final GroupedScoreAccumulator groups;
        final WeightedScoreAccumulator weights;
        long otherInstruments;

        Tally(Scale scale, List<GroupKey> keys, boolean keepWeights) {
            this.scale = scale;
            this.groups = GroupedScoreAccumulator.create(scale, keys);
            this.weights = keepWeights ? WeightedScoreAccumulator.create(scale) : null;
        }

        void add(SurveyResponse response) {
            if (!response.scale().equals(scale)) {
                otherInstruments++;
                return;
            }
            groups.add(response);
            if (weights != null) {
                weights.add(response);
            }
        }

        Tally merge(Tally later) {
            groups.merge(later.groups);
            if (weights != null) {
                weights.merge(later.weights);
            }
            otherInstruments += later.otherInstruments;
            return this;
        }
    }

    @Override
    public Integer call() {
        ScoreMetric metric = metric();
        PrintWriter err = spec.commandLine().getErr();
        List<GroupKey> keys = grouping.keys(input, err);
        int readers = threads.count();
        Tally tally = new Tally(metric.scale(), keys, keepsWeights());
        RecordInput records = new RecordInput(input, err);
        for (Path file : InputOptions.readable(files)) {
            CxReader<SurveyResponse> reader = scale.isPresent() || !hasInstrument(file)
                    ? CxReader.surveyResponses(metric.scale())
                    : CxReader.surveyResponses();
            tally.merge(records.read(
                    input.readerFor(reader, file),
                    file,
                    readers,
                    () -> new Tally(metric.scale(), keys, keepsWeights()),
                    Tally::add,
                    Tally::merge));
        }
        GroupedScoreAccumulator groups = tally.groups;
        long otherInstruments = tally.otherInstruments;
        if (groups.snapshot().total().isEmpty()) {
            records.finish();
            throw new UsageException(String.format(
                    Locale.ROOT,
                    "no responses on %s in %s%s",
                    metric.scale(),
                    files,
                    otherInstruments > 0
                            ? String.format(
                                    Locale.ROOT,
                                    " (%,d on other instruments; --scale reads every score on one)",
                                    otherInstruments)
                            : ""));
        }
        Scorecard scorecard = Scorecard.of(metric, groups.snapshot(), level, minimumN);
        List<RowComparison> comparisons = switch (compare) {
            case NONE -> List.of();
            case REST -> scorecard.compareWithRest(adjustment);
            case PREVIOUS -> scorecard.compareWithPreviousPeriod(adjustment);
        };
        String title = metric.name() + " on " + metric.scale() + ": "
                + String.format(
                        Locale.ROOT,
                        "%,d",
                        scorecard.isEmpty() ? 0 : scorecard.total().n())
                + " responses"
                + (otherInstruments > 0
                        ? String.format(
                                Locale.ROOT,
                                " (%,d on other instruments ignored)",
                                otherInstruments)
                        : "");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scorecard", scorecard);
        json.put("comparisons", comparisons);
        List<Table> tables = new ArrayList<>();
        tables.add(table(title, scorecard, comparisons));
        more(tally, tables, json);
        output.print(spec.commandLine().getOut(), tables, json);
        return records.finish();
    }

    private Table table(String title, Scorecard scorecard, List<RowComparison> comparisons) {
        ScoreMetric metric = metric();
        Table table = Table.of("scorecard", title);
        for (String key : scorecard.keyNames()) {
            table.text(key, key);
        }
        table.count("n", "n")
                .value("value", metric.name(), this::format)
                .interval(
                        "interval", Numbers.percent(scorecard.level()) + " interval", this::format)
                .flag("smallSample", "flag", "small n");
        String baseline = compare.name().toLowerCase(Locale.ROOT);
        if (compare != Compare.NONE) {
            table.value("baseline", baseline, this::format)
                    .signed("difference", "vs " + baseline, this::format)
                    .value("p", "p", p -> String.format(Locale.ROOT, "%.4f", p))
                    .value("pAdjusted", "p adj.", p -> String.format(Locale.ROOT, "%.4f", p))
                    .flag("significant", "", "*");
        }
        Map<List<String>, RowComparison> byKey = new LinkedHashMap<>();
        comparisons.forEach(comparison -> byKey.put(comparison.key(), comparison));
        List<ScorecardRow> rows = new ArrayList<>(scorecard.rows());
        if (!scorecard.isEmpty() && !scorecard.keyNames().isEmpty()) {
            rows.add(scorecard.total());
        }
        for (ScorecardRow row : rows) {
            List<Object> values = new ArrayList<>(
                    row.key().isEmpty() ? totalKey(scorecard.keyNames().size()) : row.key());
            values.add(row.n());
            values.add(row.value());
            values.add(row.interval());
            values.add(row.smallSample());
            if (compare != Compare.NONE) {
                RowComparison comparison = byKey.get(row.key());
                Difference difference = comparison == null ? null : comparison.difference();
                values.add(comparison == null ? null : comparison.baselineValue());
                values.add(difference == null ? null : difference.value());
                values.add(difference == null ? null : difference.pValue());
                values.add(comparison == null ? null : comparison.adjustedPValue());
                values.add(comparison == null ? null : comparison.isSignificant(1 - level));
            }
            table.row(values.toArray());
        }
        return table;
    }

    /**
     * True when the file's records carry an instrument (its first record has the field): the
     * survey exports without one are read on the command's scale.
     */
    private boolean hasInstrument(Path file) {
        CxReader<Boolean> peek = input.readerFor(
                        CxReader.rows(List.of(), row -> row.has("instrument")), file)
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);
        try (RecordReader<Boolean> rows = peek.open(file)) {
            return !rows.hasNext() || rows.next();
        } catch (RuntimeException unreadable) {
            return true; // the read proper reports what is wrong with the file
        }
    }

    private static List<String> totalKey(int keys) {
        List<String> key = new ArrayList<>();
        for (int i = 0; i < Math.max(keys, 1); i++) {
            key.add(i == 0 ? "(all)" : "");
        }
        return keys == 0 ? List.of() : key;
    }

    /** Accepts compare names in any case. */
    static final class CompareConverter implements picocli.CommandLine.ITypeConverter<Compare> {
        @Override
        public Compare convert(String value) {
            return Choices.of(Compare.class, value);
        }
    }

    /** Accepts none, bonferroni, holm, bh or benjamini-hochberg in any case. */
    static final class AdjustmentConverter
            implements picocli.CommandLine.ITypeConverter<Adjustment> {
        @Override
        public Adjustment convert(String value) {
            return Choices.of(
                    Adjustment.class, value.equalsIgnoreCase("bh") ? "benjamini-hochberg" : value);
        }
    }
}
