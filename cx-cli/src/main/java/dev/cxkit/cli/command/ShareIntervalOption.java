package dev.cxkit.cli.command;

import dev.cxkit.cli.Choices;
import dev.cxkit.cli.UsageException;
import dev.cxkit.stats.ProportionInterval;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The {@code --interval} option of the commands that report a share ({@code cx churn}, {@code cx
 * csat}, {@code cx ces --agree}): Wilson's score interval (the default) or Agresti-Coull's, as
 * {@link ProportionInterval} names them.
 */
final class ShareIntervalOption {

    @Option(
            names = "--interval",
            paramLabel = "METHOD",
            converter = Converter.class,
            description = "Interval of a share: wilson or agresti-coull (default wilson).")
    private ProportionInterval method;

    /** The method given, else Wilson's. */
    ProportionInterval method() {
        return method == null ? ProportionInterval.WILSON : method;
    }

    /**
     * Refuses {@code --interval} where the command reports no share.
     *
     * @param reported what the command reports instead, e.g. "--mean reports the mean score with
     *     its t interval"
     * @throws UsageException when {@code --interval} was given
     */
    void requireAbsent(String reported) {
        if (method != null) {
            throw new UsageException("--interval chooses the interval of a share; " + reported);
        }
    }

    /** Reads {@code --interval}. */
    static final class Converter implements ITypeConverter<ProportionInterval> {
        @Override
        public ProportionInterval convert(String value) {
            return Choices.of(ProportionInterval.class, value);
        }
    }
}
