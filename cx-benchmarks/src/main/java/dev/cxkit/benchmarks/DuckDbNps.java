package dev.cxkit.benchmarks;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL peer: an in-memory DuckDB database holding the score and segment columns, loaded
 * with DuckDB's appender up front, so that only the group-by query is measured.
 */
final class DuckDbNps implements AutoCloseable {

    private static final String QUERY = "SELECT segment,"
            + " count(*) FILTER (WHERE score <= 6),"
            + " count(*) FILTER (WHERE score BETWEEN 7 AND 8),"
            + " count(*) FILTER (WHERE score >= 9)"
            + " FROM responses GROUP BY segment";

    private final Connection connection;
    private final PreparedStatement query;
    private final int segments;

    private DuckDbNps(Connection connection, int segments) throws SQLException {
        this.connection = connection;
        this.query = connection.prepareStatement(QUERY);
        this.segments = segments;
    }

    /**
     * A fresh in-memory database running queries on {@code threads} threads, holding row
     * {@code i} = ({@code segmentIds[i]}, {@code scores[i]}).
     */
    static DuckDbNps load(byte[] scores, int[] segmentIds, int segments, int threads)
            throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET threads = " + threads);
                statement.execute("CREATE TABLE responses"
                        + " (segment INTEGER NOT NULL, score TINYINT NOT NULL)");
            }
            try (DuckDBAppender appender =
                    connection.unwrap(DuckDBConnection.class).createAppender("main", "responses")) {
                for (int i = 0; i < scores.length; i++) {
                    appender.beginRow().append(segmentIds[i]).append(scores[i]).endRow();
                }
            }
            return new DuckDbNps(connection, segments);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Detractors, passives and promoters of each segment, by the group-by query. */
    List<NpsCounts> bySegment() throws SQLException {
        long[] counts = new long[3 * segments];
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                int at = 3 * rows.getInt(1);
                counts[at] = rows.getLong(2);
                counts[at + 1] = rows.getLong(3);
                counts[at + 2] = rows.getLong(4);
            }
        }
        List<NpsCounts> bySegment = new ArrayList<>(segments);
        for (int at = 0; at < counts.length; at += 3) {
            bySegment.add(new NpsCounts(counts[at], counts[at + 1], counts[at + 2]));
        }
        return bySegment;
    }

    @Override
    public void close() throws SQLException {
        try {
            query.close();
        } finally {
            connection.close();
        }
    }
}
