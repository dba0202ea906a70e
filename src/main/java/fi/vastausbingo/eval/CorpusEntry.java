// One labelled pair of the evaluation corpus: the customer's message, the reply, and what a person found in it.
package fi.vastausbingo.eval;

import java.util.List;

/**
 * @param labels what the reply shows according to the person who labelled it
 */
public record CorpusEntry(String id, String customer, String customerName, String reply, Labels labels, int line) {

    /** One labelled finding in the SPEC §6 shape (check, kind, evidence). */
    public record Label(String check, String kind, String evidence) {}

    public record Labels(String language, boolean linted, List<Label> findings, int score) {}
}
