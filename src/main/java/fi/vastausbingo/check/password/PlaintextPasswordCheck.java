// Check `plaintext-password`: a password or other login secret written out in the reply.
package fi.vastausbingo.check.password;

import fi.vastausbingo.check.Check;
import fi.vastausbingo.check.CheckMeta;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.LintContext;
import fi.vastausbingo.check.SectionedList;
import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.WordAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A keyword (salasana, tunnussana, PIN, password, lösenord… in any inflection, or a compound
 * ending in one) followed on the same line, or alone on the next line, by a secret-looking
 * value or by a template placeholder. The value itself never leaves this class: the finding's
 * evidence is redacted ({@code K****!}).
 */
public final class PlaintextPasswordCheck implements Check {
    public static final String ID = "plaintext-password";
    public static final String PATH = "wordlists/password-keywords.txt";
    private static final CheckMeta META = new CheckMeta(ID, 1, List.of(ID), false);
    private static final Set<String> SECTIONS = Set.of("keyword", "not-secret");
    /** Relative pronouns that may stand between the keyword and its copula: "salasanan, joka on X". */
    private static final Set<String> RELATIVES = Set.of("joka", "mikä", "which", "som");
    /** Words that put a value after the keyword: "Salasana on X", "password is X", "lösenord är X". */
    private static final Set<String> COPULAS = Set.of("on", "oli", "is", "är", "=", ":", "–", "-");
    private static final Pattern MASK = Pattern.compile("[*•●xX#.\\-_…]+");
    private static final Pattern URLISH = Pattern.compile("(?i)(?:https?://|www\\.).*|.*@.*\\..*");

    private final List<String> keywords;
    private final Set<String> keywordSet;
    private final Set<String> notSecret;
    private final Placeholders placeholders = Placeholders.builtIn();

    public PlaintextPasswordCheck(SectionedList list) {
        this.keywords = list.section("keyword");
        this.keywordSet = Set.copyOf(keywords);
        this.notSecret = Set.copyOf(list.section("not-secret"));
    }

    public static PlaintextPasswordCheck load() {
        return new PlaintextPasswordCheck(SectionedList.load(PATH, SECTIONS));
    }

    @Override
    public CheckMeta meta() {
        return META;
    }

