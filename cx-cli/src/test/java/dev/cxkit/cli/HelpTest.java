package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code --help} documents every option and parameter of every command. */
class HelpTest {

    @TempDir
    Path dir;

    @Test
    void everyOptionAndParameterOfEveryCommandIsDescribed() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, CommandLine> commands = new CommandLine(new Cx()).getSubcommands();
        assertThat(commands)
                .containsKeys(
                        "nps",
                        "csat",
                        "ces",
                        "journey",
                        "survival",
                        "churn",
                        "clv",
                        "drivers",
                        "report",
                        "sample");
        for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
            for (ArgSpec arg : command.getValue().getCommandSpec().args()) {
                String name = arg.isOption()
                        ? ((CommandLine.Model.OptionSpec) arg).longestName()
                        : arg.paramLabel();
                softly.assertThat(String.join(" ", arg.description()).trim())
                        .as("cx %s %s", command.getKey(), name)
                        .isNotEmpty();
            }
        }
        softly.assertAll();
    }

    /** picocli formats help text with String.format: a lone '%' prints a warning and raw text. */
    @Test
    void everyHelpTextFormatsCleanly() {
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, CommandLine> command :
                new CommandLine(new Cx()).getSubcommands().entrySet()) {
            CommandLine.Model.CommandSpec spec = command.getValue().getCommandSpec();
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            spec.args().forEach(arg -> texts.addAll(List.of(arg.description())));
            for (String text : texts) {
                softly.assertThatCode(() -> String.format(text))
                        .as("cx %s: %s", command.getKey(), text)
                        .doesNotThrowAnyException();
            }
        }
        softly.assertAll();
    }

    @Test
    void helpOfEveryCommandExitsZeroAndShowsItsOptions() {
        for (String command : new CommandLine(new Cx()).getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            CxRun.Result result = CxRun.in(dir, command, "--help");
            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.stdout())
                    .as(command)
                    .startsWith("Usage: cx " + command)
                    .contains("--help");
        }
    }

    @Test
    void noCommandPrintsTheUsageAndIsAUsageError() {
        CxRun.Result result = CxRun.in(dir);
        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stderr()).contains("Usage: cx", "nps", "survival", "report");
        assertThat(result.stdout()).isEmpty();
    }
}
