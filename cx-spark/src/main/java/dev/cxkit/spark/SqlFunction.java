package dev.cxkit.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.classic.ColumnNodeToExpressionConverter$;
import org.apache.spark.sql.classic.ExpressionUtils;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.NumericType;

import scala.jdk.javaapi.CollectionConverters;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One cxkit SQL function: its name, its arguments, what it returns and the {@link Column} it
 * stands for. The SQL entry points ({@link CxFunctions#register}, {@link CxSparkExtensions})
 * build it from analysed arguments, so a wrong number of arguments or an argument of the wrong
 * type fails the query before it runs, naming the function's signature. Immutable.
 *
 * @param name the SQL name, for example {@code cx_nps}
 * @param arguments the arguments in order
 * @param returns what a group gets, for {@code DESCRIBE FUNCTION}
 * @param body the column of the arguments' columns
 */
record SqlFunction(
        String name,
        List<Argument> arguments,
        String returns,
        Function<List<Column>, Column> body) {

    /** An argument and the SQL types it accepts. */
    enum Argument {
        /** A score: a number, checked per row to be whole and on the scale. */
        SCORE("a number (TINYINT to BIGINT, or a DECIMAL/DOUBLE holding whole numbers)"),
        /** A survey weight: a number, checked per row to be 0 or in [1e-100, 1e100]. */
        WEIGHT("a number"),
        /** Histogram bytes from a cxkit histogram function. */
        HISTOGRAM("BINARY from cx_*_histogram");

        private final String expectation;

        Argument(String expectation) {
            this.expectation = expectation;
        }

        boolean accepts(DataType type) {
            return type instanceof NullType
                    || (this == HISTOGRAM
                            ? type instanceof BinaryType
                            : type instanceof NumericType);
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    SqlFunction {
        arguments = List.copyOf(arguments);
    }

    static SqlFunction of(
            String name,
            String returns,
            Function<List<Column>, Column> body,
            Argument... arguments) {
        return new SqlFunction(name, Arrays.asList(arguments), returns, body);
    }

    /** {@code name(arg, ...)}. */
    String signature() {
        return name
                + arguments.stream()
                        .map(Argument::label)
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    /** The column of {@code columns}, named as SQL would show the call. */
    Column apply(List<Column> columns, String shownAs) {
        return body.apply(columns).as(shownAs);
    }

    /**
     * The expression of a SQL call with analysed {@code children}.
     *
     * @param related the signatures a wrong call names besides this one's
     * @throws org.apache.spark.sql.AnalysisException on a wrong number or type of arguments
     */
    Expression build(scala.collection.immutable.Seq<Expression> children, String related) {
        List<Expression> args = CollectionConverters.asJava(children);
        if (args.size() != arguments.size()) {
            throw CxErrors.analysis(name + " takes " + count(arguments.size()) + ", " + signature()
                    + ", but was called with " + args.size() + related);
        }
        for (int i = 0; i < args.size(); i++) {
            Argument argument = arguments.get(i);
            DataType type = args.get(i).dataType();
            if (!argument.accepts(type)) {
                throw CxErrors.analysis(signature() + ": " + argument.label() + " must be "
                        + argument.expectation + ", was " + type.sql() + " "
                        + pretty(args.get(i))
                        + (argument == Argument.HISTOGRAM
                                ? ""
                                : "; cast it, e.g. CAST(" + pretty(args.get(i)) + " AS INT)"));
            }
        }
        String shownAs = name
                + args.stream()
                        .map(SqlFunction::pretty)
                        .collect(Collectors.joining(", ", "(", ")"));
        Column column = apply(args.stream().map(ExpressionUtils::column).toList(), shownAs);
        return ColumnNodeToExpressionConverter$.MODULE$.apply(column.node());
    }

    /** What {@code DESCRIBE FUNCTION} shows. */
    ExpressionInfo info() {
        return new ExpressionInfo(
                CxFunctions.class.getName(), null, name, signature() + " - " + returns, "");
    }

    private static String count(int arguments) {
        return arguments == 1 ? "1 argument" : arguments + " arguments";
    }

    private static String pretty(Expression expression) {
        return org.apache.spark.sql.catalyst.util.package$.MODULE$.toPrettySQL(expression, false);
    }
}
