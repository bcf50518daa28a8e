package dev.cxkit.cli.command;

import dev.cxkit.cli.Choices;
import dev.cxkit.cli.UsageException;
import dev.cxkit.cli.input.DurationEventOptions.ChurnTable;
import dev.cxkit.cli.output.Numbers;
import dev.cxkit.cli.output.Table;
import dev.cxkit.survival.ChiSquareTest;
import dev.cxkit.survival.CoxCoefficient;
import dev.cxkit.survival.CoxModel;
import dev.cxkit.survival.CoxRegression;
import dev.cxkit.survival.CoxTerm;
import dev.cxkit.survival.CoxTies;
import dev.cxkit.survival.ProportionalHazardsTest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code cx survival --cox COLUMNS}: a Cox proportional hazards model on a churn table
 * ({@link CoxRegression}), printed as hazard ratios with intervals, the likelihood-ratio, Wald
 * and score tests, the concordance, and the proportional-hazards test of R's {@code cox.zph}.
 * A column whose every value is a plain decimal number is numeric; any other column is
 * categorical, its reference level named by {@code --reference} or else its first level in
 * sorted order (as R's factor).
 */
final class CoxTables {

    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final List<String> columns;
    private final Map<String, String> references;
    private final CoxTies ties;
    private final double level;

    private CoxTables(
            List<String> columns, Map<String, String> references, CoxTies ties, double level) {
        this.columns = columns;
        this.references = references;
        this.ties = ties;
        this.level = level;
    }

    /**
     * The model options, checked before any file is read.
     *
     * @throws UsageException for a repeated or blank column, a {@code --reference} of a column
     *     not in {@code --cox}, or unknown ties
     */
    static CoxTables of(
            List<String> columns, Map<String, String> references, String ties, double level) {
        if (columns.stream().anyMatch(String::isBlank)
                || new TreeSet<>(columns).size() != columns.size()) {
            throw new UsageException(
                    "--cox must name distinct columns, was " + String.join(",", columns));
        }
        for (String column : references.keySet()) {
            if (!columns.contains(column)) {
                throw new UsageException("--reference " + column + "=... names a column that "
                        + "is not in --cox " + columns);
            }
        }
        CoxTies method;
        try {
            method = Choices.of(CoxTies.class, ties);
        } catch (RuntimeException unknown) {
            throw new UsageException("--ties: " + unknown.getMessage());
        }
        return new CoxTables(List.copyOf(columns), Map.copyOf(references), method, level);
    }

    /** Fits the model to {@code table}, stratified by {@code by} when given. */
    CoxModel fit(ChurnTable table, Optional<String> by) {
        CoxRegression regression =
                CoxRegression.builder(table.durations(), table.events()).ties(ties);
        for (String column : columns) {
            String[] values = table.column(column);
            if (Arrays.stream(values).allMatch(value -> NUMBER.matcher(value).matches())) {
                regression.numeric(
                        column,
                        Arrays.stream(values).mapToDouble(Double::parseDouble).toArray());
            } else {
                String reference = references.getOrDefault(
                        column, new TreeSet<>(Arrays.asList(values)).first());
                regression.categorical(column, values, reference);
            }
        }
        by.ifPresent(column -> regression.strata(table.column(column)));
        return regression.fit();
    }

    /** The coefficient and proportional-hazards tables; adds the model's tests to {@code json}. */
    List<Table> tables(CoxModel model, Optional<String> by, Map<String, Object> json) {
        StringBuilder title = new StringBuilder(String.format(
                Locale.ROOT,
                "Cox proportional hazards (%s ties): %d customers, %d churned",
                ties.name().toLowerCase(Locale.ROOT),
                model.n(),
                model.events()));
        by.ifPresent(column -> title.append(", stratified by ").append(column));
        for (CoxTerm term : model.terms()) {
            term.reference()
                    .ifPresent(reference -> title.append("; ")
                            .append(term.name())
                            .append(" against ")
                            .append(reference));
        }
        Table coefficients = Table.of("cox", title.toString())
                .text("coefficient", "coefficient")
                .number("hazardRatio", "hazard ratio", 3)
                .interval(
                        "hazardRatio",
                        Numbers.percent(level) + " interval",
                        value -> Numbers.fixed(value, 3))
                .value("p", "p", CoxTables::p)
                .number("estimate", "log hazard ratio", 4)
                .number("standardError", "standard error", 4)
                .flag("possiblyInfinite", "note", "may be infinite");
        for (CoxCoefficient c : model.coefficients()) {
            coefficients.row(
                    c.name(),
                    c.hazardRatio(),
                    c.hazardRatioInterval(level),
                    c.pValue(),
                    c.estimate(),
                    c.standardError(),
                    c.possiblyInfinite());
        }
        coefficients
                .note(test("likelihood-ratio test", model.likelihoodRatioTest()))
                .note(test("Wald test", model.waldTest()))
                .note(test("score (log-rank) test", model.scoreTest()))
                .note(String.format(
                        Locale.ROOT, "concordance %.4f", model.concordance().value()));
        ProportionalHazardsTest ph = model.proportionalHazardsTest();
        Table zph = Table.of(
                        "proportionalHazards",
                        "Proportional-hazards test (scaled "
                                + "Schoenfeld residuals against 1 - KM(t), as R's cox.zph): a small p "
                                + "says the hazard ratio changes with time")
                .text("term", "term")
                .number("chiSquare", "chi-square", 3)
                .count("degreesOfFreedom", "df")
                .value("p", "p", CoxTables::p);
        ph.terms()
                .forEach((term, test) ->
                        zph.row(term, test.statistic(), test.degreesOfFreedom(), test.pValue()));
        zph.row(
                "GLOBAL",
                ph.global().statistic(),
                ph.global().degreesOfFreedom(),
                ph.global().pValue());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("n", model.n());
        summary.put("events", model.events());
        summary.put("ties", ties.name().toLowerCase(Locale.ROOT));
        summary.put("likelihoodRatioTest", model.likelihoodRatioTest());
        summary.put("waldTest", model.waldTest());
        summary.put("scoreTest", model.scoreTest());
        summary.put("concordance", model.concordance().value());
        summary.put("proportionalHazardsTest", ph);
        json.put("cox", summary);
        return List.of(coefficients, zph);
    }

    private static String test(String name, ChiSquareTest test) {
        return String.format(
                Locale.ROOT,
                "%s: chi-square %.3f on %d df, p %s",
                name,
                test.statistic(),
                test.degreesOfFreedom(),
                p(test.pValue()));
    }

    private static String p(double p) {
        return p < 1e-4
                ? String.format(Locale.ROOT, "%.2e", p)
                : String.format(Locale.ROOT, "%.4f", p);
    }
}
