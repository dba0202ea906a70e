// Classifies words as sinä-forms or te-forms of address (2nd person singular or plural) from Voikko readings.
package fi.vastausbingo.finnish;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * sinä: the pronoun (and colloquial sä/sun/sulle), possessive -si, verbs in the 2nd person
 * singular (imperative included: "lähetä", "älä"). te: the pronoun (Te, teidän, teille…),
 * possessive -nne, verbs in the 2nd person plural ("voitte", "lähettäkää", "ette"). A
 * connegative after a non-2nd-person negation ("emme lähetä") is neither.
 */
public final class AddressForms {
    public enum Form { SINA, TE, NONE }

    /** Colloquial forms Voikko does not know. */
    private static final Map<String, Form> COLLOQUIAL = Map.ofEntries(
            Map.entry("sä", Form.SINA), Map.entry("sää", Form.SINA), Map.entry("sun", Form.SINA),
            Map.entry("sulle", Form.SINA), Map.entry("sulla", Form.SINA), Map.entry("sulta", Form.SINA),
            Map.entry("sua", Form.SINA), Map.entry("sut", Form.SINA), Map.entry("sust", Form.SINA),
            Map.entry("sinuu", Form.SINA), Map.entry("teil", Form.TE), Map.entry("teiän", Form.TE),
            Map.entry("teijän", Form.TE), Map.entry("teitti", Form.TE));

    private AddressForms() {}

