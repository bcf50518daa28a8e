package dev.cxkit.cli.command;

import dev.cxkit.cli.UsageException;
import dev.cxkit.model.Scale;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two sides of {@code cx comments --compare A:B} on one scale. A side is a score range
 * ({@code 1-2}, {@code 5}) or a name: {@code detractors}/{@code low}, {@code passives}/{@code
 * middle}, {@code promoters}/{@code high}. On the NPS scale these are the NPS groups (0-6,
 * 7-8, 9-10); on any other scale low is the bottom two points, high the top two and middle the
 * points between. The second side may be {@code rest}: every comment not on the first side.
 *
 * @param first the first side
 * @param second the second side, or null for the rest
 */
record CommentSides(Side first, Side second) {

    private static final Pattern RANGE = Pattern.compile("(-?[0-9]+)(?:-(-?[0-9]+))?");

    /** One side: a name and an inclusive score range. */
    record Side(String name, int min, int max) {
        boolean contains(int score) {
            return score >= min && score <= max;
        }

        String scores() {
            return min == max ? Integer.toString(min) : min + "-" + max;
        }

        String label() {
            return name + " (" + scores() + ")";
        }
    }

    /** Which side a score is on: 0 first, 1 second, -1 neither. */
    int sideOf(int score) {
        if (first.contains(score)) {
            return 0;
        }
        return second == null || second.contains(score) ? 1 : -1;
    }

    String secondLabel() {
        return second == null ? "rest" : second.label();
    }

    String secondScores() {
        return second == null ? "rest" : second.scores();
    }

    String secondName() {
        return second == null ? "rest" : second.name();
    }

    static CommentSides parse(String spec, Scale scale) {
        String[] parts = spec.split(":", -1);
        if (parts.length != 2) {
            throw new UsageException("--compare must be two sides A:B such as detractors:promoters,"
                    + " low:rest or 1-2:4-5, was '" + spec + "'");
        }
        Side first = side(parts[0], scale, spec);
        if (parts[1].trim().equalsIgnoreCase("rest")) {
            return new CommentSides(first, null);
        }
        Side second = side(parts[1], scale, spec);
        if (first.min() <= second.max() && second.min() <= first.max()) {
            throw new UsageException("--compare sides must not overlap, were " + first.label()
                    + " and " + second.label());
        }
        return new CommentSides(first, second);
    }

    private static Side side(String text, Scale scale, String spec) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        boolean nps = scale.equals(Scale.NPS);
        int min = scale.min();
        int max = scale.max();
        Side side = switch (name) {
            case "detractors", "low" -> new Side(name, min, nps ? 6 : min + 1);
            case "passives", "middle" -> new Side(name, nps ? 7 : min + 2, nps ? 8 : max - 2);
            case "promoters", "high" -> new Side(name, nps ? 9 : max - 1, max);
            default -> range(name, spec);
        };
        if (side.min() > side.max() || side.min() < min || side.max() > max) {
            throw new UsageException("--compare side '" + text.trim() + "' must be scores within "
                    + scale.name() + " (" + min + ".." + max + "), was " + side.label());
        }
        return side;
    }

    private static Side range(String name, String spec) {
        Matcher matcher = RANGE.matcher(name);
        if (!matcher.matches()) {
            throw new UsageException("--compare side '" + name + "' in '" + spec + "' must be "
                    + "detractors, passives, promoters, low, middle, high, rest or scores such "
                    + "as 1-2");
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        return new Side(
                matcher.group(2) == null ? "score " + from : "scores " + from + "-" + to, from, to);
    }
}
