// One token of a reply's text: its offsets, surface form, kind and (for words) Voikko analyses.
package fi.vastausbingo.finnish;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A token with character offsets into the reply's text. The lower-cased form and the set of
 * lemma keys are computed once: lemma lookups are the linter's innermost loop (every stock
 * phrase element asks every word), and re-lower-casing there cost half of the batch time.
 */
public final class Token {
    public enum Kind { WORD, NUMBER, PLACEHOLDER, URL, EMAIL, PUNCT, EMOJI, OTHER }

    private final int start;
    private final int end;
    private final String text;
    private final Kind kind;
    private final List<WordAnalysis> analyses;
    private final int sentence;
    private final String lower;
    private Set<String> keys;

    public Token(int start, int end, String text, Kind kind, List<WordAnalysis> analyses, int sentence) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.kind = kind;
        this.analyses = analyses;
        this.sentence = sentence;
        this.lower = text.toLowerCase(Locale.ROOT);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    public List<WordAnalysis> analyses() {
        return analyses;
    }

    public int sentence() {
        return sentence;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public String lower() {
        return lower;
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** True when Voikko (or the fallback) knows the word. */
    public boolean known() {
        return !analyses.isEmpty() && !analyses.get(0).guessed();
    }

    /** The lower-cased surface form and every reading's lower-cased base form. */
    public Set<String> lemmaKeys() {
        Set<String> k = keys;
        if (k == null) {
            k = new HashSet<>(4);
            k.add(lower);
            for (WordAnalysis a : analyses) {
                k.add(a.baseform().toLowerCase(Locale.ROOT));
            }
            keys = k;
        }
        return k;
    }

    /** True when any reading of the word has this base form (case-insensitive), or the word is that form. */
    public boolean hasLemma(String lemma) {
        if (lemmaKeys().contains(lemma)) {
            return true;
        }
        // without a dictionary the readings are guesses: compare stems
        for (WordAnalysis a : analyses) {
            if (a.guessed() && a.matchesLemma(lemma, lower)) {
                return true;
            }
        }
        return false;
    }

    /** True when some reading's base form is in the set (exactly as Voikko gives it; no surface form, no guessing). */
    public boolean hasBaseformIn(Set<String> baseforms) {
        return hasReading(a -> baseforms.contains(a.baseform()));
    }

    public boolean hasClass(String wordClass) {
        return hasReading(a -> wordClass.equals(a.wordClass()));
    }

    /** True when some reading of the word fits: "a plural noun in the nominative", "an essive". */
    public boolean hasReading(Predicate<WordAnalysis> fits) {
        for (WordAnalysis a : analyses) {
            if (fits.test(a)) {
                return true;
            }
        }
        return false;
    }

    Token withSentence(int s) {
        return new Token(start, end, text, kind, analyses, s);
    }

    @Override
    public String toString() {
        return "Token[" + start + "-" + end + " " + text + " " + kind + "]";
    }
}
