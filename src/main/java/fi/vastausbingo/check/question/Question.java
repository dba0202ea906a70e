// A question or request found in the customer's message, with the kind of answer it asks for.
package fi.vastausbingo.check.question;

import fi.vastausbingo.finnish.Token;
import java.util.List;

/**
 * @param text    the sentence as the customer wrote it (whitespace normalised, sign-off removed)
 * @param tokens  its tokens (offsets into the customer's text)
 * @param request true for a request ("Pyydän palauttamaan…"), false for a question
 * @param asks    the kind of answer: time, amount, count, place, reason, how, yesno, open, or
 *                complaint (a statement that only ends in "??": any reply on its topic will do)
 * @param focus   the clause that asks ("…, voisko joku lähettää uudet tunnukset?"); the whole
 *                sentence when the question starts it
 * @param context the customer's sentence before the question, which pronouns ("se", "tää") and
 *                bare question words ("Miks?") point back to; empty for the first sentence
 */
public record Question(String text, List<Token> tokens, boolean request, String asks, List<Token> focus,
                       List<Token> context) {

    public Question(String text, List<Token> tokens, boolean request, String asks) {
        this(text, tokens, request, asks, tokens, List.of());
    }
}
