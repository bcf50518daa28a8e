package dev.cxkit.json.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bytes handled eight at a time, as the bytes of a little-endian {@code long} (SWAR, "SIMD within
 * a register"): the readers find line ends and string ends a word at a time. A test marks a byte
 * by its high bit ({@code 0x80} in the byte's place). {@link #equal} marks exactly the equal
 * bytes; {@link #below} is exact up to the first marked byte (a borrow can only mark bytes after
 * it), which is all {@link #firstMarked} reads. See H. S. Warren,
 * <i>Hacker's Delight</i> (2nd ed., 2012), section 6-1. Stateless.
 */
final class ByteWords {

    /** The high bit of every byte. */
    static final long HIGH_BITS = 0x8080808080808080L;

    private static final long ONES = 0x0101010101010101L;
    private static final long LOW_BITS = 0x7f7f7f7f7f7f7f7fL;
    private static final VarHandle WORDS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteWords() {}

    /** {@return the eight bytes {@code bytes[at..at+8)} as a word, the first the lowest} */
    static long word(byte[] bytes, int at) {
        return (long) WORDS.get(bytes, at);
    }

    /** {@return {@code c} in every byte of a word} */
    static long everyByte(char c) {
        return c * ONES;
    }

    /**
     * {@return the marks of the bytes of {@code word} equal to the byte of {@code pattern}, exact
     * for every byte}
     */
    static long equal(long word, long pattern) {
        long zeroWhereEqual = word ^ pattern;
        return ~((zeroWhereEqual & LOW_BITS) + LOW_BITS | zeroWhereEqual | LOW_BITS);
    }

    /** {@return the marks of the bytes of {@code word} below {@code n}, for {@code n <= 0x80}} */
    static long below(long word, int n) {
        return (word - n * ONES) & ~word & HIGH_BITS;
    }

    /** {@return the index (0 to 7) of the first marked byte in {@code marks}, not 0} */
    static int firstMarked(long marks) {
        return Long.numberOfTrailingZeros(marks) >>> 3;
    }

    /** {@return the bits of the bytes of a word before byte {@code index} (0 to 7)} */
    static long before(int index) {
        return (1L << (index << 3)) - 1;
    }
}
