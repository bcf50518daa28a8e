package dev.cxkit.cli.input;

import dev.cxkit.cli.DataException;
import dev.cxkit.cli.UsageException;
import dev.cxkit.drivers.DriverData;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file with a header row into {@link DriverData}: one outcome column and driver
 * columns of numbers, an empty cell being a missing answer. A cell that is not a number fails
 * with its line and column name.
 */
public final class DriverColumns {

    private DriverColumns() {}

    public static DriverData read(
            Path file, String outcome, List<String> drivers, Double missingMarker) {
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = new CsvMapper()
                        .readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(reader)) {
            List<String> wanted = null;
            while (rows.hasNext()) {
                // the parser stands at the end of the previous row (the header for the first):
                // this row starts on the next line, even after a quoted cell spanning lines
                long line = rows.parser().currentTokenLocation().getLineNr() + 1;
                Map<String, String> row = rows.next();
                if (wanted == null) {
                    wanted = wantedColumns(row.keySet(), outcome, drivers, file);
                    wanted.forEach(name -> columns.put(name, new ArrayList<>()));
                }
                for (String name : wanted) {
                    columns.get(name).add(number(row.get(name), file, line, name));
                }
            }
        } catch (IOException | JacksonException failed) {
            throw new UsageException(
                    "cannot read drivers from '" + file + "': " + failed.getMessage(), failed);
        }
        if (columns.isEmpty()) {
            throw new UsageException("'" + file + "' has no rows");
        }
        DriverData.Builder data =
                DriverData.builder().outcome(outcome, doubles(columns.get(outcome)));
        columns.forEach((name, values) -> {
            if (!name.equals(outcome)) {
                data.driver(name, doubles(values));
            }
        });
        if (missingMarker != null) {
            data.missingMarker(missingMarker);
        }
        return data.build();
    }

    private static List<String> wantedColumns(
            java.util.Set<String> header, String outcome, List<String> drivers, Path file) {
        if (!header.contains(outcome)) {
            throw new UsageException("outcome column '" + outcome + "' is not in the header of '"
                    + file + "': " + header);
        }
        List<String> wanted = new ArrayList<>(List.of(outcome));
        for (String name : drivers.isEmpty() ? header : drivers) {
            if (!header.contains(name)) {
                throw new UsageException("driver column '" + name + "' is not in the header of '"
                        + file + "': " + header);
            }
            if (!name.equals(outcome)) {
                wanted.add(name);
            }
        }
        return wanted;
    }

    private static double number(String cell, Path file, long line, String column) {
        if (cell == null || cell.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell.trim());
        } catch (NumberFormatException notANumber) {
            throw new DataException(file + ":" + line + ": " + column
                    + ": must be a number or empty, was '" + cell + "'");
        }
    }

    private static double[] doubles(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
