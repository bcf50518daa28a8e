package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The jar's usage contract: help, version and usage errors with exit code 2. */
class CxUsageIT {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() throws Exception {
        CxProcess.Result result = CxProcess.run(dir, "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("Usage: cx", "Customer-experience reports");
    }

    @Test
    void versionNamesTheRelease() throws Exception {
        CxProcess.Result result = CxProcess.run(dir, "--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("cx 0.1.0");
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        CxProcess.Result result = CxProcess.run(dir, "--no-such-option");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("Unknown option: '--no-such-option'");
    }
}
