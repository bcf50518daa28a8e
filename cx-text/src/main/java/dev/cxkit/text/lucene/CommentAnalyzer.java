package dev.cxkit.text.lucene;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.text.Tokenizer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.ArmenianStemmer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Splits comments into terms with Apache Lucene's analysis chain for one language, chosen per
 * call ({@link #of(String)}); there is no automatic language detection.
 *
 * <p>Every language starts with Lucene's {@link StandardTokenizer} (the word boundaries of
 * Unicode Standard Annex #29, correct for any script: Latin, Georgian, Armenian, Arabic,
 * Cyrillic, ...; Han and other ideographs come out one character per token) and lower-casing.
 * For the languages in {@link #stemmedLanguages()} it then removes Lucene's stop words for that
 * language, except negation words ({@link #negations()}), which are kept because "não recebi"
 * and "recebi" say opposite things, and applies Lucene's light stemmer where one exists
 * (Portuguese, Spanish, French, Italian, German, Russian, English's minimal plural stemmer,
 * Persian, Arabic's light stemmer) or the Snowball stemmer (Armenian), with the language's
 * normalization filters (Arabic and Persian letter forms and digits, German umlauts, French and
 * Italian elision). Any other ISO 639 language code (for example {@code ka} Georgian,
 * {@code tl} Tagalog) gets plain Unicode word segmentation and lower-casing, as does
 * {@link #PLAIN}.
 *
 * <p>{@link #tokens(String)} gives the analyzed terms for counting; {@link #words()} a
 * tokenizer with the same segmentation and normalization but no stop words and no stemming,
 * for matching a sentiment lexicon's surface forms. Thread-safe (Lucene reuses a token stream
 * per thread); holds no resources beyond memory.
 */
public final class CommentAnalyzer implements Tokenizer {

    /** The language code for plain Unicode word segmentation without stop words or stemming. */
    public static final String PLAIN = "und";

    private static final CharArraySet ITALIAN_ARTICLES = new CharArraySet(
            Arrays.asList(
                    "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl",
                    "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"),
            true);

    private static final Map<String, Language> LANGUAGES = Map.of(
            "en",
                    new Language(
                            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                            Set.of(
                                    "no", "not", "never", "nor", "nothing", "without", "don't",
                                    "didn't", "doesn't", "isn't", "wasn't", "won't", "can't",
                                    "cannot"),
                            EnglishPossessiveFilter::new,
                            EnglishMinimalStemFilter::new),
            "pt",
                    new Language(
                            PortugueseAnalyzer.getDefaultStopSet(),
                            Set.of(
                                    "não", "nao", "nem", "nunca", "jamais", "nada", "sem",
                                    "ninguém"),
                            UnaryOperator.identity(),
                            PortugueseLightStemFilter::new),
            "es",
                    new Language(
                            SpanishAnalyzer.getDefaultStopSet(),
                            Set.of("no", "ni", "nunca", "jamás", "nada", "sin", "tampoco", "nadie"),
                            UnaryOperator.identity(),
                            SpanishLightStemFilter::new),
            "fr",
                    new Language(
                            FrenchAnalyzer.getDefaultStopSet(),
                            Set.of("ne", "pas", "jamais", "rien", "sans", "aucun", "aucune", "ni"),
                            s -> new ElisionFilter(s, FrenchAnalyzer.DEFAULT_ARTICLES),
                            FrenchLightStemFilter::new),
            "it",
                    new Language(
                            ItalianAnalyzer.getDefaultStopSet(),
                            Set.of("non", "mai", "niente", "nulla", "senza", "né"),
                            s -> new ElisionFilter(s, ITALIAN_ARTICLES),
                            ItalianLightStemFilter::new),
            "de",
                    new Language(
                            GermanAnalyzer.getDefaultStopSet(),
                            Set.of(
                                    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie",
                                    "niemals", "ohne", "nichts"),
                            UnaryOperator.identity(),
                            s -> new GermanLightStemFilter(new GermanNormalizationFilter(s))),
            "ru",
                    new Language(
                            RussianAnalyzer.getDefaultStopSet(),
                            Set.of("не", "нет", "ни", "никогда", "без", "ничего"),
                            UnaryOperator.identity(),
                            RussianLightStemFilter::new),
            "fa",
                    new Language(
                            PersianAnalyzer.getDefaultStopSet(),
                            Set.of("نه", "نمی", "هرگز", "بدون", "نیست", "هیچ"),
                            s -> new PersianNormalizationFilter(
                                    new ArabicNormalizationFilter(new DecimalDigitFilter(s))),
                            PersianStemFilter::new),
            "ar",
                    new Language(
                            ArabicAnalyzer.getDefaultStopSet(),
                            Set.of("لا", "لم", "لن", "ليس", "غير", "بدون", "ما"),
                            s -> new ArabicNormalizationFilter(new DecimalDigitFilter(s)),
                            ArabicStemFilter::new),
            "hy",
                    new Language(
                            ArmenianAnalyzer.getDefaultStopSet(),
                            Set.of("ոչ", "չի", "չեմ", "չէ", "երբեք", "առանց"),
                            UnaryOperator.identity(),
                            s -> new SnowballFilter(s, new ArmenianStemmer())));

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final String language;
    private final Set<String> negations;
    private final Analyzer terms;
    private final Analyzer words;

    private CommentAnalyzer(
            String language, Set<String> negations, Analyzer terms, Analyzer words) {
        this.language = language;
        this.negations = negations;
        this.terms = terms;
        this.words = words;
    }

    /**
     * {@return the analyzer for {@code language}, an ISO 639-1 code such as {@code "pt"} (case
     * ignored), or {@link #PLAIN}}
     *
     * @param language an ISO 639-1 language code, or {@link #PLAIN}
     * @throws IllegalArgumentException when {@code language} is not an ISO 639 language code
     */
    public static CommentAnalyzer of(String language) {
        String code = Objects.requireNonNull(language, "language").strip().toLowerCase(Locale.ROOT);
        Language chain = LANGUAGES.get(code);
        if (chain == null) {
            checkArgument(
                    code.equals(PLAIN) || ISO_LANGUAGES.contains(code),
                    "language must be an ISO 639-1 code such as 'pt', 'en', 'fa', 'hy', 'ka' (or"
                            + " '%s' for plain word segmentation), was '%s'",
                    PLAIN,
                    language);
            Analyzer plain = analyzer(UnaryOperator.identity(), false);
            return new CommentAnalyzer(code, Set.of(), plain, plain);
        }
        UnaryOperator<TokenStream> normalize = chain.normalize;
        boolean persian = code.equals("fa");
        Analyzer words = analyzer(normalize, persian);
        // Negations in the form the chain gives them (Persian and Arabic letters normalized).
        Set<String> negations = new TreeSet<>();
        for (String negation : chain.negations) {
            negations.add(negation);
            negations.addAll(run(words, negation));
        }
        CharArraySet stops = new CharArraySet(chain.stopWords.size(), false);
        for (Object stop : chain.stopWords) {
            String word = stop instanceof char[] chars ? new String(chars) : stop.toString();
            if (!negations.contains(word)) {
                stops.add(word);
            }
        }
        CharArraySet stopWords = CharArraySet.unmodifiableSet(stops);
        UnaryOperator<TokenStream> full =
                s -> chain.stem.apply(new StopFilter(normalize.apply(s), stopWords));
        return new CommentAnalyzer(
                code, Collections.unmodifiableSet(negations), analyzer(full, persian), words);
    }

    /** {@return the languages with stop words and stemming, as ISO 639-1 codes in order} */
    public static Set<String> stemmedLanguages() {
        return Collections.unmodifiableSet(new TreeSet<>(LANGUAGES.keySet()));
    }

    /** {@return the language code this analyzer was made for} */
    public String language() {
        return language;
    }

    /**
     * {@return true when the language has stop words and stemming; false for plain segmentation}
     */
    public boolean isStemmed() {
        return LANGUAGES.containsKey(language);
    }

    /**
     * {@return the analyzer's name for {@link dev.cxkit.text.TermCountAccumulator}:
     * {@code "lucene:" + language}, so that counts of different languages never merge}
     */
    public String id() {
        return "lucene:" + language;
    }

    /**
     * {@return the negation words of the language, kept in {@link #tokens}; empty for plain ones}
     */
    public Set<String> negations() {
        return negations;
    }

    /** The terms of {@code text}: segmented, lower-cased, without stop words, stemmed. */
    @Override
    public List<String> tokens(String text) {
        return run(terms, text);
    }

    /**
     * {@return a tokenizer with this one's segmentation and normalization, without stop words or
     * stems}
     */
    public Tokenizer words() {
        return text -> run(words, text);
    }

    private static List<String> run(Analyzer analyzer, String text) {
        Objects.requireNonNull(text, "text");
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("comment", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    tokens.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException("reading a comment from memory failed", impossible);
        }
        return tokens;
    }

    private static Analyzer analyzer(UnaryOperator<TokenStream> after, boolean persianChars) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, after.apply(new LowerCaseFilter(source)));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return persianChars ? new PersianCharFilter(reader) : reader;
            }
        };
    }

    @Override
    public String toString() {
        return "CommentAnalyzer[" + language
                + (isStemmed() ? ", stop words and stemming" : ", plain segmentation") + "]";
    }

    private record Language(
            CharArraySet stopWords,
            Set<String> negations,
            UnaryOperator<TokenStream> normalize,
            Function<TokenStream, TokenStream> stem) {}
}
