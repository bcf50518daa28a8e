package dev.cxkit.cli.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The report's charts, drawn by JFreeChart and rendered to SVG by JFreeSVG, so the HTML page
 * embeds them inline and needs no other file.
 */
public final class Charts {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 340;
    private static final Color ACCENT = new Color(0x1f, 0x6f, 0xb2);
    private static final Color BAND = new Color(0x1f, 0x6f, 0xb2, 0x40);

    private Charts() {}

    /** A labelled point with its interval. */
    public record Estimate(String label, double value, double lower, double upper) {}

    /** A labelled point of a scatter chart. */
    public record Point(String label, double x, double y) {}

    /**
     * A line of estimates over ordered periods with their interval as a shaded band.
     *
     * @param title the chart's title
     * @param yLabel the vertical axis's label
     * @param periods one estimate per period, in time order
     * @return the chart as an SVG document
     */
    public static String trend(String title, String yLabel, List<Estimate> periods) {
        YIntervalSeries series = new YIntervalSeries(yLabel);
        for (int i = 0; i < periods.size(); i++) {
            Estimate estimate = periods.get(i);
            series.add(i, estimate.value(), estimate.lower(), estimate.upper());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        JFreeChart chart = ChartFactory.createXYLineChart(
                title, "period", yLabel, data, PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setSeriesFillPaint(0, BAND);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setRenderer(renderer);
        String[] labels = periods.stream().map(Estimate::label).toArray(String[]::new);
        plot.setDomainAxis(new org.jfree.chart.axis.SymbolAxis("period", labels));
        return svg(style(chart));
    }

    /**
     * Vertical bars, one per category, for example customers reaching each funnel stage.
     *
     * @param title the chart's title
     * @param valueLabel the value axis's label
     * @param categories one estimate per bar, in order
     * @return the chart as an SVG document
     */
    public static String bars(String title, String valueLabel, List<Estimate> categories) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Estimate category : categories) {
            data.addValue(category.value(), valueLabel, category.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                title, null, valueLabel, data, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis axis = plot.getDomainAxis();
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setShadowVisible(false);
        return svg(style(chart));
    }

    /**
     * {@return a scatter of labelled points split into quadrants by lines at {@code xSplit} and
     * {@code ySplit}, as in an importance-versus-performance chart}
     *
     * @param title the chart's title
     * @param xLabel the horizontal axis's label
     * @param yLabel the vertical axis's label
     * @param points the labelled points
     * @param xSplit where the vertical split line crosses the horizontal axis
     * @param ySplit where the horizontal split line crosses the vertical axis
     */
    public static String quadrant(
            String title,
            String xLabel,
            String yLabel,
            List<Point> points,
            double xSplit,
            double ySplit) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Point point : points) {
            XYSeries series = new XYSeries(point.label());
            series.add(point.x(), point.y());
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createScatterPlot(
                title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.addDomainMarker(new ValueMarker(xSplit, Color.GRAY, new BasicStroke(1f)));
        plot.addRangeMarker(new ValueMarker(ySplit, Color.GRAY, new BasicStroke(1f)));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return svg(style(chart));
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.getPlot().setBackgroundPaint(new Color(0xfa, 0xfa, 0xfa));
        return chart;
    }

    private static String svg(JFreeChart chart) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return graphics.getSVGElement();
    }
}
