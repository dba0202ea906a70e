// Rule-tester for checks: tables of replies that must not fire and replies that must, with the words hit.
package fi.vastausbingo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.vastausbingo.finnish.AnalysedText;
import fi.vastausbingo.finnish.Analyser;
import fi.vastausbingo.finnish.AnalysisCache;
import fi.vastausbingo.finnish.Analysers;
import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.finnish.Tokenizer;
import fi.vastausbingo.lint.CustomerMessage;
import fi.vastausbingo.lint.ProductNames;
import fi.vastausbingo.reply.Segmentation;
import fi.vastausbingo.reply.Segmenter;
import fi.vastausbingo.reply.SourceText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs one check on a reply text the way the linter does (segmentation, Voikko analysis) and
 * asserts on finding kinds, message keys and the exact words each finding covers.
 */
public final class CheckTester {
    private static final Analysers ANALYSERS = Analysers.probe(new AnalysisCache());
    private static final ThreadLocal<Analyser> ANALYSER = ThreadLocal.withInitial(ANALYSERS::create);
    private static final Tokenizer TOKENIZER = new Tokenizer(Placeholders.builtIn());

    /** A table row: the reply, optional customer, and for invalid rows what must be found. */
    public record Case(String reply, String customerName, String customerText, String kind, String spanText,
                       String messageKey) {
        public Case customer(String name, String text) {
            return new Case(reply, name, text, kind, spanText, messageKey);
        }

        public Case key(String key) {
            return new Case(reply, customerName, customerText, kind, spanText, key);
        }

        @Override
        public String toString() {
            String r = reply.replace("\n", "⏎");
            return r.length() > 70 ? r.substring(0, 67) + "…" : r;
        }
    }

    public static Case valid(String reply) {
        return new Case(reply, null, null, null, null, null);
    }

    /** The check must report a finding of {@code kind} covering exactly {@code spanText} (null: any span). */
    public static Case invalid(String reply, String kind, String spanText) {
        return new Case(reply, null, null, kind, spanText, null);
    }

    private final Check check;

    public CheckTester(Check check) {
        this.check = check;
    }

    public static boolean voikko() {
        return ANALYSERS.voikkoAvailable();
    }

    public List<Finding> run(Case c) {
        SourceText doc = SourceText.identity(c.reply());
        Segmentation seg = new Segmenter().segment(doc.text());
        Analyser a = ANALYSER.get();
        AnalysedText own = AnalysedText.analyse(seg.ownMasked(), TOKENIZER, a);
        LintContext.Customer customer = null;
        List<String> products = List.of();
        // as the linter does: without a customer message the original quoted in the reply stands in
        String customerText = c.customerText() != null ? c.customerText() : seg.quotedOriginal();
        String customerName = c.customerName() != null ? c.customerName() : seg.quotedAuthorName();
        if (customerName != null || customerText != null) {
            customer = CustomerMessage.of(customerText, customerName, new Segmenter(), TOKENIZER, a);
            if (customer.analysed() != null) {
                products = ProductNames.fromCustomer(customer.analysed());
            }
        }
        return check.run(new LintContext(doc, seg, own, a, customer, products));
    }

    public void assertValid(Case c) {
        List<Finding> found = run(c);
        if (!found.isEmpty()) {
            fail("expected no " + check.meta().id() + " finding in:\n" + c.reply() + "\nbut got: " + describe(c, found));
        }
    }

    public List<Finding> assertInvalid(Case c) {
        List<Finding> found = run(c);
        assertFalse(found.isEmpty(), () -> "expected a " + check.meta().id() + " finding in:\n" + c.reply());
        Finding f = found.stream()
                .filter(x -> c.spanText() == null || c.reply().substring(x.start(), x.end()).equals(c.spanText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding covers \"" + c.spanText() + "\"; got "
                        + describe(c, found)));
        assertEquals(check.meta().id(), f.check());
        if (c.kind() != null) {
            assertEquals(c.kind(), f.kind(), () -> "kind in " + describe(c, found));
        }
        if (c.messageKey() != null) {
            assertEquals(c.messageKey(), f.messageKey());
        }
        assertTrue(f.points() > 0 && f.points() <= check.meta().maxPoints());
        return found;
    }

    public static String describe(Case c, List<Finding> found) {
        return found.stream()
                .map(f -> f.kind() + "[" + c.reply().substring(f.start(), f.end()) + "] " + f.messageKey())
                .collect(Collectors.joining("; "));
    }
}
