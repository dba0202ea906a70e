// Picks product and service names out of the customer's message, for vague-wording suggestions.
package fi.vastausbingo.lint;

import fi.vastausbingo.finnish.AnalysedText;
import fi.vastausbingo.finnish.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A customer who writes "Nokia G22", "Elisa Viihde -palvelu" or "Netflix-palvelun" has told us
 * the name the reply should use. Candidates: runs of capitalised words or model codes that do
 * not open a sentence and are not personal names, and the first part of a hyphenated
 * "X-palvelu"/"X-tuote" compound.
 */
public final class ProductNames {
    private static final int LIMIT = 3;

    private ProductNames() {}

    public static List<String> fromCustomer(AnalysedText customer) {
        Set<String> out = new LinkedHashSet<>();
        List<Token> tokens = customer.tokens();
        for (int i = 0; i < tokens.size() && out.size() < LIMIT; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            int dash = lower.lastIndexOf('-');
            if (dash > 0 && (lower.startsWith("palvelu", dash + 1) || lower.startsWith("tuote", dash + 1)
                    || lower.startsWith("tuotte", dash + 1) || lower.startsWith("sovellu", dash + 1))) {
                out.add(t.text().substring(0, dash));
                continue;
            }
            boolean sentenceStart = i == 0 || tokens.get(i - 1).sentence() != t.sentence();
            boolean brandLikePlace = t.hasClass("paikannimi") && t.isCapitalised() && i + 1 < tokens.size()
                    && isModelCode(tokens.get(i + 1));
            if (!(startsName(t) || brandLikePlace) || sentenceStart && !isModelCode(t)) {
                continue;
            }
            int j = i;
            StringBuilder name = new StringBuilder(t.text());
            while (j + 1 < tokens.size() && tokens.get(j + 1).sentence() == t.sentence()
                    && (startsName(tokens.get(j + 1)) || isModelCode(tokens.get(j + 1)))
                    && tokens.get(j + 1).start() - tokens.get(j).end() <= 1) {
                j++;
                name.append(' ').append(tokens.get(j).text());
            }
            out.add(name.toString());
            i = j;
        }
        return List.copyOf(new ArrayList<>(out));
    }

    private static boolean startsName(Token t) {
        if (!t.isWord() || !t.isCapitalised() || t.hasClass("etunimi") || t.hasClass("sukunimi")) {
            return false;
        }
        // capitalised ordinary words ("Kiitos", "Moi") and places are not names; unknown words and brands
        // are ("Nokia" is a place to Voikko, so it counts only before a model code: "Nokia G22")
        return !t.known() || t.hasClass("nimi") || isModelCode(t);
    }

    private static boolean isModelCode(Token t) {
        String s = t.text();
        return (t.isWord() || t.kind() == Token.Kind.NUMBER) && s.length() >= 2
                && s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isLetter);
    }
}
