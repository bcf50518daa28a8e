package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * The report of {@code cx report} as a reader sees it: rendered by headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}, driven by Selenium) at a phone's width (390 px)
 * and a laptop's (1280 px), for the sample data and for real-shaped files (a survey export read
 * with flags beside the CDNOW transaction log and a telco churn table, driver ratings). Checks: no console error, nothing
 * wider than the viewport (wide tables scroll inside their own box), every chart drawn with the
 * marks its numbers call for (one bar per table row, whiskers where there are intervals, one
 * point per month, one heat-map row per cohort). Screenshots of the whole page at both widths are
 * saved under {@code target/report-screenshots/} for review.
 *
 * <p>Skipped, with a message saying what to install, where Chromium or chromedriver is missing;
 * {@code .ci/run} installs them.
 */
class ReportBrowserIT {

    private static final int[] WIDTHS = {390, 1280};

    @TempDir
    static Path dir;

    private static ChromeDriver browser;

    @BeforeAll
    static void startChromium() {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("chromedriver");
        Assumptions.assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "ReportBrowserIT skipped: no chromium or chromedriver on the PATH "
                        + "(apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.get().toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--hide-scrollbars",
                        "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sampleReportRendersEverySectionAtPhoneAndLaptopWidth() throws Exception {
        assertThat(CxProcess.run(dir, "sample", "-o", "sample").exitCode()).isZero();
        // the README's quick-start line, as written
        CxProcess.Result report = CxProcess.run(dir, "report", "sample", "--html", "sample.html");
        assertThat(report.exitCode()).as(report.stderr()).isZero();
        Path page = dir.resolve("sample.html");
        assertThat(Files.readString(page))
                .contains(
                        "<section id=\"trend\">",
                        "<section id=\"trend-csat\">",
                        "<section id=\"trend-ces\">",
                        "<section id=\"scorecard\">",
                        "<section id=\"scorecard-csat\">",
                        "<section id=\"scorecard-ces\">",
                        "<section id=\"funnel\">",
                        "<section id=\"friction\">",
                        "<section id=\"churn\">",
                        "<section id=\"survival\">",
                        "<section id=\"clv\">",
                        "<section id=\"drivers\">",
                        "<section id=\"comments\">");
        assertThat(Files.readString(page))
                .contains(
                        "data-chart=\"clv-holdout\"",
                        "data-chart=\"cohort-retention\"",
                        "data-chart=\"survival-km\"");
        for (int width : WIDTHS) {
            render(page, width, "sample");
        }
    }

