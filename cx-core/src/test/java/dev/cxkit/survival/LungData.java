package dev.cxkit.survival;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * R's {@code survival::lung} data (NCCTG lung cancer trial), the columns written by
 * {@code src/test/resources/dev/cxkit/survival/cox-reference.R}: time (days), status (1
 * censored, 2 dead), age, sex (1 male, 2 female), ph.ecog (NA = missing).
 */
record LungData(double[] time, boolean[] dead, double[] age, double[] sex, String[] ecog) {

    /** Every row. */
    static LungData all() {
        return read(row -> true);
    }

    /** The rows with ph.ecog present. */
    static LungData withEcog() {
        return read(row -> !row[4].equals("NA"));
    }

    String[] sexLabels() {
        String[] labels = new String[sex.length];
        for (int i = 0; i < sex.length; i++) {
            labels[i] = sex[i] == 1 ? "male" : "female";
        }
        return labels;
    }

    private static LungData read(Predicate<String[]> keep) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(LungData.class.getResourceAsStream("lung.csv"), "lung.csv"),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] row = line.split(",");
                if (keep.test(row)) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        LungData data = new LungData(
                new double[n], new boolean[n], new double[n], new double[n], new String[n]);
        for (int i = 0; i < n; i++) {
            String[] row = rows.get(i);
            data.time[i] = Double.parseDouble(row[0]);
            data.dead[i] = row[1].equals("2");
            data.age[i] = Double.parseDouble(row[2]);
            data.sex[i] = Double.parseDouble(row[3]);
            data.ecog[i] = row[4];
        }
        return data;
    }
}
