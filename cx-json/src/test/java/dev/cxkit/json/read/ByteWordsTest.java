package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

/**
 * The word-at-a-time byte tests agree with byte-by-byte ones: on words of bytes drawn to hit the
 * patterns, their neighbours and the high bytes, {@link ByteWords#equal} marks exactly the equal
 * bytes and {@link ByteWords#below} the first byte below its bound, and no byte before it.
 */
class ByteWordsTest {

    private static final byte[] DRAWS = {
        '\n',
        '\r',
        '"',
        '\\',
        0,
        1,
        0x1f,
        ' ',
        '!',
        0x0b,
        0x0c,
        0x0e,
        0x7f,
        (byte) 0x80,
        (byte) 0x8a,
        (byte) 0x8d,
        (byte) 0xa2,
        (byte) 0xdc,
        (byte) 0xff,
        'a',
        '0'
    };

    @Test
    void marksTheFirstMatchingByteExactly() {
        Property.check("SWAR first match", 20_000, trial -> {
            SplittableRandom random = trial.random();
            byte[] bytes = new byte[Long.BYTES];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = DRAWS[random.nextInt(DRAWS.length)];
            }
            long word = ByteWords.word(bytes, 0);
            for (char pattern : new char[] {'\n', '\r', '"', '\\'}) {
                assertThat(ByteWords.equal(word, ByteWords.everyByte(pattern)))
                        .as("bytes %d in %s", (int) pattern, hex(bytes))
                        .isEqualTo(marks(bytes, b -> b == pattern));
            }
            assertThat(first(ByteWords.below(word, ' ')))
                    .as("first control character in %s", hex(bytes))
                    .isEqualTo(firstWhere(bytes, b -> (b & 0xff) < ' '));
            int index = random.nextInt(Long.BYTES);
            long before = 0;
            for (int i = 0; i < index; i++) {
                before |= (bytes[i] & 0xffL) << (8 * i);
            }
            assertThat(word & ByteWords.before(index)).isEqualTo(before);
        });
    }

    private interface BytePredicate {
        boolean test(byte b);
    }

    private static long marks(byte[] bytes, BytePredicate predicate) {
        long marks = 0;
        for (int i = 0; i < bytes.length; i++) {
            marks |= predicate.test(bytes[i]) ? 0x80L << (8 * i) : 0;
        }
        return marks;
    }

    private static int first(long marks) {
        return marks == 0 ? -1 : ByteWords.firstMarked(marks);
    }

    private static int firstWhere(byte[] bytes, BytePredicate predicate) {
        for (int i = 0; i < bytes.length; i++) {
            if (predicate.test(bytes[i])) {
                return i;
            }
        }
        return -1;
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02x ", b & 0xff));
        }
        return hex.toString().trim();
    }
}
