// Rule-based sentence boundaries for e-mail text: punctuation, Finnish abbreviations, dates, lines.
package fi.vastausbingo.finnish;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Assigns a sentence index to every token. A sentence ends at . ! ? (unless the dot belongs to
 * an abbreviation such as "esim." or "klo", or to a date or number) when the next word starts
 * with a capital or a digit, or after a word when a lower-case word follows a space (text typed
 * without capitals); at a blank line; and at a line break when the next line starts
 * with a capital, a bullet or a digit (e-mail lines often have no final punctuation).
 */
public final class Sentences {
    static final Set<String> ABBREVIATIONS = Set.of(
            "esim", "ks", "n", "klo", "mm", "yms", "jne", "ns", "ko", "ym", "tms", "puh", "p", "os", "nro",
            "s", "vrt", "ts", "ma", "ti", "ke", "to", "pe", "la", "su", "tark", "alk", "ed", "huom", "kpl",
            "oy", "ab", "ry", "tmi", "mr", "mrs", "dr", "prof", "fil", "dipl", "ins", "yo", "e", "v", "t",
            "ao", "em", "kys", "kts", "tjsp", "tmv", "eaa", "jaa", "ml", "ja", "vs", "mrd", "milj", "tuh", "etc", "ps",
            "yht", "sis", "alv", "pvm", "lk", "tn", "no", "ca", "c/o", "kk", "vk", "h", "min", "sek");

    private Sentences() {}

    /** Returns tokens with sentence indexes set. */
    public static List<Token> assign(String text, List<Token> tokens) {
        Token[] out = tokens.toArray(new Token[0]);
        int sentence = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i].withSentence(sentence);
            if (i + 1 < out.length && boundaryAfter(text, out, i)) {
                sentence++;
            }
        }
        return List.of(out);
    }

    private static boolean boundaryAfter(String text, Token[] t, int i) {
        Token cur = t[i];
        Token next = t[i + 1];
        int newlines = 0;
        for (int k = cur.end(); k < next.start(); k++) {
            if (text.charAt(k) == '\n') {
                newlines++;
            }
        }
        if (newlines >= 2) {
            return true;
        }
        boolean nextStartsUpper = startsUpperOrDigit(next);
        String s = cur.text();
        if (cur.kind() == Token.Kind.PUNCT && (s.equals("!") || s.equals("?") || s.equals("…"))) {
            return nextStartsUpper || newlines > 0 || !(next.kind() == Token.Kind.PUNCT);
        }
        if (cur.kind() == Token.Kind.PUNCT && s.equals(".")) {
            Token prev = i > 0 ? t[i - 1] : null;
            boolean abbrev = prev != null && prev.end() == cur.start() && prev.kind() == Token.Kind.WORD
                    && ABBREVIATIONS.contains(prev.text().toLowerCase(Locale.ROOT));
            if (abbrev && newlines == 0) {
                return false;
            }
            // "…jäi kesken. ja maksaako se jotain.": messages typed without capitals still end
            // their sentences at a full stop after a word, followed by a space and a lower-case word
            boolean lowerSentence = prev != null && prev.kind() == Token.Kind.WORD && prev.end() == cur.start()
                    && prev.text().length() >= 2 && next.kind() == Token.Kind.WORD && next.start() > cur.end()
                    && Character.isLowerCase(next.text().codePointAt(0));
            return nextStartsUpper || newlines > 0 || lowerSentence;
        }
        if (cur.kind() == Token.Kind.NUMBER && s.endsWith(".")) {
            // "12.3." ends a sentence only when a capitalised word follows on the same line.
            return nextStartsUpper && next.kind() == Token.Kind.WORD || newlines > 0 && nextStartsUpper;
        }
        if (newlines == 1) {
            if (cur.kind() == Token.Kind.PUNCT && (s.equals(",") || s.equals("-") || s.equals("–"))) {
                return false;
            }
            return nextStartsUpper || next.kind() == Token.Kind.PUNCT && (next.text().equals("-")
                    || next.text().equals("•") || next.text().equals("*"));
        }
        return false;
    }

    private static boolean startsUpperOrDigit(Token t) {
        if (t.text().isEmpty()) {
            return false;
        }
        int cp = t.text().codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || t.kind() == Token.Kind.PLACEHOLDER;
    }
}