    @Test
    void reportOfASurveyExportATransactionLogAndAChurnTableRenders() throws Exception {
        ReviewExport.write(dir.resolve("reviews.csv"), 600, 5);
        Path other = Files.createDirectories(dir.resolve("other-sources"));
        TestFiles.cdnow(other);
        TestFiles.telco(other);
        CxProcess.Result report = CxProcess.run(
                dir,
                TestFiles.commandLine(
                        "report",
                        "--responses",
                        "reviews.csv",
                        ReviewExport.FLAGS,
                        "--language",
                        "pt",
                        "--transactions",
                        "other-sources/cdnow.csv",
                        "--churn-table",
                        "other-sources/telco_churn.csv",
                        TestFiles.TELCO_FLAGS,
                        "--churn-by",
                        "Contract",
                        "--html",
                        "survey-export.html"));
        assertThat(report.exitCode()).as(report.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("survey-export.html")))
                .contains(
                        "CSAT (top 2 of 1..5)",
                        "data-chart=\"trend-csat\"",
                        "<section id=\"comments\">",
                        "<section id=\"clv\">",
                        "data-chart=\"table-churn-within\"",
                        "data-chart=\"table-survival-km\"");
        for (int width : WIDTHS) {
            render(dir.resolve("survey-export.html"), width, "survey-export");
        }
    }

    @Test
    void reportOfATransactionLogAndDriverRatingsRenders() throws Exception {
        Path sample = TestFiles.sample(dir);
        Path transactions = TestFiles.cdnow(dir);
        Path ratings = TestFiles.drivers(dir);
        CxProcess.Result report = CxProcess.run(
                dir,
                "report",
                "--responses",
                sample.resolve("responses.ndjson").toString(),
                "--transactions",
                transactions.getFileName().toString(),
                "--calibration-end",
                "1997-09-30",
                "--holdout-end",
                "1998-06-30",
                "--drivers",
                ratings.getFileName().toString(),
                "--outcome",
                "recommend",
                "--html",
                "cdnow.html");
        assertThat(report.exitCode()).as(report.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("cdnow.html")))
                .contains("data-chart=\"clv-holdout\"", "data-chart=\"drivers-quadrant\"");
        for (int width : WIDTHS) {
            render(dir.resolve("cdnow.html"), width, "cdnow");
        }
    }

    /** Opens the page at {@code width}, checks it and saves a screenshot of all of it. */
    private static void render(Path page, int width, String name) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(page.toUri().toString());
        JavascriptExecutor js = browser;
        assertThat(((Number) js.executeScript("return window.innerWidth")).intValue())
                .as("viewport width")
                .isEqualTo(width);
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("console errors at " + width + " px").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) js.executeScript(OVERFLOW);
        assertThat(overflowing)
                .as("elements wider than the %d px viewport", width)
                .isEmpty();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) js.executeScript(MARKS);
        for (Map<String, Object> chart : charts) {
            checkMarks(chart);
        }
        Path out = Path.of(System.getProperty("report.screenshots", "target/report-screenshots"));
        Files.createDirectories(out);
        save(out.resolve(name + "-" + width + "-top.png"));
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight"))
                .longValue();
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 30_000)));
        save(out.resolve(name + "-" + width + ".png"));
    }

    /** Saves what the window shows. */
    private static void save(Path file) throws java.io.IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The marks a chart must have for the rows of the table of numbers beside it. */
    private static void checkMarks(Map<String, Object> chart) {
        String id = (String) chart.get("id");
        long rows = ((Number) chart.get("rows")).longValue();
        long bars = ((Number) chart.get("bars")).longValue();
        long whiskers = ((Number) chart.get("whiskers")).longValue();
        assertThat((Boolean) chart.get("titled"))
                .as(id + " has an accessible title")
                .isTrue();
        assertThat(((Number) chart.get("width")).doubleValue())
                .as(id + " is drawn")
                .isPositive();
        switch (id) {
            case "scorecard-nps",
                    "scorecard-csat",
                    "scorecard-ces",
                    "funnel-reach",
                    "table-churn-within" -> {
                assertThat(bars).as(id + " bars").isEqualTo(rows);
                assertThat(whiskers).as(id + " whiskers").isEqualTo(rows);
            }
            case "drivers-importance" -> {
                assertThat(bars).as(id + " bars").isEqualTo(rows);
                assertThat(whiskers).as(id + " whiskers").isPositive();
            }
            case "friction-score", "clv-distribution" ->
                assertThat(bars).as(id + " bars").isEqualTo(rows);
            case "trend-nps", "trend-csat", "trend-ces", "churn-monthly", "clv-alive" ->
                assertThat(((Number) chart.get("firstSeriesPoints")).longValue())
                        .as(id + " points")
                        .isEqualTo(rows);
            case "clv-holdout" ->
                assertThat(((Number) chart.get("series")).longValue())
                        .as(id + " series")
                        .isEqualTo(2);
            case "cohort-retention" ->
                assertThat(((Number) chart.get("heatRows")).longValue())
                        .as(id + " cohorts")
                        .isEqualTo(rows);
            case "survival-km", "table-survival-km" -> {
                assertThat(((Number) chart.get("series")).longValue())
                        .as(id + " curves")
                        .isEqualTo(rows);
                assertThat(((Number) chart.get("bands")).longValue())
                        .as(id + " bands")
                        .isEqualTo(rows);
            }
            case "drivers-quadrant" ->
                assertThat(((Number) chart.get("scatter")).longValue())
                        .as(id + " points")
                        .isEqualTo(rows);
            default -> throw new AssertionError("a chart this test does not know: " + id);
        }
    }

    private static Optional<Path> executable(String... names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(names)
                .flatMap(name ->
                        Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Elements whose right edge passes the viewport, except those inside a box that scrolls
     * sideways (a wide table's wrapper), which must itself fit.
     */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            const out = [];
            if (document.documentElement.scrollWidth > width) {
              out.push('page scrolls sideways: ' + document.documentElement.scrollWidth);
            }
            for (const e of document.body.querySelectorAll('*')) {
              if (e.closest('.table-wrap') && !e.classList.contains('table-wrap')) continue;
              if (e.closest('details:not([open])') && e.tagName !== 'DETAILS' && e.tagName !== 'SUMMARY') continue;
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > width + 0.5) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '')
                    + ' right edge ' + Math.round(r.right));
              }
            }
            return out.slice(0, 20);
            """;

    /** Per chart: its marks and the rows of the table of its numbers. */
    private static final String MARKS = """
            return Array.from(document.querySelectorAll('figure.chart')).map(f => {
              const svg = f.querySelector('svg');
              const series = svg.querySelectorAll('g.series');
              return {
                id: f.dataset.chart,
                width: svg.getBoundingClientRect().width,
                titled: !!svg.querySelector('title') && svg.getAttribute('role') === 'img',
                rows: f.querySelectorAll('details table tbody tr').length,
                bars: svg.querySelectorAll('rect.bar').length,
                whiskers: svg.querySelectorAll('path.whisker').length,
                series: series.length,
                bands: svg.querySelectorAll('path.band').length,
                firstSeriesPoints: series.length ? series[0].querySelectorAll('.point').length : 0,
                heatRows: svg.querySelectorAll('g.heat-row').length,
                scatter: svg.querySelectorAll('g.scatter-point').length
              };
            });
            """;
}