    public static Form of(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return Form.NONE;
        }
        Form c = COLLOQUIAL.get(t.lower());
        if (c != null) {
            return c;
        }
        if (connegative(tokens, i)) {
            // "emme lähetä", "ettehän unohda", "Pankki ei koskaan pyydä": the negation verb carries the person
            return Form.NONE;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence()) {
            Token next = tokens.get(i + 1);
            if (t.lower().equals("sinä") && t.hasLemma("se") && next.hasReading(a -> "olento".equals(a.sijamuoto()))) {
                // "sinä päivänä", "sinä aikana": the essive of "se" before its noun, not the pronoun
                return Form.NONE;
            }
            if (t.hasReading(a -> "nimisana".equals(a.wordClass()) && "nimento".equals(a.sijamuoto())
                    && "plural".equals(a.number()))
                    && next.hasReading(a -> "teonsana".equals(a.wordClass()) && "3".equals(a.person())
                    && "plural".equals(a.number()))) {
                // "kaikki asut ovat perillä": a plural noun as the subject, not "you live"
                return Form.NONE;
            }
        }
        if (t.isCapitalised() && !startsSentence(tokens, i) && (t.hasClass("etunimi") || t.hasClass("sukunimi"))) {
            return Form.NONE; // "Hei Anna" greets Anna, it does not tell anyone to give
        }
        boolean sina = false;
        boolean te = false;
        boolean otherReading = false;
        boolean weakOnly = true;
        boolean possessiveOnly = true;
        boolean baseFormItself = false;
        for (WordAnalysis a : t.analyses()) {
            boolean possessive = a.possessive() != null && a.possessive().startsWith("2");
            possessiveOnly &= possessive || !("2".equals(a.person()) || "sinä".equals(a.baseform())
                    || "te".equals(a.baseform()) && "asemosana".equals(a.wordClass()));
            baseFormItself |= !possessive && t.lower().equals(a.baseform());
        }
        if (baseFormItself && possessiveOnly) {
            // "kuusi" (six, not "your moon"), "vuosi", "käsi": the word is a base form in its own right
            return Form.NONE;
        }
        if (possessiveOnly && t.hasReading(a -> a.person() != null && !"2".equals(a.person())
                && "teonsana".equals(a.wordClass()) && a.question())) {
            // "Voisiko" is "could it", not "your butter?" (voi + -si + -ko): a question verb beats a possessive
            // (but "viestisi" is "your message", not "would communicate")
            return Form.NONE;
        }
        if (nominalOrVerb(t) && otherFiniteVerb(tokens, i)) {
            // "valvonnan kulut maksaa osakas", "ennen kuin saan oikeat": the clause has its verb, so a
            // plural noun or adjective that could also be a 2nd-person verb ("kulut", "oikeat") is the noun
            return Form.NONE;
        }
        for (WordAnalysis a : t.analyses()) {
            boolean second = "sinä".equals(a.baseform()) || "te".equals(a.baseform()) && "asemosana".equals(a.wordClass())
                    || a.possessive() != null && a.possessive().startsWith("2") || "2".equals(a.person());
            if (!second) {
                otherReading = true;
            } else if (!("imperative".equals(a.mood()) && "singular".equals(a.number()))) {
                weakOnly = false;
            }
        }
        if (otherReading && weakOnly && !plausibleImperative(tokens, i)) {
            // "uusi lasku", "maksa" (liver): a bare verb stem that is also a noun or an adjective
            return Form.NONE;
        }
        for (WordAnalysis a : t.analyses()) {
            if ("sinä".equals(a.baseform())) {
                sina = true;
            } else if ("te".equals(a.baseform()) && "asemosana".equals(a.wordClass())) {
                te = true;
            } else if ("2s".equals(a.possessive())) {
                sina = true;
            } else if ("2p".equals(a.possessive())) {
                te = true;
            } else if ("2".equals(a.person())) {
                if ("plural".equals(a.number())) {
                    te = true;
                } else if ("singular".equals(a.number())) {
                    sina = true;
                }
            }
        }
        if (sina && te) {
            return Form.NONE;
        }
        return sina ? Form.SINA : te ? Form.TE : Form.NONE;
    }

    private static boolean isNegation(Token prev) {
        if (!prev.isWord()) {
            return false;
        }
        for (WordAnalysis a : prev.analyses()) {
            if ("ei".equals(a.baseform()) && "kieltosana".equals(a.wordClass())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A connegative: right after a negation verb ("emme lähetä"), or, when the word can be read as
     * an imperative, up to three words after one in the same clause ("ei kuitenkaan tarvitse",
     * "eikä siitä tule enää"). A comma or the sentence's end stops the search.
     */
    private static boolean connegative(List<Token> tokens, int i) {
        if (i > 0 && isNegation(tokens.get(i - 1))) {
            return true;
        }
        Token t = tokens.get(i);
        if (!t.hasReading(a -> "imperative".equals(a.mood()) && "singular".equals(a.number()))) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            Token p = tokens.get(j);
            if (p.sentence() != t.sentence() || !p.isWord()) {
                return false;
            }
            if (isNegation(p)) {
                return true;
            }
        }
        return false;
    }

    /** A plural nominative noun or adjective that is also a 2nd-person singular indicative verb. */
    private static boolean nominalOrVerb(Token t) {
        return t.hasReading(a -> a.wordClass() != null && (a.wordClass().contains("nimisana") || a.wordClass().contains("laatusana"))
                && "nimento".equals(a.sijamuoto()) && "plural".equals(a.number()))
                && t.hasReading(a -> "2".equals(a.person()) && "singular".equals(a.number()) && "indicative".equals(a.mood())
                        && !"voida".equals(a.baseform()))
                && !t.hasReading(a -> "2".equals(a.person()) && !"indicative".equals(a.mood()));
    }

    /** Another word of the same clause (no comma or conjunction between) that reads as a finite verb, not in the 2nd person. */
    private static boolean otherFiniteVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int j = i + dir; j >= 0 && j < tokens.size(); j += dir) {
                Token o = tokens.get(j);
                if (o.sentence() != t.sentence() || o.kind() == Token.Kind.PUNCT && !o.text().equals("-")
                        || CLAUSE_WORDS.contains(o.lower())) {
                    break;
                }
                if (o.isWord() && o.hasReading(a -> a.person() != null && !"2".equals(a.person())
                        && "teonsana".equals(a.wordClass()) && !a.negative()) && !o.hasReading(a -> "2".equals(a.person()))
                        // "Lisäturvan voit liittää": "liittää" is also the infinitive the 2nd-person verb governs
                        && !o.hasReading(a -> "teonsana".equals(a.wordClass()) && a.person() == null)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_WORDS = Set.of("ja", "tai", "mutta", "että", "kun", "jos",
            "koska", "vaikka", "kuin", "jotta", "eli");

    private static boolean startsSentence(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence();
    }

    /**
     * An imperative that is also a noun or adjective reads as an imperative where orders stand:
     * at the start of a sentence or after "ja", "tai", "niin" or a comma, and not as an adjective
     * before its noun ("Uusi lasku on lähetetty").
     */
    private static boolean plausibleImperative(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.hasReading(a -> "asemosana".equals(a.wordClass()))) {
            // "…, siitä tulee lisäkustannus": a pronoun, however an imperative it could also be
            return false;
        }
        if (i >= 2 && tokens.get(i - 1).text().equals(",") && tokens.get(i - 2).isWord()
                && t.start() - tokens.get(i - 1).end() <= 1 && !tokens.get(i - 2).hasClass("etunimi")) {
            // "kahvi, tee sekä leivonnaiset": an item of a list of nouns in the same case on one line
            // (not "Hei Kari,⏎⏎maksa lasku…")
            Token before = tokens.get(i - 2);
            if (t.hasReading(a -> "nimisana".equals(a.wordClass()) && a.sijamuoto() != null
                    && before.hasReading(b -> "nimisana".equals(b.wordClass()) && a.sijamuoto().equals(b.sijamuoto())))) {
                return false;
            }
        }
        boolean position = startsSentence(tokens, i);
        if (!position) {
            Token prev = tokens.get(i - 1);
            String p = prev.lower();
            position = p.equals(",") || p.equals("ja") || p.equals("tai") || p.equals("niin") || p.equals(":");
        }
        if (!position) {
            return false;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence()) {
            Token next = tokens.get(i + 1);
            if (next.isCapitalised() && (next.hasClass("sukunimi") || next.hasClass("etunimi")
                    || next.start() - t.end() <= 1 && !startsSentence(tokens, i + 1))) {
                // "Kurki Matkat", "Hei Anna": a name, not an order
                return false;
            }
            boolean adjective = false;
            for (WordAnalysis a : t.analyses()) {
                adjective |= a.wordClass() != null && a.wordClass().contains("laatusana");
            }
            if (adjective && next.isWord()) {
                // "Uusi lasku", "Uusi kertakäyttöinen salasana": an adjective before its noun
                int k = i + 1;
                while (k + 1 < tokens.size() && tokens.get(k).sentence() == t.sentence()
                        && tokens.get(k).hasReading(a -> "laatusana".equals(a.wordClass()) && "nimento".equals(a.sijamuoto()))
                        && !tokens.get(k).hasReading(a -> "nimisana".equals(a.wordClass()))) {
                    k++;
                }
                if (tokens.get(k).sentence() == t.sentence() && tokens.get(k).hasReading(
                        a -> "nimisana".equals(a.wordClass()) && "nimento".equals(a.sijamuoto()))) {
                    return false;
                }
            }
            // "kermaa tai muuta maitotuotetta": a pronoun or adjective agreeing with the noun after it
            for (WordAnalysis a : t.analyses()) {
                String c = a.sijamuoto();
                if (c != null && ("asemosana".equals(a.wordClass()) || "laatusana".equals(a.wordClass())
                        || "lukusana".equals(a.wordClass())) && next.isWord()
                        && next.hasReading(b -> "nimisana".equals(b.wordClass()) && c.equals(b.sijamuoto()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The same word in the other form, when a safe rule exists: pronouns, possessives (-nne ↔ -si)
     * and indicative/conditional verbs (-tte ↔ -t); null otherwise.
     */
    public static String convert(Token t, Form to) {
        String w = t.text();
        String lower = t.lower();
        boolean cap = t.isCapitalised();
        String out = null;
        if (to == Form.SINA) {
            out = switch (lower) {
                case "te" -> "sinä";
                case "teidän" -> "sinun";
                case "teille" -> "sinulle";
                case "teitä" -> "sinua";
                case "teillä" -> "sinulla";
                case "teiltä" -> "sinulta";
                case "teidät" -> "sinut";
                case "teihin" -> "sinuun";
                case "teistä" -> "sinusta";
                case "ette" -> "et";
                case "älkää" -> "älä";
                default -> null;
            };
            if (out == null) {
                for (WordAnalysis a : t.analyses()) {
                    if ("2p".equals(a.possessive()) && lower.matches(".*nne(?:kin|kaan|kään)?$")) {
                        out = lower.replaceFirst("nne((?:kin|kaan|kään)?)$", "si$1");
                        break;
                    }
                    if ("2".equals(a.person()) && "plural".equals(a.number())
                            && ("indicative".equals(a.mood()) || "conditional".equals(a.mood()))
                            && lower.matches(".*tte(?:ko|kö|han|hän|kin)?$")) {
                        out = lower.replaceFirst("tte((?:ko|kö|han|hän|kin)?)$", "t$1");
                        break;
                    }
                }
            }
        } else if (to == Form.TE) {
            out = switch (lower) {
                case "sinä", "sä" -> "te";
                case "sinun", "sun" -> "teidän";
                case "sinulle", "sulle" -> "teille";
                case "sinua", "sua" -> "teitä";
                case "sinulla", "sulla" -> "teillä";
                case "sinulta", "sulta" -> "teiltä";
                case "sinut", "sut" -> "teidät";
                case "sinuun" -> "teihin";
                case "sinusta" -> "teistä";
                case "et" -> "ette";
                case "älä" -> "älkää";
                default -> null;
            };
            if (out == null) {
                for (WordAnalysis a : t.analyses()) {
                    if ("2s".equals(a.possessive()) && lower.matches(".*si(?:kin|kaan|kään)?$")) {
                        out = lower.replaceFirst("si((?:kin|kaan|kään)?)$", "nne$1");
                        break;
                    }
                    if ("2".equals(a.person()) && "singular".equals(a.number())
                            && ("indicative".equals(a.mood()) || "conditional".equals(a.mood()))
                            && lower.matches(".*t(?:ko|kö|han|hän|kin)?$")) {
                        out = lower.replaceFirst("t((?:ko|kö|han|hän|kin)?)$", "tte$1");
                        break;
                    }
                }
            }
        }
        if (out == null) {
            return null;
        }
        return cap ? Character.toUpperCase(out.charAt(0)) + out.substring(1) : out.equals(lower) ? w : out;
    }
}
