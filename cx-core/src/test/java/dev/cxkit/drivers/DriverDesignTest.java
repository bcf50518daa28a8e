package dev.cxkit.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.drivers.DriverDesign.OutcomeCoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

class DriverDesignTest {

    private static final List<String> CONTRACT =
            List.of("Two year", "Month-to-month", "One year", "Month-to-month", "", "Two year");
    private static final List<String> CHURN = List.of("Yes", "no", "TRUE", "n", "Y", "0");

    @Test
    void yesNoOutcomeIsCodedOneForYesAndCategoriesOneColumnPerLevelAgainstTheFirstSorted() {
        DriverDesign design = DriverDesign.builder()
                .outcome("Churn", CHURN)
                .driver("Contract", CONTRACT)
                .driver("tenure", List.of("1", "24", " 3 ", "60", "2", ""))
                .build();
        DriverData data = design.data();

        assertThat(design.outcomeCoding()).isEqualTo(OutcomeCoding.YES_NO);
        assertThat(data.outcome()).containsExactly(1, 0, 1, 0, 1, 0);
        assertThat(design.categorical())
                .containsExactly(new CategoricalDriver(
                        "Contract", "Month-to-month", List.of("One year", "Two year")));
        assertThat(data.driverNames())
                .containsExactly("Contract=One year", "Contract=Two year", "tenure");
        assertThat(data.driver("Contract=One year")).containsExactly(0, 0, 1, 0, Double.NaN, 0);
        assertThat(data.driver("Contract=Two year")).containsExactly(1, 0, 0, 0, Double.NaN, 1);
        assertThat(data.driver("tenure")).containsExactly(1, 24, 3, 60, 2, Double.NaN);
        assertThat(design.dropped()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Yes,1", "yes,1", "Y,1", "true,1", "TRUE,1", "1,1", "No,0", "n,0", "false,0", "0,0"
    })
    void everyYesNoFormReadsAsOneOrZero(String cell, double coded) {
        DriverDesign design = DriverDesign.builder()
                .outcome("y", List.of(cell, "No", "Yes"))
                .driver("x", List.of("1", "2", "3"))
                .build();

        assertThat(design.data().outcome()[0]).isEqualTo(coded);
    }

    @Test
    void numericOutcomeStaysAsWrittenAndMissingMarkersAreMissing() {
        DriverDesign design = DriverDesign.builder()
                .outcome("ltr", List.of("9", "7", "99", "10"))
                .driver("speed", List.of("4", "99", "2", "5"))
                .missingMarker(99)
                .build();

        assertThat(design.outcomeCoding()).isEqualTo(OutcomeCoding.NUMBER);
        assertThat(design.data().outcome()).containsExactly(9, 7, Double.NaN, 10);
        assertThat(design.data().driver("speed")).containsExactly(4, Double.NaN, 2, 5);
    }

    @Test
    void aNamedReferenceLevelReplacesTheFirstSorted() {
        DriverDesign design = DriverDesign.builder()
                .outcome("Churn", CHURN)
                .driver("Contract", CONTRACT)
                .reference("Contract", " Two year ")
                .build();

        assertThat(design.categorical().get(0).reference()).isEqualTo("Two year");
        assertThat(design.data().driverNames())
                .containsExactly("Contract=Month-to-month", "Contract=One year");
    }

    @Test
    void numericCodesAreCategoricalWhenAskedFor() {
        DriverDesign design = DriverDesign.builder()
                .outcome("y", List.of("1", "2", "3", "4"))
                .categorical("region", List.of("3", "1", "2", "1"))
                .build();

        assertThat(design.data().driverNames()).containsExactly("region=2", "region=3");
        assertThat(design.data().driver("region=3")).containsExactly(1, 0, 0, 0);
    }

