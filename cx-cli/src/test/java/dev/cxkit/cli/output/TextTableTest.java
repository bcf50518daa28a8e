package dev.cxkit.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

class TextTableTest {

    @Test
    void alignsTextLeftAndNumbersRight() {
        StringWriter text = new StringWriter();
        new TextTable(List.of("touchpoint", "n"))
                .row(List.of("web", "1200"))
                .row(List.of("support-phone", "7"))
                .print(new PrintWriter(text));
        assertThat(text.toString().lines())
                .containsExactly(
                        "touchpoint        n",
                        "-------------  ----",
                        "web            1200",
                        "support-phone     7");
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        assertThatThrownBy(() -> new TextTable(List.of("a", "b")).row(List.of("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row must have 2 cells, had 1");
    }
}
