package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.SerializableTester;

import org.junit.jupiter.api.Test;

/**
 * cx-cli's public exceptions, serializable as every exception is, keep their message (what the
 * user reads on standard error) through Java serialization.
 */
class ExceptionSerializationTest {

    @Test
    void usageAndDataErrorsKeepTheirMessage() {
        UsageException usage = new UsageException("--by plna: no such key");
        assertThat(SerializableTester.reserialize(usage)).hasMessage(usage.getMessage());
        DataException data = new DataException("churn.csv:3:2: tenure: must be >= 0, was -1");
        assertThat(SerializableTester.reserialize(data)).hasMessage(data.getMessage());
    }
}
