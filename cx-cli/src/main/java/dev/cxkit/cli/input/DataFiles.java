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
        TRANSACTIONS("customerId", "time", "amount");

        private final List<String> fields;

        Kind(String... fields) {
            this.fields = List.of(fields);
        }

        /**
         * The name of the kind and its flag, e.g. {@code responses}.
         *
         * @return the name in lower case
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        private boolean matches(List<String> columns) {
            return columns.containsAll(fields);
        }

        /** The kind a record with these columns is, checked in declaration order. */
        static Optional<Kind> of(List<String> columns) {
            return Stream.of(values()).filter(kind -> kind.matches(columns)).findFirst();
        }

        private static String described() {
            return String.join(
                    ", ",
                    Stream.of(values())
                            .map(kind -> kind.label() + " (" + String.join(", ", kind.fields) + ")")
                            .toList());
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
     * @param input how the files are read (their format)
     * @param err where ignored files of a directory are named
     * @return the files by kind
     * @throws IOException when a directory cannot be listed
     * @throws UsageException for a path that does not exist, a file named on its own whose
     *     content says nothing (naming its fields and what each kind needs), no responses, or
     *     more than one touchpoint file
     */
    public static DataFiles find(
            List<Path> paths, Map<Kind, List<Path>> byFlag, InputOptions input, PrintWriter err)
            throws IOException {
        Map<Kind, List<Path>> found = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            found.put(kind, new ArrayList<>(byFlag.getOrDefault(kind, List.of())));
        }
        for (Path path : paths) {
            boolean directory = Files.isDirectory(path);
            for (Path file : filesOf(path)) {
                List<String> columns = columnsOf(file, input);
                Optional<Kind> kind = Kind.of(columns);
                if (kind.isPresent()) {
                    found.get(kind.get()).add(file);
                } else if (directory) {
                    err.println("cx: ignored '" + file + "': " + unknown(columns));
                } else {
                    throw new UsageException("cannot tell what '" + file + "' holds: "
                            + unknown(columns) + "; or give it with --responses, "
                            + "--interactions, --touchpoints, --customers or --transactions");
                }
            }
        }
        if (found.get(Kind.RESPONSES).isEmpty()) {
            throw new UsageException("no responses: give --responses FILE, or a file of survey "
                    + "responses (with a score field) among " + paths);
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

    private static String unknown(List<String> columns) {
        return (columns.isEmpty()
                        ? "no record could be read"
                        : "its first record has the fields " + columns)
                + "; expected " + Kind.described();
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
