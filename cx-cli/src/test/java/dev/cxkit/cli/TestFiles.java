package dev.cxkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Input files the end-to-end tests generate, each of a shape real exports have. */
final class TestFiles {

    private TestFiles() {}

    /** The {@code cx sample} data set (customers, touchpoints, interactions, responses). */
    static Path sample(Path dir) {
        return sample(dir, 300);
    }

    /** The {@code cx sample} data set of {@code customers} customers. */
    static Path sample(Path dir, int customers) {
        CxRun.Result result = CxRun.in(
                dir, "sample", "--out", "@sample", "--customers", "" + customers, "--seed", "7");
        if (result.exitCode() != 0) {
            throw new IllegalStateException(result.stderr());
        }
        return dir.resolve("sample");
    }

    /** The CDNOW transaction log of the tests' resources, copied to {@code dir}. */
    static Path cdnow(Path dir) throws IOException {
        Path log = dir.resolve("cdnow.csv");
        try (InputStream in = TestFiles.class.getResourceAsStream("/cdnow_transactions.csv")) {
            Files.copy(in, log);
        }
        return log;
    }

    /**
     * The telco-style churn table of the tests' resources ({@code telco-reference.R}), copied
     * to {@code dir} as {@code telco_churn.csv}.
     */
    static Path telco(Path dir) throws IOException {
        Path table = dir.resolve("telco_churn.csv");
        try (InputStream in = TestFiles.class.getResourceAsStream("/telco_churn.csv")) {
            Files.copy(in, table);
        }
        return table;
    }

    /**
     * {@return the arguments of {@code command} (survival or churn) on {@code file}, read as the
     * telco churn table it is (tenure in months, Churn Yes/No), followed by {@code options}}
     *
     * @param command the subcommand
     * @param file the churn table, relative to the working directory
     * @param options the options after the table's
     */
    static String[] churnTable(String command, String file, String... options) {
        List<String> args = new ArrayList<>(List.of("--unit", "months"));
        args.addAll(List.of(options));
        return churnTableInDays(command, file, args.toArray(String[]::new));
    }

    /**
     * {@return the arguments of {@code command} on {@code file} read as a churn table (tenure,
     * Churn Yes/No) in cx's default unit, days, unless {@code options} name another}
     *
     * @param command the subcommand
     * @param file the churn table, relative to the working directory
     * @param options the options after the table's
     */
    static String[] churnTableInDays(String command, String file, String... options) {
        List<String> args = new ArrayList<>(
                List.of(command, "@" + file, "--duration", "tenure", "--event", "Churn"));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    /** The flags that read the telco churn table: tenure in months, Churn yes or no. */
    static final List<String> TELCO_FLAGS =
            List.of("--duration", "tenure", "--event", "Churn", "--unit", "months");

    /**
     * A command line of {@code parts}, each a word or a list of words.
     *
     * @param parts words ({@code String}) and lists of words ({@code List<String>})
     * @return the words in order
     */
    static String[] commandLine(Object... parts) {
        List<String> words = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                list.forEach(word -> words.add((String) word));
            } else {
                words.add((String) part);
            }
        }
        return words.toArray(String[]::new);
    }

    /**
     * Ratings of 200 respondents: an outcome {@code recommend} (0..10) driven by {@code speed}
     * and {@code staff}, a noise driver {@code decor}, all 1..5.
     */
    static Path drivers(Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder csv = new StringBuilder("respondent,speed,staff,decor,recommend\r\n");
        for (int i = 0; i < 200; i++) {
            int speed = 1 + random.nextInt(5);
            int staff = 1 + random.nextInt(5);
            int decor = 1 + random.nextInt(5);
            int recommend = Math.min(10, Math.max(0, (int)
                    Math.round(speed + staff * 0.8 - 1 + random.nextGaussian())));
            csv.append("r")
                    .append(i)
                    .append(',')
                    .append(speed)
                    .append(',')
                    .append(staff)
                    .append(',')
                    .append(decor)
                    .append(',')
                    .append(recommend)
                    .append("\r\n");
        }
        Path file = dir.resolve("ratings.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
