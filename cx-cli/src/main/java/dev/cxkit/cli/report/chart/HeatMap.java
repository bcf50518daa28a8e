package dev.cxkit.cli.report.chart;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * A grid of cells coloured by a share in [0, 1] on a white-to-blue ramp, each cell also printing
 * its value, so the number is read, not guessed from the colour; empty cells (no data yet, as in
 * the triangle of a cohort table) are left blank.
 *
 * <p>Marks: a row is a {@code <g class="heat-row">}, a cell with a value a
 * {@code <rect class="cell">}. Immutable and thread-safe.
 *
 * @param id page-unique id of the chart
 * @param title the chart's accessible title
 * @param columnsTitle the title above the column labels
 * @param format formats a cell's share for its text
 */
public record HeatMap(String id, String title, String columnsTitle, DoubleFunction<String> format) {

    private static final double WIDTH = 560;
    private static final double ROW = 22;
    private static final double TOP = 38;

    /**
     * One row.
     *
     * @param label the row's label, such as a cohort with its size
     * @param cells shares in [0, 1], empty where there is no value
     */
    public record Row(String label, List<Optional<Double>> cells) {

        /**
         * Checks the components.
         *
         * @param label the row's label, such as a cohort with its size
         * @param cells shares in [0, 1], empty where there is no value
         */
        public Row {
            Objects.requireNonNull(label, "label");
            cells = List.copyOf(cells);
        }
    }

    /**
     * Checks the components.
     *
     * @param id page-unique id of the chart
     * @param title the chart's accessible title
     * @param columnsTitle the title above the column labels
     * @param format formats a cell's share for its text
     */
    public HeatMap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(columnsTitle, "columnsTitle");
        Objects.requireNonNull(format, "format");
    }

    /**
     * The map of {@code rows} under {@code columns} labels.
     *
     * @param columns the column labels
     * @param rows the rows, each with one cell per column
     * @return the map as an inline SVG element
     */
    public String render(List<String> columns, List<Row> rows) {
        checkArgument(
                !rows.isEmpty() && !columns.isEmpty(),
                "a heat map needs >= 1 row and >= 1 column, had %s rows and %s columns",
                rows.size(),
                columns.size());
        double left = rows.stream()
                        .mapToDouble(r -> Axes.textWidth(r.label(), 11))
                        .max()
                        .orElse(0)
                + 10;
        BandScale x = BandScale.of(columns, left, WIDTH - 4, 0.06);
        Svg svg = new Svg(id, WIDTH, TOP + rows.size() * ROW + 6, title);
        SvgElement.of("text")
                .at(left, 12)
                .font(Axes.FONT)
                .fill(Palette.INK)
                .write(svg, columnsTitle);
        int every = Math.max(1, (int) Math.ceil(columns.size() * 22 / (WIDTH - left)));
        for (int c = 0; c < columns.size(); c += every) {
            SvgElement.of("text")
                    .at(x.center(c), TOP - 6)
                    .anchor("middle")
                    .font(11)
                    .fill(Palette.INK)
                    .write(svg, columns.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double y = TOP + r * ROW;
            svg.open("g", "class", "heat-row");
            SvgElement.of("text")
                    .at(left - 6, y + ROW / 2 + 4)
                    .anchor("end")
                    .font(11)
                    .fill(Palette.INK)
                    .write(svg, row.label());
            for (int c = 0; c < Math.min(columns.size(), row.cells().size()); c++) {
                cell(svg, x, c, y, columns.get(c), row);
            }
            svg.close("g");
        }
        return svg.finish();
    }

    private void cell(Svg svg, BandScale x, int column, double y, String columnLabel, Row row) {
        Optional<Double> share = row.cells().get(column);
        if (share.isEmpty()) {
            return;
        }
        double value = share.get();
        svg.open("g");
        svg.text("title", row.label() + ", " + columnLabel + ": " + format.apply(value));
        svg.element(
                "rect",
                "class",
                "cell",
                "x",
                Svg.num(x.start(column)),
                "y",
                Svg.num(y + 1),
                "width",
                Svg.num(x.bandwidth()),
                "height",
                Svg.num(ROW - 2),
                "fill",
                Palette.sequential(value));
        if (x.bandwidth() >= 20) {
            SvgElement.of("text")
                    .at(x.center(column), y + ROW / 2 + 4)
                    .anchor("middle")
                    .font(x.bandwidth() >= 30 ? 10 : 8)
                    .fill(Palette.darkOnSequential(value) ? "#ffffff" : Palette.INK)
                    .write(svg, format.apply(value));
        }
        svg.close("g");
    }
}
