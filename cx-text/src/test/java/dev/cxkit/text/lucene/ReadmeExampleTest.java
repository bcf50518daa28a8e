package dev.cxkit.text.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.text.DistinctiveTerms;
import dev.cxkit.text.TermContrast;
import dev.cxkit.text.TermCountAccumulator;

import org.junit.jupiter.api.Test;

/** The README's comment analytics example, as written there. */
class ReadmeExampleTest {

    @Test
    void readmeExample() {
        CommentAnalyzer pt = CommentAnalyzer.of("pt");
        TermCountAccumulator low = TermCountAccumulator.create(pt.id(), 100_000, 2);
        TermCountAccumulator high = TermCountAccumulator.create(pt.id(), 100_000, 2);
        low.add(pt.tokens("Não recebi o produto"));
        low.add(pt.tokens("Ainda não recebi, prazo passou"));
        high.add(pt.tokens("Produto ótimo, recomendo"));
        high.add(pt.tokens("Chegou antes do prazo, recomendo"));
        DistinctiveTerms terms = DistinctiveTerms.compare(low.snapshot(), high.snapshot());

        assertThat(terms.topFirst(3))
                .extracting(TermContrast::term)
                .containsExactly("não", "não recebi", "recebi");
        assertThat(terms.topSecond(1)).extracting(TermContrast::term).containsExactly("recomend");
    }
}
