package dev.cxkit.cli.command;

import dev.cxkit.cli.Cx;
import dev.cxkit.cli.UsageException;
import dev.cxkit.json.NdjsonWriter;
import dev.cxkit.sample.SampleData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code cx sample}: writes a seeded synthetic data set ({@link SampleData}) so that every
 * other command can be tried without data of one's own.
 *
 * <p>Not thread-safe: picocli sets its options from one command line, on an instance made for
 * that run.
 */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = {
            "Write a realistic synthetic data set: customers, touchpoints over the "
                    + "detailed stage model, a year of interactions and NPS/CSAT/CES responses, "
                    + "with a planted friction touchpoint, some churn, comments on about a third "
                    + "of the responses and the customers' repeat purchases.",
            "Files: customers.ndjson, touchpoints.ndjson, interactions.ndjson, "
                    + "responses.ndjson, transactions.csv (customerId,time,amount)."
        })
public final class SampleCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            defaultValue = "cx-sample",
            description = "Directory to write to (created if needed; default ${DEFAULT-VALUE}).")
    private Path out;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--customers",
            defaultValue = "1000",
            description = "Number of customers (default ${DEFAULT-VALUE}).")
    private int customers;

    @Override
    public Integer call() throws IOException {
        SampleData data;
        try {
            data = SampleData.builder().seed(seed).customers(customers).build();
        } catch (IllegalArgumentException bad) {
            throw new UsageException("--customers: " + bad.getMessage(), bad);
        }
        Files.createDirectories(out);
        write("customers.ndjson", data.customers());
        write("touchpoints.ndjson", data.touchpoints());
        write("interactions.ndjson", data.interactions());
        write("responses.ndjson", data.responses());
        writeTransactions(out.resolve("transactions.csv"), data.transactions());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(
                "wrote %d customers, %d touchpoints, %d interactions, %d responses and %d transactions "
                        + "to %s (seed %d; friction touchpoint '%s')%n",
                data.customers().size(),
                data.touchpoints().size(),
                data.interactions().size(),
                data.responses().size(),
                data.transactions().size(),
                out,
                seed,
                data.frictionTouchpointId());
        stdout.flush();
        return Cx.OK;
    }

    /** The transactions as CSV with the header cx clv reads by default. */
    private static void writeTransactions(Path file, List<SampleData.Transaction> transactions)
            throws IOException {
        try (java.io.BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write("customerId,time,amount\n");
            for (SampleData.Transaction transaction : transactions) {
                writer.write(transaction.customerId() + ","
                        + transaction.time().atZone(java.time.ZoneOffset.UTC).toLocalDate() + ","
                        + transaction.amount() + "\n");
            }
        }
    }

    private void write(String fileName, List<?> records) {
        try (NdjsonWriter writer = NdjsonWriter.to(out.resolve(fileName))) {
            writer.writeAll(records);
        }
    }
}
