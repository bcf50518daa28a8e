package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import dev.cxkit.internal.MaximumLikelihood;
import dev.cxkit.stats.MaximumLikelihoodEstimate;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fits' convergence diagnostics reach SLF4J at DEBUG (DESIGN-NOTES.md: what explains a
 * result is logged, nothing above DEBUG), captured here with Logback's {@link ListAppender}.
 */
class FitLoggingTest {

    @Test
    void paretoNbdFitLogsItsStagesIterationsAndConvergenceAtDebug() {
        Captured<ModelFit<ParetoNbdModel>> run =
                capture(Level.DEBUG, () -> ParetoNbdModel.fit(CdnowData.summaryPatterns()));
        MaximumLikelihoodEstimate estimate = run.result().estimate();
        assertThat(run.events()).isNotEmpty().allMatch(event -> event.getLevel() == Level.DEBUG);
        List<String> messages = run.messages();
        Matcher simplex = Pattern.compile(
                        "simplex stage for \\[r, alpha, s, beta]: (\\d+) iterations,"
                                + " (\\d+) evaluations, log-likelihood (\\S+)")
                .matcher(messages.stream()
                        .filter(m -> m.startsWith("simplex stage"))
                        .findFirst()
                        .orElseThrow());
        assertThat(simplex.matches()).isTrue();
        assertThat(Integer.parseInt(simplex.group(1)))
                .isEqualTo(estimate.iterations())
                .isPositive();
        assertThat(Integer.parseInt(simplex.group(2))).isBetween(1, estimate.evaluations());
        assertThat(Double.parseDouble(simplex.group(3))).isBetween(-9595.0, -9594.9);
        assertThat(messages)
                .anyMatch(m -> m.matches("BOBYQA stage for \\[r, alpha, s, beta]: \\d+ evaluations,"
                        + " log-likelihood -9594\\.97\\d+, converged true"))
                .anyMatch(m -> m.startsWith(
                                "maximum likelihood for [r, alpha, s, beta]: estimates [")
                        && m.contains(estimate.evaluations() + " evaluations, converged true")
                        && m.contains("standard errors [0.0476"))
                .anyMatch(m -> m.startsWith("Pareto/NBD fit converged on 2357 customers ("));
    }

    @Test
    void aFitThatFailsLogsWhyBeforeItThrows() {
        RfmPatterns unbounded =
                RfmPatterns.builder().add(3, 10, 10, 40).add(5, 10, 10, 40).build();
        Captured<Throwable> run = capture(Level.DEBUG, () -> {
            try {
                ParetoNbdModel.fit(unbounded);
                return null;
            } catch (FitFailedException expected) {
                return expected;
            }
        });
        assertThat(run.result()).isInstanceOf(FitFailedException.class);
        assertThat(run.messages())
                .anyMatch(m -> m.startsWith("simplex stage for [r, alpha, s, beta]: "))
                .anyMatch(m -> m.startsWith("maximum likelihood for [r, alpha, s, beta]: ")
                        && m.contains("standard errors not available"))
                .noneMatch(m -> m.contains("fit converged"));
    }

    @Test
    void nothingIsLoggedAboveDebug() {
        Captured<ModelFit<BgNbdModel>> run =
                capture(Level.INFO, () -> BgNbdModel.fit(CdnowData.summaryPatterns()));
        assertThat(run.events()).isEmpty();
        assertThatThrownBy(() -> capture(Level.INFO, () -> {
                    throw new IllegalStateException("the capture passes exceptions on");
                }))
                .hasMessage("the capture passes exceptions on");
    }

    /** What {@code action} returned and what the fit classes logged while it ran. */
    private record Captured<T>(T result, List<ILoggingEvent> events) {
        List<String> messages() {
            return events.stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .collect(Collectors.toList());
        }
    }

    /**
     * Runs {@code action} with the fit classes' loggers at {@code level}, capturing their events,
     * and restores the loggers afterwards.
     */
    private static <T> Captured<T> capture(Level level, Supplier<T> action) {
        List<Logger> loggers =
                List.of((Logger) LoggerFactory.getLogger(MaximumLikelihood.class), (Logger)
                        LoggerFactory.getLogger(RepeatBuyingFit.class));
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        List<Level> before = loggers.stream().map(Logger::getLevel).collect(Collectors.toList());
        for (Logger logger : loggers) {
            logger.setLevel(level);
            logger.addAppender(appender);
        }
        try {
            T result = action.get();
            return new Captured<>(result, List.copyOf(appender.list));
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).detachAppender(appender);
                loggers.get(i).setLevel(before.get(i));
            }
            appender.stop();
        }
    }
}
