// Decides whether a reply answers a question: topic overlap on lemmas, compound parts and synonyms, plus the kind of answer.
package fi.vastausbingo.check.question;

import fi.vastausbingo.finnish.Token;
import fi.vastausbingo.finnish.WordAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question's content words (not pronouns, auxiliaries or question words) are looked up in
 * each window of two consecutive reply sentences by every key they have: base form, compound
 * parts, derivation roots (toimitetaan ↔ toimitus), and synonym group. The question is answered
 * when some window covers enough of its content (at least half of it, or two words) and gives
 * the kind of answer asked for (milloin → a time or date, paljonko → an amount, montako → a
 * number, miksi → a reason). Sentences that only defer ("välitin asian eteenpäin", "selvitämme
 * asiaa") are no answer. Long, rare words weigh more than short ones.
 */
public final class AnswerMatcher {
    private static final Pattern DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?|\\d{1,2}[.:]\\d{2}|\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> WEEKDAYS_AND_MONTHS = Set.of("maanantai", "tiistai", "keskiviikko", "torstai",
            "perjantai", "lauantai", "sunnuntai", "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu",
            "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu");

    /** Share of a question's content weight a reply stretch must cover (tuned on the dev corpus). */
    static final double COVERAGE = Double.parseDouble(System.getProperty("vastausbingo.coverage", "0.5"));
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    /** Words that say where: "myymälä", "toimipiste", "osoitteessa" name a place in an answer. */
    private final Set<String> placeWords = Set.of("myymälä", "toimipiste", "konttori", "noutopiste", "osoite",
            "verkkosivu", "sivu", "sovellus", "palvelupiste", "postitse", "kassa", "vastaanotto");

    private final Set<String> notContent;
    private final Map<String, Integer> synonymGroup;
    private final Set<String> timeWords;
    private final Set<String> amountWords;
    private final Set<String> reasonWords;
    private final Set<String> deferral;
    private final Set<String> deferralFuture;

    public AnswerMatcher(Set<String> notContent, List<List<String>> synonymGroups, Set<String> timeWords,
                         Set<String> amountWords, Set<String> reasonWords, Set<String> deferral, Set<String> deferralFuture) {
        this.notContent = notContent;
        this.synonymGroup = new HashMap<>();
        for (int g = 0; g < synonymGroups.size(); g++) {
            for (String lemma : synonymGroups.get(g)) {
                synonymGroup.putIfAbsent(lemma, g);
            }
        }
        this.timeWords = timeWords;
        this.amountWords = amountWords;
        this.reasonWords = reasonWords;
        this.deferral = deferral;
        this.deferralFuture = deferralFuture;
    }

    /** Result of matching one question. */
    public record Match(boolean answered, boolean onlyDeferred, double coverage) {}

    public Match match(Question q, List<List<Token>> replySentences) {
        List<Token> content = contentWords(q.tokens());
        if (q.asks().equals("yesno")) {
            // "Pitääkö minun olla kotona?" — "Sinun pitää olla paikalla.": the asked verb is the topic
            for (Token t : q.tokens()) {
                if (QuestionFinder.hasClitic(t) && !content.contains(t)) {
                    content.add(t);
                }
            }
        }
        List<List<Token>> answering = new ArrayList<>();
        boolean sawDeferral = false;
        for (List<Token> s : replySentences) {
            if (isDeferral(s)) {
                sawDeferral = true;
            } else {
                answering.add(s);
            }
        }
        double total = 0;
        for (Token t : content) {
            total += weight(t);
        }
        double best = 0;
        boolean answered = false;
        for (int i = 0; i < answering.size(); i++) {
            List<Token> window = new ArrayList<>(answering.get(i));
            if (i + 1 < answering.size()) {
                window.addAll(answering.get(i + 1));
            }
            Set<String> keys = keys(window);
            double covered = 0;
            int hits = 0;
            for (Token t : content) {
                if (overlaps(t, keys)) {
                    covered += weight(t);
                    hits++;
                }
            }
            double coverage = total == 0 ? 0 : covered / total;
            best = Math.max(best, coverage);
            boolean topic = content.isEmpty() || hits >= 2 || coverage >= COVERAGE;
            if (topic && givesKind(q.asks(), window)) {
                answered = true;
                break;
            }
        }
        boolean deferredOnly = !answered && sawDeferral && deferralCovers(q, content, replySentences);
        return new Match(answered, deferredOnly, best);
    }

    /** A deferral sentence that speaks about the question's topic: "välitin laskua koskevan kysymyksesi eteenpäin". */
    private boolean deferralCovers(Question q, List<Token> content, List<List<Token>> replySentences) {
        for (List<Token> s : replySentences) {
            if (isDeferral(s)) {
                Set<String> keys = keys(s);
                for (Token t : content) {
                    if (overlaps(t, keys)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    List<Token> contentWords(List<Token> sentence) {
        List<Token> out = new ArrayList<>();
        for (Token t : sentence) {
            if (t.kind() == Token.Kind.NUMBER) {
                out.add(t);
                continue;
            }
            if (!t.isWord() || t.text().length() < 2) {
                continue;
            }
            boolean skip = notContent.contains(t.lower());
            for (WordAnalysis a : t.analyses()) {
                if (notContent.contains(a.baseform()) || "asemosana".equals(a.wordClass())
                        || "sidesana".equals(a.wordClass()) || "kieltosana".equals(a.wordClass())) {
                    skip = true;
                }
            }
            if (!skip) {
                out.add(t);
            }
        }
        return out;
    }

    /** Longer words say more about the topic than short ones; a question's modal verb ("Pitääkö…") little. */
    private double weight(Token t) {
        if (QuestionFinder.hasClitic(t)) {
            for (WordAnalysis a : t.analyses()) {
                if (notContent.contains(a.baseform())) {
                    return 0.5;
                }
            }
        }
        int n = t.text().length();
        double w = n >= 9 ? 1.5 : n >= 5 ? 1.0 : 0.6;
        if (t.kind() == Token.Kind.NUMBER) {
            w = 1.2;
        }
        return w;
    }

    private Set<String> keys(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.NUMBER) {
                out.add(withoutFinalDot(t.text()));
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            out.addAll(keysOf(t));
        }
        return out;
    }

    private Set<String> keysOf(Token t) {
        Set<String> out = new HashSet<>();
        out.add(t.lower());
        for (WordAnalysis a : t.analyses()) {
            String b = a.baseform().toLowerCase(java.util.Locale.ROOT);
            out.add(b);
            out.addAll(a.compoundParts());
            out.addAll(a.roots());
        }
        if (t.analyses().isEmpty() || !t.known()) {
            // unknown words (brands, codes, spoken forms) compare by a stem
            String l = t.lower();
            out.add(l.length() > 5 ? l.substring(0, l.length() - 2) : l);
        }
        Set<String> groups = new HashSet<>();
        for (String k : out) {
            Integer g = synonymGroup.get(k);
            if (g != null) {
                groups.add("#syn" + g);
            }
        }
        out.addAll(groups);
        return out;
    }

    private boolean overlaps(Token t, Set<String> replyKeys) {
        if (t.kind() == Token.Kind.NUMBER) {
            return replyKeys.contains(withoutFinalDot(t.text()));
        }
        if (QuestionFinder.hasClitic(t)) {
            for (WordAnalysis a : t.analyses()) {
                if (replyKeys.contains(a.baseform())) {
                    return true;
                }
            }
        }
        for (String k : keysOf(t)) {
            // tiny parts ("u", "us") and question-neutral words carry no topic
            if (k.length() >= 3 && !notContent.contains(k) && replyKeys.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean givesKind(String asks, List<Token> window) {
        switch (asks) {
            case "time":
                for (Token t : window) {
                    if (t.kind() == Token.Kind.NUMBER && (DATE.matcher(t.text()).matches() || DIGITS.matcher(t.text()).matches())
                            || t.isWord() && (hasAny(t, timeWords) || hasAny(t, WEEKDAYS_AND_MONTHS))) {
                        return true;
                    }
                }
                return false;
            case "amount":
                for (int i = 0; i < window.size(); i++) {
                    Token t = window.get(i);
                    if (t.text().equals("€") || t.isWord() && hasAny(t, amountWords)) {
                        return true;
                    }
                    if (t.kind() == Token.Kind.NUMBER && i + 1 < window.size()
                            && (window.get(i + 1).text().equals("€") || window.get(i + 1).hasLemma("euro"))) {
                        return true;
                    }
                }
                return false;
            case "count":
                for (Token t : window) {
                    if (t.kind() == Token.Kind.NUMBER || t.hasClass("lukusana")) {
                        return true;
                    }
                }
                return false;
            case "how":
                // instructions: an imperative, a 2nd-person or passive verb, "X:n voi …", or a link
                for (Token t : window) {
                    if (t.kind() == Token.Kind.URL || t.kind() == Token.Kind.EMAIL) {
                        return true;
                    }
                    for (WordAnalysis a : t.analyses()) {
                        if ("imperative".equals(a.mood()) || "2".equals(a.person()) || "4".equals(a.person())
                                || "voida".equals(a.baseform()) && "3".equals(a.person())) {
                            return true;
                        }
                    }
                }
                return false;
            case "place":
                // an address, a link, a named place or a postal code
                for (int i = 0; i < window.size(); i++) {
                    Token t = window.get(i);
                    if (t.kind() == Token.Kind.URL || t.kind() == Token.Kind.EMAIL || t.hasClass("paikannimi")
                            || t.kind() == Token.Kind.NUMBER && i > 0 && window.get(i - 1).isCapitalised()
                            || t.kind() == Token.Kind.NUMBER && POSTAL_CODE.matcher(t.text()).matches()
                            || t.isWord() && hasAny(t, placeWords)) {
                        return true;
                    }
                }
                return false;
            case "reason":
                for (Token t : window) {
                    if (t.isWord() && hasAny(t, reasonWords)) {
                        return true;
                    }
                }
                return false;
            default:
                return true;
        }
    }

    private static boolean hasAny(Token t, Set<String> lemmas) {
        if (lemmas.contains(t.lower())) {
            return true;
        }
        for (WordAnalysis a : t.analyses()) {
            if (lemmas.contains(a.baseform())) {
                return true;
            }
            for (String p : a.compoundParts()) {
                if (lemmas.contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String withoutFinalDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** "Välitin asian eteenpäin", "Asia on käsittelyssä", "Selvitämme asiaa ja palaamme siihen". */
    boolean isDeferral(List<Token> sentence) {
        for (Token t : sentence) {
            if (!t.isWord()) {
                continue;
            }
            if (hasAny(t, deferral)) {
                return true;
            }
            for (WordAnalysis a : t.analyses()) {
                if (deferralFuture.contains(a.baseform()) && a.tense() != null && !"past_imperfective".equals(a.tense())
                        && ("1".equals(a.person()) || "4".equals(a.person()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
