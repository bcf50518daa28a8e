package dev.cxkit.json.read;

import java.util.OptionalLong;

/** Where decoding met invalid UTF-8, as character offsets into the decoded text. */
interface InvalidUtf8 {

    /** Text that was given as characters has no invalid bytes. */
    InvalidUtf8 NONE = offset -> OptionalLong.empty();

    /**
     * The first offset of invalid UTF-8 before {@code offset}, if any; forgets all of them, so
     * each is reported with one record only.
     */
    OptionalLong takeBefore(long offset);
}
