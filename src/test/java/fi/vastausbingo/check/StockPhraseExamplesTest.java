// Runs every bad/good example of wordlists/stock-phrases.txt as a test, and the loader's error reporting.
package fi.vastausbingo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.vastausbingo.check.stock.StockPhraseCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class StockPhraseExamplesTest {
    private static final StockPhrases PHRASES = StockPhrases.load();

    @Test
    void theListIsBigEnoughAndEveryEntryHasAnAlternative() {
        assertTrue(PHRASES.entries().size() >= 80, "stock phrases: " + PHRASES.entries().size());
        for (StockPhrases.Entry e : PHRASES.entries()) {
            assertTrue(!e.say().isEmpty() && !e.bad().isEmpty(), e.id());
        }
    }

    /**
     * Suggestions are pasted into real replies: they must not carry made-up phone numbers, dates
     * or codes (fill-ins in brackets instead), and never a secret.
     */
    @Test
    void suggestionsCarryNoMadeUpNumbers() {
        for (StockPhrases.Entry e : PHRASES.entries()) {
            for (String say : e.say()) {
                String outsideBrackets = say.replaceAll("\\[[^\\]]*\\]", "");
                assertTrue(!outsideBrackets.matches(".*\\d{3,}.*") && !outsideBrackets.matches(".*\\d{1,2}\\.\\d{1,2}\\..*"),
                        () -> e.file() + ":" + e.line() + ": " + e.id() + " suggests a made-up number: " + say);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBadExampleMatchesItsEntry() {
        List<DynamicTest> tests = new ArrayList<>();
        for (StockPhrases.Entry e : PHRASES.entries()) {
            for (String bad : e.bad()) {
                tests.add(DynamicTest.dynamicTest(e.id() + ": " + bad, () -> {
                    List<Finding> found = only(e).run(CheckTester.valid(bad));
                    assertTrue(found.stream().anyMatch(f -> f.args().get(1).equals(e.id())),
                            () -> e.file() + ":" + e.line() + ": " + e.id() + " [" + e.patternText()
                                    + "] does not match its example: " + bad + " — found "
                                    + CheckTester.describe(CheckTester.valid(bad), found));
                }));
            }
        }
        return tests.stream();
    }

    /** The entry alone, so that a longer entry over the same words does not hide what this one matches. */
    private static CheckTester only(StockPhrases.Entry e) {
        return new CheckTester(new StockPhraseCheck(new StockPhrases(List.of(e))));
    }

    @TestFactory
    Stream<DynamicTest> noGoodExampleMatchesItsEntry() {
        List<DynamicTest> tests = new ArrayList<>();
        for (StockPhrases.Entry e : PHRASES.entries()) {
            for (String good : e.good()) {
                tests.add(DynamicTest.dynamicTest(e.id() + ": " + good, () -> {
                    List<Finding> found = only(e).run(CheckTester.valid(good));
                    assertTrue(found.stream().noneMatch(f -> f.args().get(1).equals(e.id())),
                            () -> e.file() + ":" + e.line() + ": " + e.id() + " matches its good example: " + good);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void loaderReportsFileAndLine() {
        WordlistException ex = assertThrows(WordlistException.class, () -> StockPhrases.parse("x.txt",
                "# c\nid: a\npattern: kiittää\nsay: Kiitos\nbad: Kiitämme.\n\nid: b\npattern: x\nbogus: 1\n"));
        assertEquals("x.txt:9: unknown key \"bogus\"; expected one of " + ex.getMessage().substring(
                ex.getMessage().indexOf('[')), ex.getMessage());
        WordlistException dup = assertThrows(WordlistException.class, () -> StockPhrases.parse("y.txt",
                "id: a\npattern: p\nsay: s\nbad: b\n\nid: a\npattern: p\nsay: s\nbad: b\n"));
        assertEquals("y.txt:6: duplicate id a", dup.getMessage());
        WordlistException noBad = assertThrows(WordlistException.class, () -> StockPhrases.parse("z.txt",
                "\nid: a\npattern: p\nsay: s\n"));
        assertEquals("z.txt:2: entry a has no \"bad\" example", noBad.getMessage());
    }
}