    @Override
    public List<Finding> run(LintContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<Token> tokens = ctx.own().tokens();
        String text = ctx.own().text();
        int lastSecretEnd = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token kw = tokens.get(i);
            if (!kw.isWord() || kw.start() < lastSecretEnd || !isKeyword(kw)) {
                continue;
            }
            Value v = valueAfter(ctx, text, tokens, i);
            if (v == null || !isSecret(ctx, v)) {
                continue;
            }
            lastSecretEnd = v.end;
            String shown = v.placeholder ? v.text : redact(v.text);
            String evidence = kw.text() + ": " + shown;
            String key = v.placeholder ? "plaintext-password.placeholder" : "plaintext-password.value";
            out.add(Finding.of(ID, ID, 1, kw.start(), v.end, key, List.of(kw.text(), shown),
                    List.of("Voit asettaa uuden salasanan itse tästä linkistä: [kertakäyttöinen linkki]"), evidence));
        }
        return out;
    }

    private boolean isKeyword(Token t) {
        // most words are known, simple and no keyword: one set lookup per reading settles them
        for (String l : t.lemmaKeys()) {
            if (keywordSet.contains(l)) {
                return true;
            }
        }
        boolean compoundOrGuessed = !t.known();
        for (WordAnalysis a : t.analyses()) {
            compoundOrGuessed |= a.isCompound() || a.guessed();
        }
        if (!compoundOrGuessed) {
            return false;
        }
        String lower = t.lower();
        for (String k : keywords) {
            if (t.hasLemma(k)) {
                return true;
            }
            // "kertakäyttösalasana": Voikko splits it into kerta+käyttö+sala+sana, so compare the base form's end
            for (WordAnalysis a : t.analyses()) {
                if (a.isCompound() && (a.lastPart().equals(k) || k.length() >= 6 && a.baseform().endsWith(k))) {
                    return true;
                }
            }
            // Voikko knows neither "password" nor "PIN-koodisi": compare the form itself
            if (!t.known() && (lower.equals(k) || k.length() >= 6 && lower.startsWith(k)
                    || lower.startsWith(k + "-") || k.contains("-") && lower.startsWith(k))) {
                return true;
            }
        }
        return false;
    }

    /** The value that follows a keyword, with whether a copula or colon introduced it. */
    private record Value(String text, int start, int end, boolean introduced, boolean lastOnLine, boolean placeholder) {}

    private Value valueAfter(LintContext ctx, String text, List<Token> tokens, int k) {
        Token kw = tokens.get(k);
        int line = ctx.doc().lineIndex(kw.start());
        int lineEnd = ctx.doc().lineEnd(line);
        int i = k + 1;
        boolean introduced = false;
        // "kertakäyttöisen salasanan, joka on K7-r2Qm": a relative clause introduces the value too
        if (k + 3 < tokens.size() && tokens.get(k + 1).text().equals(",")
                && RELATIVES.contains(tokens.get(k + 2).lower()) && COPULAS.contains(tokens.get(k + 3).lower())) {
            i = k + 3;
        }
        int limit = i + 2;
        // "Uusi salasanasi on:", "salasana =", "Your password is"
        while (i < tokens.size() && tokens.get(i).start() < lineEnd && i <= limit) {
            Token t = tokens.get(i);
            if (COPULAS.contains(t.lower())) {
                introduced = true;
                i++;
            } else if (t.isWord() && (t.lower().equals("nyt") || t.lower().equals("uusi") || t.lower().equals("new"))) {
                i++;
            } else {
                break;
            }
        }
        int from;
        if (i < tokens.size() && tokens.get(i).start() < lineEnd) {
            from = tokens.get(i).start();
        } else {
            if (!introduced && !text.substring(kw.end(), lineEnd).isBlank()) {
                return null;
            }
            // the keyword ends its line ("Salasanasi:"): the value may stand alone on the next line
            int nextLine = line + 1;
            while (nextLine < ctx.doc().lineCount() && text.substring(ctx.doc().lineStart(nextLine),
                    ctx.doc().lineEnd(nextLine)).isBlank() && nextLine <= line + 2) {
                nextLine++;
            }
            if (nextLine >= ctx.doc().lineCount()) {
                return null;
            }
            String next = text.substring(ctx.doc().lineStart(nextLine), ctx.doc().lineEnd(nextLine)).strip();
            if (next.isEmpty() || next.split("\\s+").length > 1) {
                return null;
            }
            from = text.indexOf(next, ctx.doc().lineStart(nextLine));
            lineEnd = ctx.doc().lineEnd(nextLine);
            introduced = true;
        }
        int end = from;
        while (end < lineEnd && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        Token first = null;
        for (int j = i; j < tokens.size(); j++) {
            if (tokens.get(j).start() >= from) {
                first = tokens.get(j);
                break;
            }
        }
        if (first != null && first.start() == from && first.kind() == Token.Kind.PLACEHOLDER) {
            return Placeholders.isDirective(first.text()) ? null
                    : new Value(first.text(), from, first.end(), true, true, true);
        }
        String value = text.substring(from, end);
        // sentence punctuation after the value is not part of it; quotes around it are not either
        while (value.length() > 1 && ".,;)”\"'".indexOf(value.charAt(value.length() - 1)) >= 0) {
            value = value.substring(0, value.length() - 1);
            end--;
        }
        while (value.length() > 1 && "(“\"'".indexOf(value.charAt(0)) >= 0) {
            value = value.substring(1);
            from++;
        }
        boolean last = text.substring(end, lineEnd).replaceAll("[.!]", "").isBlank();
        return new Value(value, from, end, introduced, last, false);
    }

    private boolean isSecret(LintContext ctx, Value v) {
        if (v.placeholder) {
            return true;
        }
        String s = v.text;
        if (s.length() < 4 || s.length() > 64 || MASK.matcher(s).matches() || URLISH.matcher(s).matches()) {
            return false;
        }
        if (placeholders.isPlaceholder(s)) {
            return true;
        }
        boolean digit = s.chars().anyMatch(Character::isDigit);
        boolean letter = s.chars().anyMatch(Character::isLetter);
        boolean special = s.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '-');
        boolean innerCapital = s.length() > 1 && s.substring(1).chars().anyMatch(Character::isUpperCase)
                && s.chars().anyMatch(Character::isLowerCase);
        if (!letter && !digit) {
            return false;
        }
        if (!letter) {
            // a PIN or a numeric code: only right after "on"/":"; dates and times are not codes
            return v.introduced && s.matches("\\d{4,12}");
        }
        if (digit || special || innerCapital) {
            return v.introduced || digit && letter;
        }
        // a plain word: a secret only when it stands alone where a value is expected and is not a Finnish word
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (notSecret.contains(lower)) {
            return false;
        }
        List<WordAnalysis> readings = ctx.analyser().analyse(s);
        for (WordAnalysis a : readings) {
            if (notSecret.contains(a.baseform())) {
                return false;
            }
        }
        boolean known = !readings.isEmpty() && !readings.get(0).guessed();
        return v.introduced && v.lastOnLine && !known;
    }

    /** First and last character kept, at least four stars between ("K****!"); short values fully hidden. */
    public static String redact(String secret) {
        if (secret.length() < 6) {
            return "****";
        }
        return secret.charAt(0) + "****" + secret.charAt(secret.length() - 1);
    }
}
