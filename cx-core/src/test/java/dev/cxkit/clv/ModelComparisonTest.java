package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The comparison and the calibration/holdout check against clv_reference.txt (SciPy and mpmath). */
class ModelComparisonTest {

    @Test
    void aicAndBicOnTheCdnowSummary() {
        ModelComparison comparison = ModelComparison.fit(CdnowData.summaryPatterns());
        assertThat(comparison.customers()).isEqualTo(2357);
        List<ModelComparison.Row> rows = comparison.rows();
        assertThat(rows)
                .extracting(ModelComparison.Row::modelName)
                .containsExactly("BG/NBD", "MBG/NBD", "Pareto/NBD");
        double[][] expected = {
            {19172.8511211, 19195.9117007},
            {19172.2653698, 19195.3259494},
            {19197.9478597, 19221.0084393}
        };
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).aic()).as("AIC %s", i).isCloseTo(expected[i][0], within(1e-4));
            assertThat(rows.get(i).bic()).as("BIC %s", i).isCloseTo(expected[i][1], within(1e-4));
            assertThat(rows.get(i).holdout()).isEmpty();
        }
        assertThat(comparison.bestByBic().modelName()).isEqualTo("MBG/NBD");
    }

    @Test
    void holdoutCheckOnTheRawCdnowLog() {
        Map<Integer, CalibrationHoldout> split = TransactionLogTest.cdnowLog()
                .split(LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30), ChronoUnit.WEEKS);
        ModelComparison comparison = ModelComparison.fit(split.values(), 39);
        long[] customers = {1411, 439, 214, 100, 62, 38, 29, 64};
        long[] actual = {334, 306, 298, 156, 157, 112, 112, 407};
        double[][] expected = {
            {
                317.5982191,
                229.6545765,
                223.4447076,
                152.0279596,
                134.1596886,
                100.8461513,
                101.6172354,
                394.0602270
            },
            {
                261.2624451,
                242.0463511,
                224.4756893,
                149.2932576,
                130.4671308,
                97.4150111,
                97.4638021,
                374.3045812
            },
            {
                195.3485813,
                263.1676311,
                255.9090614,
                171.3843389,
                148.6951100,
                110.4738943,
                110.7382213,
                409.7962979
            }
        };
        double[] totals = {1653.4087652, 1576.7282684, 1665.5131362};
        double[] errors = {0.2244708, 0.3039686, 0.1009594};
        double[] logLikelihood = {-9582.4292067, -9582.1357156, -9594.9761789};
        for (int m = 0; m < 3; m++) {
            ModelComparison.Row row = comparison.rows().get(m);
            assertThat(row.logLikelihood()).isCloseTo(logLikelihood[m], within(1e-4));
            HoldoutCheck check = row.holdout().orElseThrow();
            assertThat(check.rows()).hasSize(8);
            for (int x = 0; x < 8; x++) {
                HoldoutCheck.Row group = check.rows().get(x);
                assertThat(group.label()).isEqualTo(x == 7 ? "7+" : Integer.toString(x));
                assertThat(group.customers()).isEqualTo(customers[x]);
                assertThat(group.actual()).isEqualTo(actual[x]);
                assertThat(group.expected())
                        .as("%s x = %s", row.modelName(), x)
                        .isCloseTo(expected[m][x], within(expected[m][x] * 1e-4));
            }
            assertThat(check.totalActual()).isEqualTo(1882);
            assertThat(check.totalExpected()).isCloseTo(totals[m], within(totals[m] * 1e-4));
            assertThat(check.meanAbsoluteError()).isCloseTo(errors[m], within(1e-4));
        }
    }

    @Test
    void rejectsBadInput() {
        BgNbdModel model = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
        CalibrationHoldout one = new CalibrationHoldout(RfmSummary.of(1, 2, 3), 1);
        assertThatThrownBy(() -> HoldoutCheck.of(model, List.of(), 39))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customers must not be empty");
        assertThatThrownBy(() -> HoldoutCheck.of(model, List.of(one), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizon must be > 0 and finite, was 0.0");
        assertThatThrownBy(() -> new CalibrationHoldout(RfmSummary.of(1, 2, 3), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holdoutPurchases must be >= 0, was -1");
        ModelFit<BgNbdModel> fit = BgNbdModel.fit(CdnowData.summaryPatterns());
        assertThatThrownBy(() -> ModelComparison.of(2357, List.of(fit), null, 39))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("holdout");
        assertThatThrownBy(() -> ModelComparison.of(0, List.of(fit)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers must be >= 1, was 0");
        assertThatThrownBy(() -> ModelComparison.of(2357, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fits must not be empty");
        assertThat(ModelComparison.of(2357, List.of(fit)).rows().get(0).holdout())
                .isEmpty();
        assertThat(ModelComparison.of(2357, List.of(fit), List.of(one), 10)
                        .rows()
                        .get(0)
                        .holdout())
                .isPresent();
        HoldoutCheck check = HoldoutCheck.of(model, List.of(one), 10, 1);
        assertThat(check.rows()).extracting(HoldoutCheck.Row::label).containsExactly("0", "1+");
        assertThat(check.meanAbsoluteError())
                .isEqualTo(Math.abs(model.conditionalExpectedTransactions(10, 1, 2, 3) - 1));
    }
}
