package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.SerializableTester;

import org.junit.jupiter.api.Test;

/**
 * {@link FitFailedException}, cx-core's one serializable public type (as every exception is),
 * keeps its message, the fit's diagnosis, through Java serialization: an application that ships
 * failures between processes (a Spark driver reporting an executor's) still reads it.
 */
class FitFailedExceptionTest {

    @Test
    void itsMessageSurvivesJavaSerialization() {
        FitFailedException failure = new FitFailedException(
                "BG/NBD fit did not converge on 2357 customers (last r=0.24, alpha=4.41)");
        FitFailedException copy = SerializableTester.reserialize(failure);
        assertThat(copy).hasMessage(failure.getMessage()).isInstanceOf(IllegalStateException.class);
    }
}
