// Check `greeting`: the reply opens with a salutation that names the customer (else 1 or 2 points).
package fi.vastausbingo.check.greeting;

import fi.vastausbingo.check.Check;
import fi.vastausbingo.check.CheckMeta;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.Lines;
import fi.vastausbingo.check.LintContext;
import fi.vastausbingo.check.SectionedList;
import fi.vastausbingo.finnish.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Looks at the first content line of the reply's own text. A salutation followed by a name
 * (a Voikko first or last name, an unknown capitalised word, the customer's own name, or a
 * template placeholder) is fine; a salutation that names nobody is {@code nameless} (1 point);
 * no salutation at all is {@code missing} (2 points). A thanks line is not a salutation.
 */
public final class GreetingCheck implements Check {
    public static final String ID = "greeting";
    public static final String PATH = "wordlists/greetings.txt";
    private static final CheckMeta META = new CheckMeta(ID, 2, List.of("nameless", "missing"), false);
    private static final Set<String> SECTIONS = Set.of("salutation", "needs-addressee", "generic-addressee", "not-a-name");
    private static final java.util.regex.Pattern NAME_PLACEHOLDER = java.util.regex.Pattern.compile(
            "(?i)name|nimi|user|k[aä]ytt[aä]j|asiaka|customer|client|recipient|vastaanottaja|contact|member|j[aä]sen"
            + "|person|henkil|first|last|etu|suku|salutation|greeting_name|^\\{\\d\\}$|^%(?:\\d\\$)?s$");
    private static final java.util.regex.Pattern NOT_NAME_PLACEHOLDER = java.util.regex.Pattern.compile(
            "(?i)url|link|linkki|site|sivusto|shop|kauppa|order|tilaus|date|p[aä]iv|price|hinta|msg|message|viesti"
            + "|code|koodi|number|numero|password|salasana|email|address|osoite|title|otsikko");
    private static final Set<String> HEADER_WORDS = Set.of("aihe", "subject", "otsikko", "ämne");

    private final List<List<String>> salutations;
    private final Set<String> needsAddressee;
    private final Set<String> generic;
    private final Set<String> notAName;

    public GreetingCheck(SectionedList list) {
        List<List<String>> s = new ArrayList<>();
        for (String e : list.section("salutation")) {
            s.add(List.of(e.split("\\s+")));
        }
        s.sort(Comparator.comparingInt((List<String> l) -> l.size()).reversed());
        this.salutations = List.copyOf(s);
        this.needsAddressee = Set.copyOf(list.section("needs-addressee"));
        this.generic = Set.copyOf(list.section("generic-addressee"));
        this.notAName = Set.copyOf(list.section("not-a-name"));
    }

    public static GreetingCheck load() {
        return new GreetingCheck(SectionedList.load(PATH, SECTIONS));
    }

    @Override
    public CheckMeta meta() {
        return META;
    }

    @Override
    public List<Finding> run(LintContext ctx) {
        List<List<Token>> lines = Lines.contentLines(ctx);
        int idx = 0;
        while (idx < lines.size() && isHeaderLine(lines.get(idx))) {
            idx++;
        }
        if (idx >= lines.size()) {
            return List.of();
        }
        Set<String> customerNameParts = customerNameParts(ctx);
        // Templates often open with a banner or title ("Venepaikkalasku", "[{shop_url}]") above the
        // greeting; a salutation on one of the next two lines still counts as the opening.
        for (int k = idx; k < Math.min(lines.size(), idx + 3); k++) {
            List<Token> candidate = markupStripped(Lines.withoutDirectives(lines.get(k)));
            if (candidate.isEmpty()) {
                continue;
            }
            if (salutationAt(candidate) > 0 || isNameLine(candidate, customerNameParts)
                    || startsWithVocative(candidate, customerNameParts)) {
                idx = k;
                break;
            }
            if (!isTitleLike(candidate)) {
                break;
            }
        }
        List<Token> line = markupStripped(Lines.withoutDirectives(lines.get(idx)));
        if (line.isEmpty()) {
            return List.of();
        }
        int salutationLength = salutationAt(line);
        if (salutationLength > 0) {
            int consumed = consumedTo(line, salutationLength);
            List<Token> addressee = addressee(line, salutationLength);
            String first = line.get(0).lower();
            if (addressee.isEmpty() && needsAddressee.contains(first)) {
                return missing(ctx, line);
            }
            if (containsName(addressee, customerNameParts)) {
                return List.of();
            }
            boolean onlyPunctuationAfter = addressee.isEmpty() && restIsPunctuation(line, salutationLength);
            if (onlyPunctuationAfter && idx + 1 < lines.size()) {
                // "Hei," on one line and "Matti!" on the next
                List<Token> next = Lines.withoutDirectives(lines.get(idx + 1));
                if (isNameLine(next, customerNameParts)) {
                    return List.of();
                }
            }
            Token last = addressee.isEmpty() ? line.get(consumed - 1) : addressee.get(addressee.size() - 1);
            int end = last.end();
            if (end < line.get(line.size() - 1).end() && isClosingPunct(line, last)) {
                end = nextToken(line, last).end();
            }
            String said = ctx.doc().text().substring(line.get(0).start(), end);
            return List.of(Finding.of(ID, "nameless", 1, line.get(0).start(), end,
                    "greeting.nameless", List.of(said), List.of(suggestion(ctx, first)), said));
        }
        if (isNameLine(line, customerNameParts) || startsWithVocative(line, customerNameParts)) {
            return List.of();
        }
        return missing(ctx, line);
    }

