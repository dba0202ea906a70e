// Reads the customer's style from their message: relaxed, formal or neutral, and whether they speak for a group.
package fi.vastausbingo.check.register;

import fi.vastausbingo.check.SectionedList;
import fi.vastausbingo.finnish.AddressForms;
import fi.vastausbingo.finnish.AnalysedText;
import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.WordAnalysis;
import java.util.List;
import java.util.Set;

/**
 * Markers are weighed: strong ones (colloquial pronouns and verbs, "moi", emoji, "Arvoisa",
 * "Voisitteko", a title in the signature) count 2, weak ones (a first name alone as sign-off,
 * a lower-case "teillä" to the company, which is also plain plural) count 1. A style needs 2
 * points and more than the other side; otherwise the customer is neutral. A full name under
 * the message is neutral.
 */
public final class CustomerStyle {
    public enum Style { RELAXED, FORMAL, NEUTRAL }

    /**
     * @param style  the verdict
     * @param marker the words that decided it (quoted as evidence), or null when neutral
     * @param group  true when the customer writes for several people ("meitä on kuusi", "yrityksemme")
     */
    public record Result(Style style, String marker, boolean group) {}

    private static final java.util.regex.Pattern SPOKEN_KS = java.util.regex.Pattern.compile("[a-zäö]+ks");

    private final Set<String> relaxedWords;
    private final Set<String> relaxedGreetings;
    private final Set<String> formalOpeners;
    private final Set<String> titles;
    private final Set<String> groupWords;

    public CustomerStyle(SectionedList list) {
        this.relaxedWords = Set.copyOf(list.section("colloquial"));
        this.relaxedGreetings = Set.copyOf(list.section("relaxed-greeting"));
        this.formalOpeners = Set.copyOf(list.section("formal-opener"));
        this.titles = Set.copyOf(list.section("title"));
        this.groupWords = Set.copyOf(list.section("group"));
    }

    public Result read(AnalysedText customer) {
        List<Token> tokens = customer.tokens();
        int relaxed = 0;
        int formal = 0;
        String relaxedMarker = null;
        String formalMarker = null;
        int firstPersonPlural = 0;
        boolean groupWord = false;
        int firstWord = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.EMOJI || isEmoticon(tokens, i)) {
                relaxed += 2;
                relaxedMarker = relaxedMarker == null ? t.text() : relaxedMarker;
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            if (firstWord < 0) {
                firstWord = i;
                if (relaxedGreetings.contains(t.lower())) {
                    relaxed += 2;
                    relaxedMarker = t.text();
                } else if (formalOpeners.contains(t.lower()) && i + 1 < tokens.size() && tokens.get(i + 1).isWord()) {
                    formal += 2;
                    formalMarker = t.text() + " " + tokens.get(i + 1).text();
                }
                continue;
            }
            if (relaxedWords.contains(t.lower()) || !t.known() && SPOKEN_KS.matcher(t.lower()).matches()) {
                relaxed += 2;
                relaxedMarker = relaxedMarker == null ? t.text() : relaxedMarker;
                continue;
            }
            AddressForms.Form f = AddressForms.of(tokens, i);
            if (f == AddressForms.Form.SINA) {
                relaxed += 2;
                relaxedMarker = relaxedMarker == null ? t.text() : relaxedMarker;
            } else if (f == AddressForms.Form.TE) {
                boolean strong = t.text().startsWith("Te") || isConditional2p(t);
                formal += strong ? 2 : 1;
                if (formalMarker == null || strong) {
                    formalMarker = t.text();
                }
            }
            if (isFirstPersonPlural(t)) {
                firstPersonPlural++;
            }
            if (t.hasBaseformIn(groupWords) && (hasPossessive1p(t) || i > 0 && tokens.get(i - 1).hasLemma("me"))
                    || t.hasLemma("me") && countFollows(tokens, i)) {
                groupWord = true;
            }
            if (titles.contains(t.lower()) || t.hasBaseformIn(titles)) {
                formal += 2;
                formalMarker = formalMarker == null ? t.text() : formalMarker;
            }
        }
        String signOff = lastLineFirstNameOnly(customer);
        if (signOff != null) {
            relaxed += 1;
            relaxedMarker = relaxedMarker == null ? signOff : relaxedMarker;
        }
        boolean group = groupWord || firstPersonPlural >= 2;
        if (relaxed >= 2 && relaxed > formal) {
            return new Result(Style.RELAXED, relaxedMarker, group);
        }
        if (formal >= 2 && formal > relaxed) {
            return new Result(Style.FORMAL, formalMarker, group);
        }
        return new Result(Style.NEUTRAL, null, group);
    }

    /** ":)", ":D", ";)", ":-)" */
    private static boolean isEmoticon(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!(t.text().equals(":") || t.text().equals(";")) || i + 1 >= tokens.size()) {
            return false;
        }
        Token n = tokens.get(i + 1);
        int j = i + 1;
        if (n.text().equals("-") && i + 2 < tokens.size()) {
            n = tokens.get(i + 2);
            j = i + 2;
        }
        return n.start() == tokens.get(j - 1).end()
                && (n.text().equals(")") || n.text().equals("D") || n.text().equals("P") || n.text().equals("("));
    }

    private static boolean isConditional2p(Token t) {
        for (WordAnalysis a : t.analyses()) {
            if ("2".equals(a.person()) && "plural".equals(a.number()) && "conditional".equals(a.mood())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "olemme", "haluaisimme", "me": the customer acts as several people. "laskumme" alone does
     * not count: a business writes "our invoice" of its company as a matter of course.
     */
    private static boolean isFirstPersonPlural(Token t) {
        for (WordAnalysis a : t.analyses()) {
            if ("1".equals(a.person()) && "plural".equals(a.number())
                    || "me".equals(a.baseform()) && "asemosana".equals(a.wordClass())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPossessive1p(Token t) {
        for (WordAnalysis a : t.analyses()) {
            if ("1p".equals(a.possessive())) {
                return true;
            }
        }
        return false;
    }

    /** "meitä on kuusi", "meitä tulee 12": a head count follows "me". */
    private static boolean countFollows(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
            Token n = tokens.get(k);
            if (n.kind() == Token.Kind.NUMBER || n.hasClass("lukusana")) {
                return true;
            }
        }
        return false;
    }

    /** The message ends with a first name alone ("Matti", "t. Jonna"): relaxed, weakly. */
    private static String lastLineFirstNameOnly(AnalysedText customer) {
        List<Token> tokens = customer.tokens();
        if (tokens.isEmpty()) {
            return null;
        }
        String text = customer.text();
        Token last = tokens.get(tokens.size() - 1);
        int lineStart = text.lastIndexOf('\n', last.start()) + 1;
        int words = 0;
        Token name = null;
        for (int i = tokens.size() - 1; i >= 0 && tokens.get(i).start() >= lineStart; i--) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                words++;
                name = t;
            }
        }
        if (words == 1 && name.hasClass("etunimi") && !name.hasClass("sukunimi")) {
            return name.text();
        }
        return null;
    }
}
