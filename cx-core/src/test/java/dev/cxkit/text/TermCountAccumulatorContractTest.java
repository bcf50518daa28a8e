package dev.cxkit.text;

import dev.cxkit.score.AccumulatorContract;
import dev.cxkit.testing.Property.Trial;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The accumulator laws for term counts, within the exact vocabulary bound. */
class TermCountAccumulatorContractTest
        extends AccumulatorContract<TermCountAccumulator, TermCounts, List<List<String>>> {

    private static final String[] WORDS = {
        "entrega",
        "atraso",
        "produto",
        "ótimo",
        "caixa",
        "não",
        "recebi",
        "errado",
        "rápido",
        "recomendo",
        "ძალიან",
        "კარგი",
        "շատ",
        "լավ",
        "خیلی",
        "خوب",
        "bom",
        "ruim",
        "prazo",
        "loja"
    };

    @Override
    protected TermCountAccumulator create() {
        return TermCountAccumulator.create("pt", 1000, 2);
    }

    @Override
    protected List<List<String>> data(Trial trial, int size) {
        List<List<String>> comments = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int length = trial.intIn(0, 8);
            List<String> terms = new ArrayList<>(length);
            for (int j = 0; j < length; j++) {
                terms.add(WORDS[trial.intIn(0, WORDS.length - 1)]);
            }
            comments.add(terms);
        }
        return comments;
    }

    @Override
    protected void addEach(
            TermCountAccumulator accumulator, List<List<String>> data, int from, int to) {
        for (int i = from; i < to; i++) {
            accumulator.add(data.get(i));
        }
    }

    @Override
    protected void addBatch(
            TermCountAccumulator accumulator, List<List<String>> data, int from, int to) {
        accumulator.addAll(data.subList(from, to));
    }

    @Override
    protected void merge(TermCountAccumulator into, TermCountAccumulator other) {
        if (other.comments() % 2 == 0) {
            into.merge(other);
        } else {
            into.merge(other.snapshot());
        }
    }

    @Override
    protected TermCounts snapshot(TermCountAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected TermCounts collect(List<List<String>> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream)
                .collect(TermCountAccumulator.toTermCounts("pt", 1000, 2));
    }

    @Override
    protected List<byte[]> encode(TermCounts result) {
        return List.of(result.toByteArray());
    }

    @Override
    protected TermCounts decode(List<byte[]> parts) {
        return TermCounts.fromByteArray(parts.get(0));
    }

    @Override
    protected TermCounts combine(TermCounts first, TermCounts second) {
        return create().merge(first).merge(second).snapshot();
    }

    /** The count of comments: magic, version, analyzer name, bound and n-gram order before it. */
    @Override
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return afterScaleHeader(firstPart);
    }
}
