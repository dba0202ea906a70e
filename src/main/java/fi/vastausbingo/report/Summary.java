// Totals over all replies of a run: counts that add up, average score, bands and checks hit.
package fi.vastausbingo.report;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.lint.ReplyResult;
import fi.vastausbingo.score.Band;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code replies = linted + notLinted + unreadable}. {@code checks} counts the replies on which
 * each check scored. {@code skipped} counts locale-file values that were read but not linted
 * (not selected, too short, not message-shaped or not Finnish); they are not replies.
 * {@code suppressed} and {@code baselined} count findings left out by inline comments and by
 * the baseline.
 */
public record Summary(int replies, int linted, int notLinted, int unreadable, double averageScore,
                      Map<String, Integer> bands, Map<String, Integer> checks,
                      int skipped, int suppressed, int baselined) {

    public Summary(int replies, int linted, int notLinted, int unreadable, double averageScore,
                   Map<String, Integer> bands, Map<String, Integer> checks) {
        this(replies, linted, notLinted, unreadable, averageScore, bands, checks, 0, 0, 0);
    }

    public static Summary of(List<ReplyResult> results) {
        return of(results, 0);
    }

    /** @param skipped locale-file values read but not linted */
    public static Summary of(List<ReplyResult> results, int skipped) {
        Accumulator a = new Accumulator();
        results.forEach(a::add);
        return a.build(skipped);
    }

    /** Counts replies as they stream past, so that a run need not keep them to summarise them. */
    public static final class Accumulator {
        private int replies;
        private int linted;
        private int unreadable;
        private int total;
        private int suppressed;
        private int baselined;
        private boolean failing;
        private final Map<String, Integer> bands = new LinkedHashMap<>();
        private final Map<String, Integer> checks = new LinkedHashMap<>();

        public void add(ReplyResult r) {
            replies++;
            suppressed += r.suppressed();
            baselined += r.baselined();
            failing |= r.failing();
            if (r.unreadable()) {
                unreadable++;
                return;
            }
            if (!r.linted()) {
                return;
            }
            linted++;
            total += r.score();
            bands.merge(r.band().id(), 1, Integer::sum);
            for (String id : r.points().keySet()) {
                checks.merge(id, 1, Integer::sum);
            }
        }

        /** True when some reply reached its --fail-on threshold. */
        public boolean failing() {
            return failing;
        }

        public int unreadable() {
            return unreadable;
        }

        public Summary build(int skipped) {
            Map<String, Integer> orderedBands = new LinkedHashMap<>();
            for (Band b : Band.values()) {
                if (bands.containsKey(b.id())) {
                    orderedBands.put(b.id(), bands.get(b.id()));
                }
            }
            Map<String, Integer> orderedChecks = new LinkedHashMap<>();
            for (String id : CheckRegistry.BINGO_ITEMS) {
                if (checks.containsKey(id)) {
                    orderedChecks.put(id, checks.get(id));
                }
            }
            double avg = linted == 0 ? 0.0 : Math.round(10.0 * total / linted) / 10.0;
            return new Summary(replies, linted, replies - linted - unreadable, unreadable, avg,
                    orderedBands, orderedChecks, skipped, suppressed, baselined);
        }
    }
}
