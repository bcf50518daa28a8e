package dev.cxkit.drivers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Numeric columns of a small comma-separated test resource; the first column (a label) is skipped. */
final class CsvColumns {

    private final List<String> header;
    private final List<double[]> rows;

    private CsvColumns(List<String> header, List<double[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Reads {@code resource} next to this class; empty cells become NaN. */
    static CsvColumns read(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CsvColumns.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            List<String> header = unquoted(reader.readLine().split(",", -1));
            List<double[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                double[] row = new double[cells.length - 1];
                for (int i = 1; i < cells.length; i++) {
                    row[i - 1] = cells[i].isEmpty() ? Double.NaN : Double.parseDouble(cells[i]);
                }
                rows.add(row);
            }
            return new CsvColumns(header.subList(1, header.size()), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named column. */
    double[] column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return rows.stream().mapToDouble(row -> row[index]).toArray();
    }

    /** Driver data with the named outcome and drivers, in the order given. */
    DriverData.Builder data(String outcome, String... drivers) {
        DriverData.Builder builder = DriverData.builder().outcome(outcome, column(outcome));
        for (String driver : drivers) {
            builder.driver(driver, column(driver));
        }
        return builder;
    }

    private static List<String> unquoted(String[] cells) {
        List<String> names = new ArrayList<>();
        for (String cell : cells) {
            names.add(cell.replace("\"", ""));
        }
        return names;
    }
}
