package dev.cxkit.cli.input;

import dev.cxkit.cli.DataException;
import dev.cxkit.cli.UsageException;
import dev.cxkit.clv.TransactionLog;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a transaction log from a CSV file with a header: a customer column, a time column (a
 * date {@code yyyy-mm-dd} or an ISO-8601 instant) and an amount column. A bad cell fails with
 * its line and column name.
 */
public final class TransactionColumns {

    private TransactionColumns() {}

    public static TransactionLog<String> read(Path file, String customer, String time, String amount,
            java.time.ZoneId zone) {
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read file '" + file + "'");
        }
        TransactionLog<String> log = TransactionLog.create(zone);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = new CsvMapper()
                        .readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(reader)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                long line = rows.currentLocation().getLineNr();
                String id = cell(row, customer, file, line);
                String at = cell(row, time, file, line);
                double value = amount(cell(row, amount, file, line), file, line, amount);
                try {
                    if (at.length() == 10) {
                        log.add(id, LocalDate.parse(at), value);
                    } else {
                        log.add(id, Instant.parse(at), value);
                    }
                } catch (DateTimeParseException badTime) {
                    throw new DataException(file + ":" + line + ": " + time
                            + ": must be a date yyyy-mm-dd or an ISO-8601 instant, was '" + at + "'");
                }
            }
        } catch (IOException | JacksonException failed) {
            throw new UsageException("cannot read transactions from '" + file + "': "
                    + failed.getMessage(), failed);
        }
        return log;
    }

    private static String cell(Map<String, String> row, String column, Path file, long line) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new DataException(file + ":" + line + ": " + column + ": missing "
                    + (row.containsKey(column) ? "value" : "column (header has " + row.keySet() + ")"));
        }
        return value.trim();
    }

    private static double amount(String cell, Path file, long line, String column) {
        try {
            double value = Double.parseDouble(cell);
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the other bad amounts
        }
        throw new DataException(file + ":" + line + ": " + column
                + ": must be a finite number >= 0, was '" + cell + "'");
    }
}
