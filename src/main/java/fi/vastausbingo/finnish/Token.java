// One token of a reply's text: its offsets, surface form, kind and (for words) Voikko analyses.
package fi.vastausbingo.finnish;

import java.util.List;
import java.util.Locale;

/** A token with character offsets into the reply's text. */
public record Token(int start, int end, String text, Kind kind, List<WordAnalysis> analyses, int sentence) {

    public enum Kind { WORD, NUMBER, PLACEHOLDER, URL, EMAIL, PUNCT, EMOJI, OTHER }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** True when Voikko (or the fallback) knows the word. */
    public boolean known() {
        return !analyses.isEmpty() && !analyses.get(0).guessed();
    }

    /** True when any reading of the word has this base form (case-insensitive), or the word is that form. */
    public boolean hasLemma(String lemma) {
        if (lower().equals(lemma)) {
            return true;
        }
        for (WordAnalysis a : analyses) {
            if (a.matchesLemma(lemma, lower())) {
                return true;
            }
        }
        return false;
    }

    public boolean hasClass(String wordClass) {
        for (WordAnalysis a : analyses) {
            if (wordClass.equals(a.wordClass())) {
                return true;
            }
        }
        return false;
    }

    Token withSentence(int s) {
        return new Token(start, end, text, kind, analyses, s);
    }
}
