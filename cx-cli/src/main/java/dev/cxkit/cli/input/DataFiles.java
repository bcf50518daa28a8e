package dev.cxkit.cli.input;

import dev.cxkit.cli.UsageException;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.ErrorPolicy;
import dev.cxkit.json.read.RecordReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The input files of a report by what they hold: given by flag whatever their names, or found
 * among files and directories by their content, the fields of their first record (a CSV
 * file's header, an NDJSON or JSON file's first object). A directory stands for the regular
 * files in it, as {@code cx sample} writes them; there a file that holds none of these is
 * ignored and named on standard error, while a file named on its own must hold one of them.
 * A churn table (one row per customer) has no fixed fields: it is the file that holds the
 * duration and event columns the user named ({@code --duration tenure --event Churn}), and is
 * told apart by them before the other kinds.
 *
 * <p>Not thread-safe: found and read by one command run.
 */
public final class DataFiles {

    /** What an input file holds, and the fields that tell it by content. */
    public enum Kind {
        /** Interactions: a {@code touchpointId} and an {@code outcome}. */
        INTERACTIONS("touchpointId", "outcome"),
        /** Survey responses: a {@code score}. */
        RESPONSES("score"),
        /** The touchpoint catalogue: a {@code channel}. */
        TOUCHPOINTS("channel"),
        /** Customers: an {@code acquiredAt} time. */
        CUSTOMERS("acquiredAt"),
        /** Transactions: a {@code customerId}, a {@code time} and an {@code amount}. */
        TRANSACTIONS("customerId", "time", "amount"),
        /**
         * A churn table: the duration and event columns named by {@code --duration} and
         * {@code --event}, whatever they are called.
         */
        CHURN_TABLE();

        private final List<String> fields;

        Kind(String... fields) {
            this.fields = List.of(fields);
        }

        /**
         * The name of the kind and its flag, e.g. {@code responses} or {@code churn-table}.
         *
         * @return the name in lower case, words joined by '-'
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /**
         * The kind a record with these columns is: a churn table when it has all of
         * {@code churnColumns} (none when that is empty), else the first fixed kind whose
         * fields it has.
         */
        static Optional<Kind> of(List<String> columns, List<String> churnColumns) {
            if (!churnColumns.isEmpty() && columns.containsAll(churnColumns)) {
                return Optional.of(CHURN_TABLE);
            }
            return Stream.of(values())
                    .filter(kind -> !kind.fields.isEmpty() && columns.containsAll(kind.fields))
                    .findFirst();
        }

        private static String described(List<String> churnColumns) {
            return String.join(
                    ", ",
                    Stream.of(values())
                            .map(kind -> kind.label() + " ("
                                    + (kind == CHURN_TABLE
                                            ? churnFields(churnColumns)
                                            : String.join(", ", kind.fields))
                                    + ")")
                            .toList());
        }

        private static String churnFields(List<String> churnColumns) {
            return churnColumns.isEmpty()
                    ? "the columns of --duration and --event"
                    : String.join(", ", churnColumns);
        }
    }

    private final Map<Kind, List<Path>> files;

    private DataFiles(Map<Kind, List<Path>> files) {
        this.files = files;
    }

    /**
     * The files given by flag ({@code byFlag}) and those among {@code paths}, told by content.
     *
     * @param paths files and directories to tell by content
     * @param byFlag files given by flag, per kind
     * @param churnColumns the duration and event columns of a churn table, as the user named
     *     them; empty when none was named, and then no file is taken for a churn table
     * @param input how the files are read (their format)
     * @param err where ignored files of a directory are named
     * @return the files by kind
     * @throws IOException when a directory cannot be listed
     * @throws UsageException for a path that does not exist, a file named on its own whose
     *     content says nothing (naming its fields and what each kind needs), no responses,
     *     more than one touchpoint file, or churn-table columns that no file holds
     */
    public static DataFiles find(
            List<Path> paths,
            Map<Kind, List<Path>> byFlag,
            List<String> churnColumns,
            InputOptions input,
            PrintWriter err)
            throws IOException {
        Map<Kind, List<Path>> found = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            found.put(kind, new ArrayList<>(byFlag.getOrDefault(kind, List.of())));
        }
        for (Path path : paths) {
            boolean directory = Files.isDirectory(path);
            for (Path file : filesOf(path)) {
                List<String> columns = columnsOf(file, input);
                Optional<Kind> kind = Kind.of(columns, churnColumns);
                if (kind.isPresent()) {
                    found.get(kind.get()).add(file);
                } else if (directory) {
                    err.println("cx: ignored '" + file + "': " + unknown(columns, churnColumns));
                } else {
                    throw new UsageException("cannot tell what '" + file + "' holds: "
                            + unknown(columns, churnColumns) + "; or give it with --responses, "
                            + "--interactions, --touchpoints, --customers, --transactions or "
                            + "--churn-table");
                }
            }
        }
        if (found.get(Kind.RESPONSES).isEmpty()) {
            throw new UsageException("no responses: give --responses FILE, or a file of survey "
                    + "responses (with a score field) among " + paths);
        }
        if (!churnColumns.isEmpty() && found.get(Kind.CHURN_TABLE).isEmpty()) {
            throw new UsageException("--duration and --event name the columns of a churn table ("
                    + String.join(", ", churnColumns) + "), but no file given holds them: give "
                    + "--churn-table FILE, or a file with those columns among " + paths);
        }
        if (found.get(Kind.TOUCHPOINTS).size() > 1) {
            throw new UsageException(
                    "more than one touchpoint file: " + found.get(Kind.TOUCHPOINTS));
        }
        return new DataFiles(found);
    }

    /**
     * The files holding {@code kind}, those given by flag first.
     *
     * @param kind what the files hold
     * @return the files
     */
    public List<Path> of(Kind kind) {
        return List.copyOf(files.get(kind));
    }

    private static String unknown(List<String> columns, List<String> churnColumns) {
        return (columns.isEmpty()
                        ? "no record could be read"
                        : "its first record has the fields " + columns)
                + "; expected " + Kind.described(churnColumns);
    }

    /** The column names of the file's first good record, empty when none can be read. */
    private static List<String> columnsOf(Path file, InputOptions input) {
        CxReader<List<String>> peek = input.readerFor(
                        CxReader.rows(List.of(), dev.cxkit.json.read.Row::columns), file)
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);
        try (RecordReader<List<String>> rows = peek.open(file)) {
            return rows.hasNext() ? rows.next() : List.of();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    private static List<Path> filesOf(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new UsageException("cannot read '" + path + "': no such file or directory");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
