package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The contract of an accumulator whose result has a binary form: {@link MergeContract}'s merge
 * laws, and the binary form round-trips bit for bit; combining decoded partial results equals
 * decoding the merged result; the decoder rejects corrupt bytes, and any damaged bytes give
 * either a result or an {@link IllegalArgumentException}, never another exception.
 *
 * <p>cxkit's own forms start with an {@code int} magic and a {@code byte} version ({@link
 * #hasCxkitHeader}); a form with a count at a known offset says where with {@link
 * #firstCountOffset}.
 *
 * @param <A> the accumulator
 * @param <R> its immutable result
 * @param <D> a batch of input items
 */
public abstract class AccumulatorContract<A, R, D> extends MergeContract<A, R, D> {

    /** The binary form of a result: one array per encoded part. */
    protected abstract List<byte[]> encode(R result);

    /** The result decoded from {@link #encode}'s parts. */
    protected abstract R decode(List<byte[]> parts);

    /** The result of both {@code first} and {@code second}, as a reader of partial results combines them. */
    protected abstract R combine(R first, R second);

    /**
     * True when the form starts with cxkit's header, an {@code int} magic and a {@code byte}
     * version, whose corruption must be named; false for a form that is another library's
     * encoding.
     */
    protected boolean hasCxkitHeader() {
        return true;
    }

    /** The form's current version, which the header must carry; 1 unless overridden. */
    protected byte version() {
        return 1;
    }

    /**
     * The offset of a {@code long} count in the first encoded part, where a negative value must
     * be rejected with a message containing {@code "must be >= 0"}; empty when the form has no
     * count at a fixed place.
     */
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return OptionalInt.empty();
    }

    /**
     * The offset of the first count of a form whose header is the score summaries' (magic,
     * version, short name length, name, two ints), for {@link #firstCountOffset}.
     */
    protected static OptionalInt afterScaleHeader(byte[] firstPart) {
        return OptionalInt.of(4 + 1 + 2 + ByteBuffer.wrap(firstPart).getShort(5) + 2 * 4);
    }

    @Test
    void binaryFormRoundTrips() {
        Property.check("binary round trip", trial -> {
            int size = trial.intIn(0, MAX_SIZE);
            R result = whole(data(trial, size), size);
            R decoded = decode(encode(result));
            assertThat(decoded).isEqualTo(result);
            List<byte[]> again = encode(decoded);
            List<byte[]> original = encode(result);
            assertThat(again).hasSameSizeAs(original);
            for (int i = 0; i < original.size(); i++) {
                assertThat(again.get(i)).isEqualTo(original.get(i));
            }
        });
    }

    @Test
    void combiningDecodedPartsEqualsDecodingTheMerged() {
        Property.check("merge of decoded", trial -> {
            int size = trial.intIn(0, MAX_SIZE);
            D data = data(trial, size);
            int cut = trial.intIn(0, size);
            A first = slice(data, 0, cut);
            A second = slice(data, cut, size);
            R combined = combine(decode(encode(snapshot(first))), decode(encode(snapshot(second))));
            merge(first, second);
            R decodedMerged = decode(encode(snapshot(first)));
            assertEquivalent(combined, decodedMerged);
            assertEquivalent(decodedMerged, whole(data, size));
        });
    }

    @Test
    void damagedBytesDecodeOrThrowIllegalArgument() {
        Property.check("damaged bytes", trial -> {
            int size = trial.intIn(0, MAX_SIZE / 4);
            List<byte[]> parts = new ArrayList<>(encode(whole(data(trial, size), size)));
            int part = trial.intIn(0, parts.size() - 1);
            byte[] damaged = parts.get(part).clone();
            if (damaged.length == 0 || trial.random().nextInt(4) == 0) {
                damaged = Arrays.copyOf(damaged, trial.random().nextInt(damaged.length + 1));
            } else {
                for (int flips = trial.intIn(1, 4); flips > 0; flips--) {
                    damaged[trial.random().nextInt(damaged.length)] ^=
                            (byte) (1 << trial.random().nextInt(8));
                }
            }
            parts.set(part, damaged);
            try {
                decode(parts);
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void decoderRejectsCorruptBytes() {
        Property.check("corrupt bytes", 20, trial -> {
            int size = trial.intIn(1, MAX_SIZE);
            List<byte[]> parts = encode(whole(data(trial, size), size));
            byte[] good = parts.get(0);
            assertRejected(parts, Arrays.copyOf(good, good.length - 1), "");
            assertRejected(parts, Arrays.copyOf(good, good.length + 1), "long, were");
            assertRejected(parts, new byte[3], hasCxkitHeader() ? "truncated" : "");
            if (hasCxkitHeader()) {
                byte[] magic = good.clone();
                magic[1] ^= 0x40;
                assertRejected(parts, magic, "magic");
                byte[] version = good.clone();
                version[4] = 9;
                assertRejected(parts, version, "version must be " + version() + ", was 9");
            }
            OptionalInt firstCount = firstCountOffset(good);
            if (firstCount.isPresent()) {
                byte[] negative = good.clone();
                ByteBuffer.wrap(negative)
                        .putLong(firstCount.getAsInt(), -trial.longIn(1, Long.MAX_VALUE));
                assertRejected(parts, negative, "must be >= 0");
            }
        });
    }

    private void assertRejected(List<byte[]> parts, byte[] firstPart, String message) {
        List<byte[]> corrupt = new ArrayList<>(parts);
        corrupt.set(0, firstPart);
        assertThatThrownBy(() -> decode(corrupt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
