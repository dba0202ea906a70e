// Compares the linter's findings with a labelled corpus: precision, recall, F1 per check, kinds, scores, errors.
package fi.vastausbingo.eval;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.check.Finding;
import fi.vastausbingo.check.password.PlaintextPasswordCheck;
import fi.vastausbingo.lint.ReplyResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * List checks (vague wording, stock phrases, unanswered questions, passwords) are scored per
 * finding: a finding matches a labelled one of the same check when one evidence contains the
 * other or they share at least half of their words; each label is used once. Greeting and
 * register are scored per reply (the reply has the item or not), and their kinds are compared
 * where both found it. A reply the corpus calls non-Finnish must come out not linted.
 */
public final class Evaluator {
    private static final Set<String> PER_REPLY = Set.of("greeting", "register");

    /** Counts for one check. */
    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;
        public int kindAgree;
        public int kindTotal;

        public double precision() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One wrong call, for the list the user reads. */
    public record Miss(String id, String check, String kind, String words) {}

    /** Everything {@code eval} reports. */
    public record Result(int pairs, int finnish, int languageCorrect, Map<String, Counts> checks,
                         int scoreExact, double scoreAbsError, int scored, List<Miss> falsePositives,
                         List<Miss> falseNegatives) {
        public double scoreAccuracy() {
            return scored == 0 ? 0 : scoreExact / (double) scored;
        }

        public double meanAbsoluteError() {
            return scored == 0 ? 0 : scoreAbsError / scored;
        }
    }

    private final Map<String, Counts> checks = new LinkedHashMap<>();
    private final List<Miss> fps = new ArrayList<>();
    private final List<Miss> fns = new ArrayList<>();
    private int pairs;
    private int finnish;
    private int languageCorrect;
    private int scoreExact;
    private double scoreAbsError;
    private int scored;

    public Evaluator() {
        for (String id : CheckRegistry.BINGO_ITEMS) {
            checks.put(id, new Counts());
        }
    }

    public void add(CorpusEntry e, ReplyResult r) {
        pairs++;
        boolean expectLinted = e.labels().linted();
        if (expectLinted) {
            finnish++;
        }
        if (expectLinted == r.linted()) {
            languageCorrect++;
        } else {
            fps.add(new Miss(e.id(), "language", expectLinted ? "not linted" : "linted",
                    expectLinted ? String.valueOf(r.reason()) : "language " + r.language()));
        }
        List<Finding> predicted = new ArrayList<>();
        if (r.linted()) {
            for (ReplyResult.Located l : r.findings()) {
                predicted.add(l.finding());
            }
        }
        List<CorpusEntry.Label> gold = expectLinted ? e.labels().findings() : List.of();
        for (String check : CheckRegistry.BINGO_ITEMS) {
            List<Finding> p = predicted.stream().filter(f -> f.check().equals(check)).toList();
            List<CorpusEntry.Label> g = gold.stream().filter(l -> l.check().equals(check)).toList();
            // a label without evidence (e.g. converted from a per-reply yes/no) is judged per reply
            boolean noEvidence = !g.isEmpty() && g.stream().allMatch(l -> l.evidence() == null);
            if (PER_REPLY.contains(check) || noEvidence) {
                perReply(e, check, p, g);
            } else {
                perFinding(e, check, p, g);
            }
        }
        if (expectLinted) {
            scored++;
            int got = r.linted() ? r.score() : 0;
            if (got == e.labels().score()) {
                scoreExact++;
            }
            scoreAbsError += Math.abs(got - e.labels().score());
        }
    }

    private void perReply(CorpusEntry e, String check, List<Finding> p, List<CorpusEntry.Label> g) {
        Counts c = checks.get(check);
        if (!p.isEmpty() && !g.isEmpty()) {
            c.tp++;
            c.kindTotal++;
            if (g.get(0).kind() == null || p.get(0).kind().equals(g.get(0).kind())) {
                c.kindAgree++;
            } else {
                fps.add(new Miss(e.id(), check, "kind " + p.get(0).kind() + " (labelled " + g.get(0).kind() + ")",
                        p.get(0).evidence()));
            }
        } else if (!p.isEmpty()) {
            c.fp++;
            fps.add(new Miss(e.id(), check, p.get(0).kind(), p.get(0).evidence()));
        } else if (!g.isEmpty()) {
            c.fn++;
            fns.add(new Miss(e.id(), check, g.get(0).kind(), g.get(0).evidence()));
        }
    }

    private void perFinding(CorpusEntry e, String check, List<Finding> p, List<CorpusEntry.Label> g) {
        Counts c = checks.get(check);
        int[] hits = pair(check, p.stream().map(Finding::evidence).toList(),
                g.stream().map(CorpusEntry.Label::evidence).toList());
        boolean[] used = new boolean[g.size()];
        for (int k = 0; k < p.size(); k++) {
            if (hits[k] >= 0) {
                used[hits[k]] = true;
                c.tp++;
            } else {
                Finding f = p.get(k);
                c.fp++;
                fps.add(new Miss(e.id(), check, f.kind(), f.evidence()));
            }
        }
        for (int i = 0; i < g.size(); i++) {
            if (!used[i]) {
                c.fn++;
                String words = check.equals("plaintext-password") ? PlaintextPasswordCheck.redact(String.valueOf(g.get(i).evidence()))
                        : g.get(i).evidence();
                fns.add(new Miss(e.id(), check, g.get(i).kind(), words));
            }
        }
    }

    /**
     * Pairs found evidence with labelled evidence one to one, each found item with the first unused
     * label it matches, in order.
     *
     * @return for each found item the index of its label, or -1 when it matches none
     */
    static int[] pair(String check, List<String> found, List<String> labelled) {
        int[] hits = new int[found.size()];
        boolean[] used = new boolean[labelled.size()];
        for (int k = 0; k < found.size(); k++) {
            hits[k] = -1;
            for (int i = 0; i < labelled.size(); i++) {
                if (!used[i] && matches(check, found.get(k), labelled.get(i))) {
                    used[i] = true;
                    hits[k] = i;
                    break;
                }
            }
        }
        return hits;
    }

    static boolean matches(String check, String predicted, String labelled) {
        if (predicted == null || labelled == null) {
            return predicted == null && labelled == null;
        }
        if (check.equals("plaintext-password")) {
            // the linter never shows the secret; compare its redacted form (or the placeholder)
            return predicted.contains(labelled) || predicted.contains(PlaintextPasswordCheck.redact(labelled));
        }
        String p = normalise(predicted);
        String l = normalise(labelled);
        if (p.isEmpty() || l.isEmpty()) {
            return false;
        }
        if (p.contains(l) || l.contains(p)) {
            return true;
        }
        Set<String> a = new HashSet<>(Arrays.asList(p.split(" ")));
        Set<String> b = new HashSet<>(Arrays.asList(l.split(" ")));
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return inter.size() * 2 >= Math.min(a.size(), b.size()) && !inter.isEmpty()
                && inter.size() * 2 >= Math.max(a.size(), b.size()) - 1;
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}„“”«»–—…]", " ").replaceAll("\\s+", " ").strip();
    }

    public Result result() {
        return new Result(pairs, finnish, languageCorrect, checks, scoreExact, scoreAbsError, scored,
                List.copyOf(fps), List.copyOf(fns));
    }
}
