package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Outcome;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

class OtherRecordsReaderTest {

    private static final Instant TIME = Instant.parse("2024-05-01T12:00:00Z");

    @Test
    void customersFromCsvTakeOtherColumnsAsAttributes() throws IOException {
        String csv = "id,acquiredAt,churnedAt,plan,region\n"
                + "c1,2024-05-01T12:00:00Z,,gold,\n"
                + "c2,2024-05-01T12:00:00Z,2024-04-01T00:00:00Z,basic,north\n";
        CxReader<Customer> reader = CxReader.customers()
                .withFormat(RecordFormat.CSV)
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);

        try (RecordReader<Customer> customers = reader.open(new StringReader(csv), "c.csv")) {
            assertThat(customers.stream())
                    .containsExactly(
                            new Customer("c1", TIME, Optional.empty(), Map.of("plan", "gold")));
            assertThat(customers.report().problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.field()).contains("churnedAt");
                assertThat(problem.column()).hasValue(3);
            });
        }
    }

    @Test
    void interactionsFromAGzippedFileNameTheFileInProblems(@TempDir Path directory)
            throws IOException {
        Path file = directory.resolve("interactions.ndjson.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("{\"customerId\":\"c1\",\"touchpointId\":\"phone\",\"time\":"
                            + "\"2024-05-01T12:00:00Z\",\"outcome\":\"escalated\",\"waitTime\":\"PT90S\","
                            + "\"resolved\":false}\n"
                            + "{\"customerId\":\"c2\",\"touchpointId\":\"phone\",\"time\":"
                            + "\"2024-05-01T12:00:00Z\",\"outcome\":\"lost\",\"resolved\":true}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        CxReader<Interaction> reader = CxReader.interactions()
                .withFormat(RecordFormat.fromFileName(file.toString()).orElseThrow())
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);

        try (RecordReader<Interaction> interactions = reader.open(file)) {
            assertThat(interactions.next())
                    .isEqualTo(new Interaction(
                            "c1",
                            "phone",
                            TIME,
                            Outcome.ESCALATED,
                            Optional.of(Duration.ofSeconds(90)),
                            Optional.empty(),
                            false));
            assertThat(interactions.hasNext()).isFalse();
            assertThat(interactions.report().problems())
                    .singleElement()
                    .extracting(ReadProblem::message)
                    .isEqualTo(file + ":2:83: outcome: expected one of "
                            + "completed, abandoned, escalated, was lost");
        }
    }
}
