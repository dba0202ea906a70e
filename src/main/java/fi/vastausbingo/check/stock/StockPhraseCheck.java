// Check `stock-phrase`: stiff template phrases from wordlists/stock-phrases.txt, matched on lemmas.
package fi.vastausbingo.check.stock;

import fi.vastausbingo.check.Check;
import fi.vastausbingo.check.CheckMeta;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.LintContext;
import fi.vastausbingo.check.StockPhrases;
import fi.vastausbingo.finnish.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One finding per stock phrase found in the reply's own text; the suggestion is its natural alternative. */
public final class StockPhraseCheck implements Check {
    public static final String ID = "stock-phrase";
    private static final CheckMeta META = new CheckMeta(ID, 1, List.of(ID), false);

    private final StockPhrases phrases;

    public StockPhraseCheck(StockPhrases phrases) {
        this.phrases = phrases;
    }

    public static StockPhraseCheck load() {
        return new StockPhraseCheck(StockPhrases.load());
    }

    @Override
    public CheckMeta meta() {
        return META;
    }

    @Override
    public List<Finding> run(LintContext ctx) {
        List<Finding> out = new ArrayList<>();
        String text = ctx.doc().text();
        for (List<Token> sentence : ctx.own().sentences()) {
            List<StockPhrases.Match> matches = new ArrayList<>(phrases.find(sentence));
            // the longest match wins where two entries cover the same words
            matches.sort(Comparator.comparingInt((StockPhrases.Match m) -> m.first().start() - m.last().end())
                    .thenComparingInt(m -> m.first().start()));
            List<Finding> inSentence = new ArrayList<>();
            for (StockPhrases.Match m : matches) {
                if (overlapsAny(inSentence, m)) {
                    continue;
                }
                String evidence = text.substring(m.first().start(), m.last().end()).replaceAll("\\s+", " ");
                inSentence.add(Finding.of(ID, ID, 1, m.first().start(), m.last().end(), "stock-phrase.found",
                        List.of(evidence, m.entry().id()), m.entry().say(), evidence));
            }
            inSentence.sort(Comparator.comparingInt(Finding::start));
            out.addAll(inSentence);
        }
        return out;
    }

    private static boolean overlapsAny(List<Finding> found, StockPhrases.Match m) {
        for (Finding f : found) {
            if (f.start() < m.last().end() && m.first().start() < f.end()) {
                return true;
            }
        }
        return false;
    }
}
