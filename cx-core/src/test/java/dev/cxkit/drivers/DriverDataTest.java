package dev.cxkit.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DriverDataTest {

    private static final double[] THREE = {1, 2, 3};

    @Test
    void keepsCopiesOfTheColumnsInOrder() {
        double[] service = {4, 5, 3};
        DriverData data = DriverData.builder()
                .outcome("ltr", THREE)
                .driver("service", service)
                .driver("trust", THREE)
                .ratingScale(1, 5)
                .build();
        service[0] = 1;

        assertThat(data.driverNames()).containsExactly("service", "trust");
        assertThat(data.driver("service")).containsExactly(4, 5, 3);
        assertThat(data.outcomeName()).isEqualTo("ltr");
        assertThat(data.respondents()).isEqualTo(3);
        assertThat(data.scaleLowest()).hasValue(1);
        assertThat(data.scaleHighest()).hasValue(5);
        data.outcome()[0] = 9;
        assertThat(data.outcome()).containsExactly(1, 2, 3);
    }

    @Test
    void builderCanBuildAgainWithoutChangingEarlierData() {
        DriverData.Builder builder =
                DriverData.builder().outcome("y", new double[] {1, 9, 3}).driver("a", THREE);
        DriverData plain = builder.build();
        DriverData marked = builder.missingMarker(9).build();

        assertThat(plain.outcome()).containsExactly(1, 9, 3);
        assertThat(marked.outcome()[1]).isNaN();
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThatThrownBy(() -> DriverData.builder()
                        .outcome("ltr", THREE)
                        .driver("service", new double[] {1, 2})
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "driver 'service' has 2 values but outcome 'ltr' has 3; every column needs one value"
                                + " per respondent");
    }

    @Test
    void rejectsIncompleteOrAmbiguousColumns() {
        assertThatThrownBy(() -> DriverData.builder().driver("a", THREE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcome must be set before build()");
        assertThatThrownBy(() -> DriverData.builder().outcome("y", THREE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at least one driver is needed, was 0");
        assertThatThrownBy(() -> DriverData.builder().driver("a", THREE).driver("a", THREE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("driver names must be unique, 'a' was added twice");
        assertThatThrownBy(() -> DriverData.builder()
                        .outcome("a", THREE)
                        .driver("a", THREE)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcome 'a' must not also be a driver");
        assertThatThrownBy(() -> DriverData.builder().driver(" ", THREE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column name must not be blank, was ' '");
        assertThatThrownBy(() -> DriverData.builder().driver(null, THREE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> DriverData.builder().outcome("y", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("values");
    }

    @Test
    void rejectsInfiniteValuesAndRatingsOffTheScale() {
        assertThatThrownBy(() -> DriverData.builder()
                        .driver("a", new double[] {1, Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'a' row 1 must be finite or NaN (missing), was Infinity");
        assertThatThrownBy(() -> DriverData.builder()
                        .outcome("y", THREE)
                        .driver("a", new double[] {1, 6, 2})
                        .ratingScale(1, 5)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("driver 'a' row 1 must lie on the rating scale 1.0..5.0, was 6.0");
        assertThatThrownBy(() -> DriverData.builder().ratingScale(5, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratingScale needs finite lowest < highest, was 5.0..5.0");
        assertThatThrownBy(() -> DriverData.builder().missingMarker(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missingMarker must be finite, was NaN");
    }

    @Test
    void missingMarkerIsNotCheckedAgainstTheScale() {
        DriverData data = DriverData.builder()
                .outcome("y", new double[] {1, 99, 3})
                .driver("a", new double[] {99, 2, 5})
                .missingMarker(99)
                .ratingScale(1, 5)
                .build();

        assertThat(data.driver("a")[0]).isNaN();
        assertThat(data.outcome()[1]).isNaN();
    }

    @Test
    void unknownDriverIsNamed() {
        DriverData data =
                DriverData.builder().outcome("y", THREE).driver("a", THREE).build();

        assertThatThrownBy(() -> data.driver("b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("driver must be one of [a], was 'b'");
    }
}
