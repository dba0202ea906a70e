// Everything a check may look at for one reply: its own text analysed, the segments, the customer.
package fi.vastausbingo.check;

import fi.vastausbingo.finnish.AnalysedText;
import fi.vastausbingo.finnish.Analyser;
import fi.vastausbingo.reply.Segmentation;
import fi.vastausbingo.reply.SourceText;
import java.util.List;

/**
 * @param doc          the reply's whole text and its map to input positions
 * @param segmentation own text / quote / signature / disclaimer
 * @param own          the reply's own text (other parts blanked, offsets kept) analysed
 * @param analyser     the thread's analyser, for checks that look words up themselves
 * @param customer     the customer's message, or null when none is known
 * @param productNames product and service names the suggestions may offer (from config or the customer)
 */
public record LintContext(
        SourceText doc,
        Segmentation segmentation,
        AnalysedText own,
        Analyser analyser,
        Customer customer,
        List<String> productNames) {

    /**
     * The customer's message and what we know of them.
     *
     * @param text     the message text, or null
     * @param name     the customer's display name ("Matti Virtanen"), or null
     * @param analysed the message analysed, or null when there is no text
     */
    public record Customer(String text, String name, AnalysedText analysed) {
        /** First name for a greeting ("Matti"), or null. */
        public String firstName() {
            if (name == null || name.isBlank()) {
                return null;
            }
            String n = name.strip();
            int comma = n.indexOf(',');
            if (comma > 0) {
                // "Virtanen, Matti" (directory style)
                String after = n.substring(comma + 1).strip();
                return after.isEmpty() ? null : after.split("\\s+")[0];
            }
            String first = n.split("\\s+")[0];
            return first.contains("@") ? null : first;
        }
    }
}
