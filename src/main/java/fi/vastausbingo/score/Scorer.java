// Turns findings into the bingo score: points summed per check and capped at the check's maximum.
package fi.vastausbingo.score;

import fi.vastausbingo.check.Check;
import fi.vastausbingo.check.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Score arithmetic, kept apart from the checks so that caps live in one place. */
public final class Scorer {
    public static final int MAX_SCORE = 7;

    private Scorer() {}

    /** Points per check id, each capped by the check's {@code maxPoints}. */
    public static Map<String, Integer> pointsByCheck(List<Check> checks, List<Finding> findings) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Check c : checks) {
            int sum = 0;
            for (Finding f : findings) {
                if (!f.note() && f.check().equals(c.meta().id())) {
                    sum += f.points();
                }
            }
            if (sum > 0) {
                out.put(c.meta().id(), Math.min(sum, c.meta().maxPoints()));
            }
        }
        return out;
    }

    public static int total(Map<String, Integer> pointsByCheck) {
        return Math.min(MAX_SCORE, pointsByCheck.values().stream().mapToInt(Integer::intValue).sum());
    }
}
