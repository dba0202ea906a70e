// Splits text into tokens (words, numbers, placeholders, URLs, e-mail addresses, punctuation, emoji).
package fi.vastausbingo.finnish;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokenizer that keeps character offsets; placeholders are single tokens. Thread-safe. */
public final class Tokenizer {
    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>\"')\\]]+[^\\s<>\"')\\].,;:!?]");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    // Letters with inner hyphens, apostrophes and colon endings ("Netflix-palvelun", "EU:n").
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*(?:[-'’:][\\p{L}\\p{M}\\d]+)*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/]\\d+)*\\.?(?=\\D|$)|\\d+");

    private final Placeholders placeholders;

    public Tokenizer(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    public Placeholders placeholders() {
        return placeholders;
    }

    /** Raw tokens (no analyses, sentence index 0). */
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher ph = placeholders.matcher(text);
        Matcher url = URL.matcher(text);
        Matcher mail = EMAIL.matcher(text);
        Matcher word = WORD.matcher(text);
        Matcher num = NUMBER.matcher(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            Token.Kind kind;
            if ((end = match(ph, i, n)) > 0) {
                kind = Token.Kind.PLACEHOLDER;
            } else if ((c == 'h' || c == 'w') && (end = match(url, i, n)) > 0) {
                kind = Token.Kind.URL;
            } else if ((Character.isLetterOrDigit(c) || c == '.' || c == '_') && (end = match(mail, i, n)) > 0) {
                kind = Token.Kind.EMAIL;
            } else if (Character.isLetter(c) && (end = match(word, i, n)) > 0) {
                kind = Token.Kind.WORD;
            } else if (Character.isDigit(c) && (end = match(num, i, n)) > 0) {
                kind = Token.Kind.NUMBER;
            } else {
                int cp = text.codePointAt(i);
                end = i + Character.charCount(cp);
                kind = isEmoji(cp) ? Token.Kind.EMOJI
                        : Character.isLetterOrDigit(cp) ? Token.Kind.OTHER : Token.Kind.PUNCT;
            }
            out.add(new Token(i, end, text.substring(i, end), kind, List.of(), 0));
            i = end;
        }
        return out;
    }

    private static int match(Matcher m, int from, int to) {
        m.region(from, to);
        return m.lookingAt() && m.end() > from ? m.end() : -1;
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1F2FF);
    }
}
