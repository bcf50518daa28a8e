package dev.cxkit.text.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.text.LexiconScorer;
import dev.cxkit.text.TermCountAccumulator;
import dev.cxkit.text.TermCounts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

class CommentAnalyzerTest {

    @Test
    void portugueseDropsStopWordsKeepsNegationAndStemsLightly() {
        CommentAnalyzer pt = CommentAnalyzer.of("pt");
        assertThat(pt.tokens("Não recebi o produto! A entrega atrasou e veio errado."))
                .containsExactly("não", "recebi", "produt", "entreg", "atrasou", "veio", "errad");
        // singular and plural, masculine and feminine meet in one stem
        assertThat(pt.tokens("Produtos ótimos, produto ótimo"))
                .containsExactly("produt", "otim", "produt", "otim");
        assertThat(pt.words().tokens("Não recebi o produto"))
                .containsExactly("não", "recebi", "o", "produto");
        assertThat(pt.isStemmed()).isTrue();
        assertThat(pt.id()).isEqualTo("lucene:pt");
        assertThat(pt.negations()).contains("não", "nunca");
    }

    @Test
    void quotesNewlinesAndPunctuationDoNotMakeTerms() {
        CommentAnalyzer pt = CommentAnalyzer.of("pt");
        assertThat(pt.tokens("\"Chegou\"\n\n— rápido!!! 10/10 :)"))
                .containsExactly("chegou", "rapid", "10", "10");
        assertThat(pt.tokens("   ")).isEmpty();
    }

    @Test
    void georgianGetsPlainUnicodeWordsAndLowerCasesMtavruli() {
        CommentAnalyzer ka = CommentAnalyzer.of("ka");
        assertThat(ka.tokens("მიწოდება ძალიან ნელი იყო, ᲛᲘᲬᲝᲓᲔᲑᲐ"))
                .containsExactly("მიწოდება", "ძალიან", "ნელი", "იყო", "მიწოდება");
        assertThat(ka.isStemmed()).isFalse();
        assertThat(ka.negations()).isEmpty();
    }

    @Test
    void armenianDropsStopWordsAndStemsWithSnowball() {
        CommentAnalyzer hy = CommentAnalyzer.of("HY");
        assertThat(hy.tokens("Առաքումը շատ ուշ էր, ապրանքը չի հասել"))
                .containsExactly("առա", "շատ", "ուշ", "ապր", "չի", "հաս");
        assertThat(hy.words().tokens("Առաքումը շատ ուշ էր"))
                .containsExactly("առաքումը", "շատ", "ուշ", "էր");
    }

    @Test
    void persianNormalizesLettersDigitsAndZeroWidthNonJoiner() {
        CommentAnalyzer fa = CommentAnalyzer.of("fa");
        // Lucene's Persian normalization writes Farsi yeh and keheh as Arabic yeh and kaf;
        // the zero-width non-joiner of "نمی‌خواهم" splits it; Persian digits become ASCII.
        assertThat(fa.tokens("ارسال خیلی دیر بود و کالا را نمی‌خواهم ۱۲۳"))
                .containsExactly("ارسال", "خيل", "دير", "كالا", "نم", "خواهم", "123");
        assertThat(fa.negations()).contains("نمي");
    }

    @Test
    void arabicKeepsNegationAndStripsArticlesAndAffixes() {
        CommentAnalyzer ar = CommentAnalyzer.of("ar");
        assertThat(ar.tokens("لم يصل الطلب والمنتجات رائعة"))
                .containsExactly("لم", "يصل", "طلب", "منتج", "رائع");
    }

    @Test
    void englishStemsPluralsOnly() {
        CommentAnalyzer en = CommentAnalyzer.of("en");
        assertThat(en.tokens("The parcels weren't delivered; the seller's boxes"))
                .containsExactly("parcel", "weren't", "delivered", "seller", "boxe");
    }

    @Test
    void anyOtherIsoCodeOrUndIsPlainAndUnknownCodesAreRejected() {
        assertThat(CommentAnalyzer.of("tl").tokens("Mabilis ang delivery, salamat po!"))
                .containsExactly("mabilis", "ang", "delivery", "salamat", "po");
        assertThat(CommentAnalyzer.of(CommentAnalyzer.PLAIN).tokens("Ok ok"))
                .containsExactly("ok", "ok");
        assertThatThrownBy(() -> CommentAnalyzer.of("portuguese"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 639-1")
                .hasMessageContaining("'portuguese'");
        assertThat(CommentAnalyzer.stemmedLanguages())
                .contains("en", "pt", "fa", "hy", "ar")
                .doesNotContain("ka");
    }

    @Test
    void termCountsOfAnalyzedCommentsAndBigramsAcrossScripts() {
        CommentAnalyzer pt = CommentAnalyzer.of("pt");
        TermCounts counts = TermCountAccumulator.create(pt.id(), 1000, 2)
                .add(pt.tokens("Não recebi o produto"))
                .add(pt.tokens("Ainda não recebi"))
                .snapshot();
        assertThat(counts.count("não recebi")).isEqualTo(2);
        assertThat(counts.count("recebi")).isEqualTo(2);
    }

    @Test
    void sharedAcrossThreadsGivesTheSameTokens() {
        CommentAnalyzer pt = CommentAnalyzer.of("pt");
        Map<Integer, List<String>> seen = new ConcurrentHashMap<>();
        IntStream.range(0, 2000)
                .parallel()
                .forEach(i -> seen.put(i, pt.tokens("Entrega " + i + " atrasada, não recebi")));
        IntStream.range(0, 2000)
                .forEach(i -> assertThat(seen.get(i))
                        .containsExactly(
                                "entreg", Integer.toString(i), "atrasad", "não", "recebi"));
    }

    @Test
    void lexiconScoringUsesWordsAndNegationsOfTheLanguage() {
        CommentAnalyzer pt = CommentAnalyzer.of("pt");
        LexiconScorer scorer = LexiconScorer.of(
                Map.of("gostei", 2.0, "ótimo", 3.0, "atrasou", -2.0), pt.words(), pt.negations());
        assertThat(scorer.score("Não gostei, atrasou")).isEqualTo(-4.0);
        assertThat(scorer.score("Produto ótimo, gostei")).isEqualTo(5.0);
    }
}
