package dev.cxkit.json.deser;

import dev.cxkit.model.YesNo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fields of one record, read from a JSON object or a CSV row, with typed accessors that
 * reject what does not fit by throwing a {@link FieldException} naming the field, the value
 * and what was expected.
 *
 * <p>{@linkplain #json(JsonNode) JSON fields} are typed: a number must be a JSON number, a flag
 * a JSON boolean. {@linkplain #text(JsonNode) Text fields} (CSV cells) are strings parsed as
 * needed. In both, a field that is absent, {@code null} or (text only) empty is missing: an
 * optional accessor returns empty, a required one throws. Nothing is ever defaulted to zero.
 */
public final class Fields {

    private static final String INTEGER_FORM = "ASCII digits with an optional leading '-'";
    private static final String DECIMAL_FORM =
            "ASCII digits with an optional leading '-', " + "decimal point and exponent";

    private final JsonNode object;
    private final String path;
    private final boolean textual;
    private final Options options;

    /**
     * How values are read beyond their JSON types: the time parser (none: ISO-8601 instants),
     * the most characters in a text number, and the record's origin.
     */
    private record Options(
            Function<String, Instant> times, int maxNumberLength, String source, long line) {
        static final Options DEFAULTS = new Options(null, Integer.MAX_VALUE, "record", 0);

        String origin() {
            return line < 1 ? source : source + ":" + line;
        }
    }

    private Fields(JsonNode object, String path, boolean textual, Options options) {
        this.object = object;
        this.path = path;
        this.textual = textual;
        this.options = options;
    }

    /**
     * {@return these fields with times read by {@code parser}, which throws an
     * {@link IllegalArgumentException} saying what it expected for text it cannot read} Text times
     * and, in JSON, numbers (epoch times) are handed to it as written.
     *
     * @param parser reads a time as written
     */
    public Fields withTimes(Function<String, Instant> parser) {
        Objects.requireNonNull(parser, "parser");
        return new Fields(
                object,
                path,
                textual,
                new Options(parser, options.maxNumberLength, options.source, options.line));
    }

    /**
     * {@return these fields with text numbers of at most {@code maxLength} characters}
     *
     * @param maxLength the longest number text accepted, in characters
     */
    public Fields withMaxNumberLength(int maxLength) {
        return new Fields(
                object,
                path,
                textual,
                new Options(options.times, maxLength, options.source, options.line));
    }

    /**
     * {@return these fields of the record at {@code line} of {@code source}}
     *
     * @param source the input's name, for example a file name
     * @param line the record's line, 1-based
     */
    public Fields withOrigin(String source, long line) {
        Objects.requireNonNull(source, "source");
        return new Fields(
                object,
                path,
                textual,
                new Options(options.times, options.maxNumberLength, source, line));
    }

    /**
     * {@return where the record comes from, for example {@code in.csv:17}; {@code record} if
     * unknown}
     */
    public String origin() {
        return options.origin();
    }

    /**
     * {@return the fields of a JSON object; values must have their JSON types}
     *
     * @param object the JSON object
     */
    public static Fields json(JsonNode object) {
        return root(object, false);
    }

    /**
     * {@return the fields of a CSV row as an object of strings; values are parsed from text}
     *
     * @param object the CSV row as an object of strings
     */
    public static Fields text(JsonNode object) {
        return root(object, true);
    }

    private static Fields root(JsonNode object, boolean textual) {
        Objects.requireNonNull(object, "object");
        if (!object.isObject()) {
            throw new FieldException(
                    Optional.empty(), Optional.of(object.toString()), "expected a JSON object");
        }
        return new Fields(object, "", textual, Options.DEFAULTS);
    }

    /**
     * {@return a non-blank string}
     *
     * @param name the field's name
     */
    public String id(String name) {
        String value = string(name);
        if (value.isBlank()) {
            throw invalid(name, "must not be blank");
        }
        return value;
    }

    /**
     * {@return a string, possibly blank}
     *
     * @param name the field's name
     */
    public String string(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    /**
     * {@return a string, if present}
     *
     * @param name the field's name
     */
    public Optional<String> optionalString(String name) {
        return present(name).map(node -> {
            if (!node.isString()) {
                throw invalid(name, "expected a string");
            }
            return node.stringValue();
        });
    }

    /**
     * {@return a non-blank string, if present}
     *
     * @param name the field's name
     */
    public Optional<String> optionalId(String name) {
        return present(name).map(node -> id(name));
    }

    /**
     * {@return an integer in {@code int} range}
     *
     * @param name the field's name
     */
    public int integer(String name) {
        return optionalInteger(name).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an integer in {@code int} range, if present}
     *
     * @param name the field's name
     */
    public OptionalInt optionalInteger(String name) {
        Optional<JsonNode> node = present(name);
        if (node.isEmpty()) {
            return OptionalInt.empty();
        }
        if (textual) {
            try {
                return OptionalInt.of(Integer.parseInt(numberText(name, false, "an integer")));
            } catch (NumberFormatException notAnInt) {
                throw invalid(name, "expected an integer in int range");
            }
        }
        if (!node.get().isIntegralNumber()) {
            throw invalid(name, "expected an integer");
        }
        if (!node.get().canConvertToInt()) {
            throw invalid(name, "expected an integer in int range");
        }
        return OptionalInt.of(node.get().intValue());
    }

    /**
     * {@return a finite number}
     *
     * @param name the field's name
     */
    public double number(String name) {
        return optionalNumber(name).orElseThrow(() -> missing(name));
    }

    /**
     * {@return a finite number, if present}
     *
     * @param name the field's name
     */
    public Optional<Double> optionalNumber(String name) {
        return present(name).map(node -> {
            double value;
            if (textual) {
                String text = numberText(name, true, "a number");
                value = Double.parseDouble(text);
                if (roundsToZero(text, value)) {
                    throw invalid(
                            name,
                            "expected a number of magnitude at least " + Double.MIN_VALUE
                                    + " (it rounds to 0)");
                }
            } else if (node.isNumber()) {
                value = node.doubleValue();
            } else {
                throw invalid(name, "expected a number");
            }
            if (!Double.isFinite(value)) {
                throw invalid(name, "expected a finite number");
            }
            return value;
        });
    }

    /**
     * {@return a whole count, {@code >= 0}}
     *
     * @param name the field's name
     */
    public long count(String name) {
        JsonNode node = required(name);
        if (textual) {
            try {
                return nonNegative(name, Long.parseLong(numberText(name, false, "a whole number")));
            } catch (NumberFormatException notALong) {
                throw invalid(name, "expected a whole number in long range");
            }
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw invalid(name, "expected a whole number in long range");
        }
        return nonNegative(name, node.longValue());
    }

    /**
     * {@return {@code true} or {@code false}; as text (a CSV cell) also, in any case, {@code yes} /
     * {@code no}, {@code y} / {@code n} and {@code 1} / {@code 0}}
     *
     * @param name the field's name
     */
    public boolean flag(String name) {
        JsonNode node = required(name);
        if (textual) {
            Optional<Boolean> value = standardFlag(node.stringValue());
            if (value.isPresent()) {
                return value.get();
            }
            throw invalid(name, "expected " + STANDARD_FLAGS);
        } else if (node.isBoolean()) {
            return node.booleanValue();
        }
        throw invalid(name, "expected true or false");
    }

    /** The values {@link #standardFlag(String)} reads, as a message shows them. */
    public static final String STANDARD_FLAGS = YesNo.VALUES;

    /**
     * {@return the truth value of {@code text} read as a flag, as {@link YesNo#parse(String)} reads
     * it: {@code yes}, {@code y}, {@code true}, {@code 1} are true and {@code no}, {@code n},
     * {@code false}, {@code 0} false, in any case, around blanks; anything else is empty}
     *
     * @param text the value as written
     */
    public static Optional<Boolean> standardFlag(String text) {
        return YesNo.parse(text);
    }

    /**
     * {@return the value of field {@code name} as written, if present: a string as it is, a number
     * or a boolean as its JSON text; an object or array is rejected}
     *
     * @param name the field's name
     */
    public Optional<String> optionalScalar(String name) {
        return present(name).map(node -> {
            if (node.isString()) {
                return node.stringValue();
            }
            if (node.isNumber() || node.isBoolean()) {
                return node.toString();
            }
            throw invalid(name, "expected a single value");
        });
    }

    /**
     * {@return a time: an ISO-8601 instant such as {@code 2024-05-01T12:00:00Z} (an offset is
     * allowed), or what the {@linkplain #withTimes(Function) time parser} reads}
     *
     * @param name the field's name
     */
    public Instant instant(String name) {
        return optionalInstant(name).orElseThrow(() -> missing(name));
    }

    /**
     * {@return an ISO-8601 instant, if present}
     *
     * @param name the field's name
     */
    public Optional<Instant> optionalInstant(String name) {
        if (options.times != null) {
            return optionalScalar(name)
                    .map(text -> checked(Optional.of(name), () -> options.times.apply(text)));
        }
        return optionalString(name).map(text -> {
            try {
                return IsoInstants.instant(text.trim());
            } catch (DateTimeParseException notAnInstant) {
                throw invalid(name, "expected an ISO-8601 instant such as 2024-05-01T12:00:00Z");
            }
        });
    }

    /**
     * {@return an ISO-8601 duration such as {@code PT1M30S}, if present}
     *
     * @param name the field's name
     */
    public Optional<Duration> optionalDuration(String name) {
        return optionalString(name).map(text -> {
            try {
                return Duration.parse(text.trim());
            } catch (DateTimeParseException notADuration) {
                throw invalid(name, "expected an ISO-8601 duration such as PT1M30S");
            }
        });
    }

    /**
     * {@return one of {@code type}'s constants, written as {@link EnumNames} says}
     *
     * @param <E> the enum type
     * @param name the field's name
     * @param type the enum type
     */
    public <E extends Enum<E>> E constant(String name, Class<E> type) {
        String text = string(name).trim();
        return checked(Optional.of(name), () -> EnumNames.parse(type, text));
    }

    /**
     * {@return an object of string values, empty when absent}
     *
     * @param name the field's name
     */
    public Map<String, String> stringMap(String name) {
        Optional<JsonNode> node = present(name);
        if (node.isEmpty()) {
            return Map.of();
        }
        if (!node.get().isObject()) {
            throw invalid(name, "expected an object of strings");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.get().properties()) {
            if (!entry.getValue().isString()) {
                throw new FieldException(
                        Optional.of(path + name + "." + entry.getKey()),
                        Optional.of(entry.getValue().toString()),
                        "expected a string");
            }
            values.put(entry.getKey(), entry.getValue().stringValue());
        }
        return values;
    }

    /**
     * {@return the field names of the nested object {@code name}, in order}
     *
     * @param name the field's name
     */
    public List<String> names(String name) {
        JsonNode node = required(name);
        if (!node.isObject()) {
            throw invalid(name, "expected an object");
        }
        return List.copyOf(node.propertyNames());
    }

    /**
     * {@return a nested object, decoded by {@code decoder}}
     *
     * @param <T> the type of the object
     * @param name the field's name
     * @param decoder decodes the object from its fields
     */
    public <T> T object(String name, Function<Fields, T> decoder) {
        JsonNode node = required(name);
        if (!node.isObject()) {
            throw invalid(name, "expected an object");
        }
        return decoder.apply(new Fields(node, path + name + ".", textual, options));
    }

    /**
     * {@return an array of objects, each decoded by {@code decoder}; empty when absent}
     *
     * @param <T> the type of the elements
     * @param name the field's name
     * @param decoder decodes one element from its fields
     */
    public <T> List<T> list(String name, Function<Fields, T> decoder) {
        JsonNode array = array(name, false);
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String at = path + name + "[" + i + "]";
            if (!element.isObject()) {
                throw new FieldException(
                        Optional.of(at), Optional.of(element.toString()), "expected an object");
            }
            values.add(decoder.apply(new Fields(element, at + ".", textual, options)));
        }
        return values;
    }

    /**
     * {@return an array of strings}
     *
     * @param name the field's name
     */
    public List<String> strings(String name) {
        JsonNode array = array(name, true);
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isString()) {
                throw element(name, i, array.get(i), "expected a string");
            }
            values.add(array.get(i).stringValue());
        }
        return values;
    }

    /**
     * {@return an array of whole numbers in {@code long} range}
     *
     * @param name the field's name
     */
    public long[] longs(String name) {
        JsonNode array = array(name, true);
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode element = array.get(i);
            if (!element.isIntegralNumber() || !element.canConvertToLong()) {
                throw element(name, i, element, "expected a whole number in long range");
            }
            values[i] = element.longValue();
        }
        return values;
    }

    /**
     * {@return an array of finite numbers}
     *
     * @param name the field's name
     */
    public double[] doubles(String name) {
        JsonNode array = array(name, true);
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode element = array.get(i);
            if (!element.isNumber() || !Double.isFinite(element.doubleValue())) {
                throw element(name, i, element, "expected a finite number");
            }
            values[i] = element.doubleValue();
        }
        return values;
    }

    /**
     * Runs {@code check}, which validates field {@code name}, turning the
     * {@link IllegalArgumentException} or {@link NullPointerException} of a cxkit constructor
     * into a {@link FieldException} for that field; with an empty {@code name} no single field is
     * blamed.
     *
     * @param <T> the type of the checked value
     * @param name the field blamed for a failure, or empty for none
     * @param check computes the value, throwing the exception of a cxkit constructor when it is
     *     invalid
     * @return the value {@code check} computed
     */
    public <T> T checked(Optional<String> name, Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException | NullPointerException rejected) {
            Optional<String> value = name.flatMap(this::present).map(this::shown);
            String reason = Objects.requireNonNullElse(rejected.getMessage(), "rejected");
            if (value.isPresent()) {
                reason = withoutEcho(reason, value.get());
            }
            throw new FieldException(name.map(field -> path + field), value, reason);
        }
    }

    /**
     * {@code reason} without its closing {@code ", was VALUE"} when VALUE is the field's value
     * {@code shown}, as text or as the same number written another way ({@code 1.0E200} for
     * {@code 1e200}): the exception shows the value once, as the input has it.
     */
    private static String withoutEcho(String reason, String shown) {
        int at = reason.lastIndexOf(", was ");
        if (at <= 0) {
            return reason;
        }
        String echoed = reason.substring(at + ", was ".length());
        return echoed.equals(shown) || sameNumber(echoed, shown) ? reason.substring(0, at) : reason;
    }

    private static boolean sameNumber(String first, String second) {
        try {
            return Double.parseDouble(first) == Double.parseDouble(second);
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }

    /**
     * {@return a {@link FieldException} for field {@code name}, holding its value if present, with
     * {@code reason}: for checks a decoder makes itself}
     *
     * @param name the field's name
     * @param reason what was expected, in the user's words
     */
    public FieldException rejected(String name, String reason) {
        return invalid(name, reason);
    }

    /**
     * Rejects field {@code name} when present and not {@code expected} ({@code meaning}).
     *
     * @param name the field's name
     * @param expected the only count allowed
     * @param meaning what the count must equal, for the message
     */
    public void checkCount(String name, long expected, String meaning) {
        if (has(name) && count(name) != expected) {
            throw invalid(name, "must equal " + meaning + ", " + expected);
        }
    }

    /**
     * The names of the fields, in the record's order (a CSV row's: its header's).
     *
     * @return the field names
     */
    public List<String> names() {
        return List.copyOf(object.propertyNames());
    }

    /**
     * {@return true when field {@code name} is present (not absent, null or, for text, empty)}
     *
     * @param name the field's name
     */
    public boolean has(String name) {
        return present(name).isPresent();
    }

    private JsonNode array(String name, boolean required) {
        Optional<JsonNode> node = present(name);
        if (node.isEmpty()) {
            if (required) {
                throw missing(name);
            }
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!node.get().isArray()) {
            throw invalid(name, "expected an array");
        }
        return node.get();
    }

    private Optional<JsonNode> present(String name) {
        JsonNode node = object.get(name);
        if (node == null
                || node.isNull()
                || textual && node.isString() && node.stringValue().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(node);
    }

    private JsonNode required(String name) {
        return present(name).orElseThrow(() -> missing(name));
    }

    /**
     * The trimmed text of field {@code name} when it is an integer (or, if {@code decimal}, a
     * decimal number) written in ASCII within the number length; rejects it, saying it expected
     * {@code what}, otherwise: {@code +9}, {@code ٩}, {@code ９}, {@code 0x1p3}, {@code NaN} and
     * {@code 9d}, which Java's own parsers accept, are not numbers in a data file.
     */
    private String numberText(String name, boolean decimal, String what) {
        String text = required(name).stringValue().trim();
        if (text.length() > options.maxNumberLength) {
            throw invalid(
                    name,
                    "expected " + what + " of at most " + options.maxNumberLength
                            + " characters, had " + text.length());
        }
        if (!(decimal ? isDecimal(text) : isInteger(text))) {
            throw invalid(
                    name,
                    "expected " + what + " (" + (decimal ? DECIMAL_FORM : INTEGER_FORM) + ")");
        }
        return text;
    }

    /** {@code -?[0-9]+}. */
    private static boolean isInteger(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        return digits(text, i) == text.length() && text.length() > i;
    }

    /** {@code -?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)?}. */
    private static boolean isDecimal(String text) {
        int n = text.length();
        int i = text.startsWith("-") ? 1 : 0;
        int whole = digits(text, i);
        int fraction = whole;
        if (whole < n && text.charAt(whole) == '.') {
            fraction = digits(text, whole + 1);
        }
        boolean mantissa = whole > i || fraction > whole + 1;
        if (!mantissa) {
            return false;
        }
        if (fraction == n) {
            return true;
        }
        char e = text.charAt(fraction);
        if (e != 'e' && e != 'E') {
            return false;
        }
        int sign = fraction + 1;
        if (sign < n && (text.charAt(sign) == '-' || text.charAt(sign) == '+')) {
            sign++;
        }
        return sign < n && digits(text, sign) == n;
    }

    /** The index after the run of ASCII digits starting at {@code from}. */
    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /**
     * {@return true when {@code value}, parsed from the decimal {@code number}, is 0 although the
     * number is not: {@code 1e-400} underflows to 0 and is no amount or weight anyone wrote}
     *
     * @param number the number as written, in decimal
     * @param value the number parsed from it
     */
    public static boolean roundsToZero(String number, double value) {
        return value == 0 && hasNonZeroDigit(number);
    }

    private static boolean hasNonZeroDigit(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private long nonNegative(String name, long value) {
        if (value < 0) {
            throw invalid(name, "must be >= 0");
        }
        return value;
    }

    private String shown(JsonNode node) {
        return node.isString() ? node.stringValue() : node.toString();
    }

    private FieldException missing(String name) {
        return new FieldException(
                Optional.of(path + name), Optional.empty(), "required field is missing");
    }

    private FieldException invalid(String name, String reason) {
        return new FieldException(Optional.of(path + name), present(name).map(this::shown), reason);
    }

    private FieldException element(String name, int index, JsonNode element, String reason) {
        return new FieldException(
                Optional.of(path + name + "[" + index + "]"),
                Optional.of(element.toString()),
                reason);
    }
}
