package dev.cxkit.text.lucene;

import com.google.common.testing.NullPointerTester;

import dev.cxkit.text.Tokenizer;

import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * guava-testlib's {@link NullPointerTester} over cx-text's public methods: every factory,
 * tokenizer and lexicon reader refuses a null argument with {@link NullPointerException}, never
 * a Lucene exception or a half-read lexicon.
 */
class ValueContractTest {

    private final NullPointerTester tester = new NullPointerTester()
            .setDefault(Path.class, Path.of("lexicon.tsv"))
            .setDefault(Reader.class, new StringReader("good\t1\n"))
            .setDefault(String.class, "en");

    @Test
    void staticMethodsRefuseNull() {
        tester.testAllPublicStaticMethods(CommentAnalyzer.class);
        tester.testAllPublicStaticMethods(Lexicons.class);
    }

    @Test
    void analyzersAndTheirWordTokenizersRefuseNull() throws NoSuchMethodException {
        Method tokens = Tokenizer.class.getMethod("tokens", String.class);
        for (String language : new String[] {"en", "pt", "fa", CommentAnalyzer.PLAIN}) {
            CommentAnalyzer analyzer = CommentAnalyzer.of(language);
            tester.testAllPublicInstanceMethods(analyzer);
            tester.testMethod(analyzer.words(), tokens);
        }
    }
}