    private List<Finding> missing(LintContext ctx, List<Token> line) {
        int start = line.get(0).start();
        int end = line.get(line.size() - 1).end();
        String opening = ctx.doc().text().substring(start, end);
        if (opening.length() > 60) {
            opening = opening.substring(0, 57) + "…";
        }
        return List.of(Finding.of(ID, "missing", 2, start, end, "greeting.missing", List.of(opening),
                List.of(suggestion(ctx, "hei")), opening));
    }

    /** Leading Markdown or list markup ("# Hei", "**Hei**") is not part of the greeting. */
    private static List<Token> markupStripped(List<Token> line) {
        int i = 0;
        while (i < line.size() && line.get(i).kind() == Token.Kind.PUNCT
                && "#*_>-•=~".contains(line.get(i).text())) {
            i++;
        }
        return line.subList(i, line.size());
    }

    /**
     * A banner or heading: no sentence punctuation at its end and at most six words, or only
     * placeholders and links.
     */
    private static boolean isTitleLike(List<Token> line) {
        int words = 0;
        for (Token t : line) {
            if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
                words++;
            }
        }
        Token last = line.get(line.size() - 1);
        boolean endsSentence = last.kind() == Token.Kind.PUNCT && ".!?:,".contains(last.text());
        return words == 0 || words <= 6 && !endsSentence;
    }

    private static boolean isHeaderLine(List<Token> line) {
        return line.size() >= 2 && line.get(0).isWord() && HEADER_WORDS.contains(line.get(0).lower())
                && line.get(1).text().equals(":");
    }

    /** Number of tokens of the longest salutation at the start of the line, or 0. */
    private int salutationAt(List<Token> line) {
        for (List<String> s : salutations) {
            if (s.size() > line.size()) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < s.size(); i++) {
                Token t = line.get(i);
                if (!t.isWord() || !t.lower().equals(s.get(i))) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return s.size();
            }
        }
        return 0;
    }

    /**
     * The words right after the salutation that say who is greeted: skips one comma and filler
     * ("taas"), then takes names, placeholders, generic addressees and "ja" between them.
     */
    private List<Token> addressee(List<Token> line, int from) {
        List<Token> out = new ArrayList<>();
        int i = consumedTo(line, from);
        if (i < line.size() && line.get(i).text().equals(",")) {
            i++;
        }
        for (; i < line.size(); i++) {
            i = skipPluralMarker(line, i);
            if (i >= line.size()) {
                break;
            }
            Token t = line.get(i);
            if (t.kind() == Token.Kind.PLACEHOLDER) {
                out.add(t);
            } else if (t.isWord() && (t.isCapitalised() || isGeneric(t) || t.lower().equals("ja") && !out.isEmpty())) {
                out.add(t);
            } else if (t.text().equals("-") && !out.isEmpty()) {
                continue;
            } else {
                break;
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).lower().equals("ja")) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Index after the salutation, a plural marker "(t)", one comma and filler words ("Hei, taas"). */
    private int consumedTo(List<Token> line, int from) {
        int i = skipPluralMarker(line, from);
        if (i < line.size() && line.get(i).text().equals(",")) {
            i++;
        }
        while (i < line.size() && line.get(i).isWord() && notAName.contains(line.get(i).lower())
                && !line.get(i).isCapitalised()) {
            i++;
        }
        return line.get(i - 1).text().equals(",") ? i - 1 : i;
    }

    /** "Hyvä(t) huoltaja(t)": the optional plural ending in brackets right after a word. */
    private static int skipPluralMarker(List<Token> line, int i) {
        if (i > 0 && i + 2 < line.size() && line.get(i).text().equals("(") && line.get(i).start() == line.get(i - 1).end()
                && line.get(i + 1).text().length() <= 2 && line.get(i + 2).text().equals(")")) {
            return i + 3;
        }
        return i;
    }

    private boolean isGeneric(Token t) {
        if (generic.contains(t.lower())) {
            return true;
        }
        for (String g : generic) {
            if (t.hasLemma(g)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsName(List<Token> words, Set<String> customerNameParts) {
        for (Token t : words) {
            if (isName(t, customerNameParts)) {
                return true;
            }
        }
        return false;
    }

    /** After a salutation any value placeholder may be the name ("Hei {0},"), except ones that clearly are not. */
    private boolean isName(Token t, Set<String> customerNameParts) {
        if (t.kind() == Token.Kind.PLACEHOLDER) {
            return !NOT_NAME_PLACEHOLDER.matcher(t.text()).find() || NAME_PLACEHOLDER.matcher(t.text()).find();
        }
        return isWordName(t, customerNameParts);
    }

    /** On a line of its own a placeholder greets only when it says it is a name ("{{etunimi}},", not "{WELCOME_MSG}"). */
    private boolean isStandaloneName(Token t, Set<String> customerNameParts) {
        if (t.kind() == Token.Kind.PLACEHOLDER) {
            return NAME_PLACEHOLDER.matcher(t.text()).find();
        }
        return isWordName(t, customerNameParts);
    }

    private boolean isWordName(Token t, Set<String> customerNameParts) {
        if (!t.isWord() || !t.isCapitalised()) {
            return false;
        }
        if (customerNameParts.contains(t.lower())) {
            return true;
        }
        if (notAName.contains(t.lower()) || isGeneric(t)) {
            return false;
        }
        return t.hasClass("etunimi") || t.hasClass("sukunimi") || !t.known();
    }

    /** A line that is only a name (and punctuation): "Matti!", "{{etunimi}},", "Liisa Laine". */
    private boolean isNameLine(List<Token> line, Set<String> customerNameParts) {
        int names = 0;
        for (Token t : line) {
            if (t.kind() == Token.Kind.PUNCT) {
                continue;
            }
            if (!isStandaloneName(t, customerNameParts) || ++names > 3) {
                return false;
            }
        }
        return names > 0;
    }

    /** "Matti, kiitos viestistä!" — the reply opens by calling the customer by name. */
    private boolean startsWithVocative(List<Token> line, Set<String> customerNameParts) {
        int i = 0;
        while (i < line.size() && i < 3 && isStandaloneName(line.get(i), customerNameParts)) {
            i++;
        }
        return i > 0 && i < line.size() && (line.get(i).text().equals(",") || line.get(i).text().equals("!"));
    }

    private static boolean restIsPunctuation(List<Token> line, int from) {
        for (int i = from; i < line.size(); i++) {
            if (line.get(i).kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClosingPunct(List<Token> line, Token last) {
        Token next = nextToken(line, last);
        return next != null && next.start() == last.end()
                && (next.text().equals(",") || next.text().equals("!") || next.text().equals("."));
    }

    private static Token nextToken(List<Token> line, Token t) {
        int i = line.indexOf(t);
        return i >= 0 && i + 1 < line.size() ? line.get(i + 1) : null;
    }

    private static Set<String> customerNameParts(LintContext ctx) {
        Set<String> out = new HashSet<>();
        if (ctx.customer() != null && ctx.customer().name() != null) {
            for (String p : ctx.customer().name().split("[\\s,]+")) {
                if (p.length() > 1 && !p.contains("@")) {
                    out.add(p.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** "Hei Matti," with the customer's first name; formal openers keep their formality. */
    private String suggestion(LintContext ctx, String salutationWord) {
        String first = ctx.customer() == null ? null : ctx.customer().firstName();
        boolean formal = needsAddressee.contains(salutationWord);
        if (first == null) {
            return formal ? "Hyvä [etunimi sukunimi]," : "Hei [etunimi],";
        }
        if (formal && ctx.customer().name() != null && ctx.customer().name().strip().contains(" ")
                && !ctx.customer().name().contains(",")) {
            return "Hyvä " + ctx.customer().name().strip() + ",";
        }
        return "Hei " + first + ",";
    }
}