    @Test
    void identifiersSingleLevelsAndTooManyLevelsAreDroppedWithTheirReason() {
        List<String> many = java.util.stream.IntStream.range(0, 120)
                .mapToObj(i -> "L" + (i % (DriverDesign.MAX_LEVELS + 1)))
                .toList();
        List<String> outcome = java.util.stream.IntStream.range(0, 120)
                .mapToObj(i -> Integer.toString(i % 7))
                .toList();
        List<String> ids =
                java.util.stream.IntStream.range(0, 120).mapToObj(i -> "c" + i).toList();
        DriverDesign design = DriverDesign.builder()
                .outcome("y", outcome)
                .driver("customerID", ids)
                .driver("country", java.util.Collections.nCopies(120, "PT"))
                .driver("city", many)
                .driver("x", outcome)
                .build();

        assertThat(design.dropped())
                .extracting(DroppedDriver::name)
                .containsExactly("customerID", "country", "city");
        assertThat(design.dropped())
                .extracting(DroppedDriver::reason)
                .containsExactly(
                        "categorical with a different value in each of its 120 rows (an identifier?)",
                        "categorical with 1 level (PT): nothing to compare",
                        "categorical with 51 levels, more than 50");
        assertThat(design.data().driverNames()).containsExactly("x");
    }

    @Test
    void badValuesAreRejectedNamingTheValueAndItsRow() {
        List<String> labels = List.of("in.csv:2", "in.csv:3", "in.csv:5");
        assertThatThrownBy(() -> DriverDesign.builder()
                        .outcome("Churn", List.of("Yes", "maybe", "No"))
                        .driver("x", List.of("1", "2", "3"))
                        .rowLabels(labels)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcome 'Churn' must hold numbers or yes/no values (Yes/No, "
                        + "true/false, Y/N or 1/0), was 'maybe' at in.csv:3");
        assertThatThrownBy(() -> DriverDesign.builder()
                        .outcome("Churn", List.of("Yes", "7", "No"))
                        .driver("x", List.of("1", "2", "3"))
                        .rowLabels(labels)
                        .build())
                .hasMessage("outcome 'Churn' mixes numbers and yes/no values: '7' at in.csv:3 "
                        + "and 'Yes' at in.csv:2");
        assertThatThrownBy(() -> DriverDesign.builder()
                        .outcome("y", List.of("1", "2", "3"))
                        .driver("speed", List.of("4", "fast", "2"))
                        .build())
                .hasMessage("driver 'speed' mixes numbers and text: '4' at row 1 and 'fast' at "
                        + "row 2; a driver holds numbers, or categories (make it categorical)");
        assertThatThrownBy(() -> DriverDesign.builder()
                        .outcome("Churn", CHURN)
                        .driver("Contract", CONTRACT)
                        .reference("Contract", "Weekly")
                        .build())
                .hasMessage("reference level 'Weekly' of 'Contract' is not among its levels "
                        + "[Month-to-month, One year, Two year]");
        assertThatThrownBy(() -> DriverDesign.builder()
                        .outcome("Churn", CHURN)
                        .driver("Contract", CONTRACT)
                        .reference("Plan", "Basic")
                        .build())
                .hasMessage("a reference level is named for 'Plan', which is not a driver; "
                        + "drivers are [Contract]");
        assertThatThrownBy(() -> DriverDesign.builder()
                        .outcome("y", List.of("1", "2"))
                        .driver("x", List.of("1"))
                        .build())
                .hasMessageContaining("driver 'x' has 1 values but outcome 'y' has 2");
    }

    @Test
    void relativeWeightsOfTheCodedColumnsSumToTheRSquaredOfTheRegressionOnThem() {
        List<String> contract = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> List.of("Month-to-month", "One year", "Two year").get(i % 3))
                .toList();
        List<String> churn = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> i % 3 == 0 && i % 4 != 0 || i % 11 == 0 ? "Yes" : "No")
                .toList();
        List<String> tenure = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> Integer.toString(1 + (i * 37) % 71))
                .toList();
        DriverDesign design = DriverDesign.builder()
                .outcome("Churn", churn)
                .driver("Contract", contract)
                .driver("tenure", tenure)
                .build();

        DriverReport report =
                KeyDriverAnalysis.builder().bootstrapResamples(0).build().analyze(design.data());

        assertThat(report.drivers())
                .extracting(DriverImportance::name)
                .containsExactlyInAnyOrder("Contract=One year", "Contract=Two year", "tenure");
        assertThat(report.drivers().stream()
                        .mapToDouble(d -> d.relativeWeight().value())
                        .sum())
                .isCloseTo(report.rSquared(), org.assertj.core.data.Offset.offset(1e-12));
    }
}
