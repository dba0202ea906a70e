// A question or request found in the customer's message, with the kind of answer it asks for.
package fi.vastausbingo.check.question;

import fi.vastausbingo.finnish.Token;
import java.util.List;

/**
 * @param text    the sentence as the customer wrote it (whitespace normalised)
 * @param tokens  its tokens (offsets into the customer's text)
 * @param request true for a request ("Pyydän palauttamaan…"), false for a question
 * @param asks    the kind of answer: time, amount, count, place, reason, how, yesno, open
 */
public record Question(String text, List<Token> tokens, boolean request, String asks) {}
