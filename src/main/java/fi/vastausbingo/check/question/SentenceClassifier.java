// A second opinion on whether a customer's sentence asks something (the OpenNLP model, when shipped).
package fi.vastausbingo.check.question;

import fi.vastausbingo.finnish.Token;
import java.util.List;

/** Given the rules' verdict, returns the final one. */
public interface SentenceClassifier {
    QuestionFinder.Verdict adjust(List<Token> sentence, QuestionFinder.Verdict rules);
}
