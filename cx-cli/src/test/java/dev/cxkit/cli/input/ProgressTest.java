package dev.cxkit.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress line: silent for two seconds and then at most twice a second; bytes of the total
 * when one thread reads, and the records of all threads when several do, counted exactly when
 * they report at the same time; nothing at all when disabled (not a terminal, or quiet).
 */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    @Test
    void oneThreadShowsBytesOfTheTotalAfterTwoSecondsAtMostTwiceASecond() {
        try (Progress progress = new Progress(new PrintWriter(text), true, 8_000_000, now::get)) {
            now.set(SECOND);
            progress.update(1_000_000, 10_000);
            assertThat(text.toString()).isEmpty();
            now.set(2 * SECOND);
            progress.update(2_000_000, 40_000);
            now.set(2 * SECOND + SECOND / 4);
            progress.update(3_000_000, 50_000);
        }
        assertThat(text.toString())
                .isEqualTo("\r2.0 MB of 8.0 MB read, 20,000 records/s   " + System.lineSeparator());
    }

    @Test
    void severalThreadsShowTheRecordsOfAll() throws InterruptedException {
        try (Progress progress = new Progress(new PrintWriter(text), true, 390_000_000, now::get)) {
            now.set(4 * SECOND);
            Runnable reader = () -> {
                for (int i = 0; i < 10_000; i++) {
                    progress.add(100);
                }
            };
            Thread first = new Thread(reader);
            Thread second = new Thread(reader);
            first.start();
            second.start();
            first.join();
            second.join();
            now.set(5 * SECOND);
            progress.add(0);
        }
        assertThat(text.toString())
                .endsWith("\r2,000,000 records of a 390.0 MB file read, 400,000 records/s   "
                        + System.lineSeparator());
    }

    @Test
    void aDisabledProgressWritesNothing() {
        try (Progress progress = new Progress(new PrintWriter(text), false, 100, now::get)) {
            now.set(10 * SECOND);
            progress.update(100, 1);
            progress.add(1);
        }
        assertThat(text.toString()).isEmpty();
    }
}
