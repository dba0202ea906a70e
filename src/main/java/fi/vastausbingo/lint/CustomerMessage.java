// Prepares the customer's message for the checks: its own words only (no older quotes, no signature), analysed.
package fi.vastausbingo.lint;

import fi.vastausbingo.check.LintContext;
import fi.vastausbingo.finnish.AnalysedText;
import fi.vastausbingo.finnish.Analyser;
import fi.vastausbingo.finnish.Tokenizer;
import fi.vastausbingo.reply.Segmentation;
import fi.vastausbingo.reply.Segmenter;
import fi.vastausbingo.reply.SourceText;

/** The customer's message may quote an older reply of ours; only its own text asks anything. */
public final class CustomerMessage {
    private CustomerMessage() {}

    public static LintContext.Customer of(String text, String name, Segmenter segmenter, Tokenizer tokenizer,
                                          Analyser analyser) {
        if (text == null) {
            return name == null ? null : new LintContext.Customer(null, name, null);
        }
        String normalised = SourceText.normalise(text);
        Segmentation seg = segmenter.segment(normalised);
        String own = seg.hasOwnText() ? seg.ownMasked() : normalised;
        String who = name != null ? name : seg.signatureName();
        return new LintContext.Customer(normalised, who, AnalysedText.analyse(own, tokenizer, analyser));
    }
}
