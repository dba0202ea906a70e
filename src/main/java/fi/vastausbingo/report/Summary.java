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
                      int skipped, int suppressed, int baselined, Mail mail) {

    public Summary(int replies, int linted, int notLinted, int unreadable, double averageScore,
                   Map<String, Integer> bands, Map<String, Integer> checks, int skipped, int suppressed, int baselined) {
        this(replies, linted, notLinted, unreadable, averageScore, bands, checks, skipped, suppressed, baselined, null);
    }

    /**
     * The organisation-level view of a batch: present when the run read a mailbox (and for the
     * CSV and HTML reports, which are batch reports), else null so that the JSON of single files
     * and template repositories keeps its shape.
     *
     * <p>{@code messagesRead = scored + incoming + skipped + unreadable}, where {@code skipped}
     * counts our replies that were not scored (another language, no text of their own) and
     * locale-file values not linted.
     */
    public record Mail(int messagesRead, int scored, int incoming, int skipped, int unreadable, int paired,
                       int unansweredCustomerMessages, List<Unanswered> oldestUnanswered, Card card,
                       List<Integer> histogram, List<Agent> agents, ResponseTimes responseTimes) {}

    /** A customer message no reply answers. {@code date} is ISO-8601 or null. */
    public record Unanswered(String source, String subject, String date) {}

    /**
     * The organisation's bingo card: an item is on it when at least {@code threshold} of the
     * scored replies show it. Greeting counts 2 when most greeting findings are "missing".
     */
    public record Card(double threshold, List<CardItem> items, int points, String band) {}

    /** {@code replies} scored replies showing the item, {@code share} of all scored replies. */
    public record CardItem(String check, int replies, double share, boolean onCard, int points, String kind) {}

    /** One sender of our replies. {@code items}: replies on which each check scored. */
    public record Agent(String agent, int replies, int scored, double averageScore, Map<String, Integer> items) {}

    /** Minutes from customer message to reply over the pairs with both Date headers (nearest-rank percentiles). */
    public record ResponseTimes(int pairs, Long medianMinutes, Long p90Minutes) {}

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
        private final int[] histogram = new int[8];
        private int greetingMissing;
        private int greetingNameless;
        private final Map<String, int[]> agentCounts = new java.util.TreeMap<>();
        private final Map<String, Map<String, Integer>> agentItems = new java.util.HashMap<>();
        private final List<Long> responseMinutes = new java.util.ArrayList<>();
        private int paired;
        private int incoming;
        private int unanswered;
        private boolean mailbox;
        private double cardThreshold = 0.5;
        private final java.util.PriorityQueue<Pending> oldest = new java.util.PriorityQueue<>(
                java.util.Comparator.comparing(Pending::key).reversed());

        /** An unanswered customer message; {@code key} orders by date (undated last), then by input order. */
        private record Pending(String key, Unanswered item) {}

        /** Oldest unanswered customer messages listed in the summary. */
        public static final int OLDEST_LISTED = 10;

        public Accumulator cardThreshold(double t) {
            this.cardThreshold = t;
            return this;
        }

        /** The run read a mailbox: the summary gets its {@link Mail} part. */
        public void mailbox() {
            mailbox = true;
        }

        /** A customer message (not scored); {@code answered} when some reply of ours answers it. */
        /**
         * A customer message. Its subject is asked for only when it is among the oldest unanswered
         * so far (a mailbox index does not keep subjects; they are re-read from the message).
         */
        public void incoming(String source, java.util.function.Supplier<String> subject, java.time.OffsetDateTime date,
                             long order, boolean answered) {
            incoming++;
            if (answered) {
                return;
            }
            unanswered++;
            String key = (date == null ? "9" : "0" + date.toInstant()) + String.format(java.util.Locale.ROOT, "%012d", order);
            if (oldest.size() >= OLDEST_LISTED && key.compareTo(oldest.peek().key()) > 0) {
                return; // newer than every message listed so far
            }
            oldest.add(new Pending(key, new Unanswered(source, subject.get(), date == null ? null : date.toString())));
            if (oldest.size() > OLDEST_LISTED) {
                oldest.poll(); // drops the newest: the queue's head is the largest key
            }
        }

        public void add(ReplyResult r) {
            replies++;
            if (r.mail() != null) {
                ReplyResult.MailInfo mi = r.mail();
                int[] c = agentCounts.computeIfAbsent(mi.agent() == null ? "?" : mi.agent(), k -> new int[3]);
                c[0]++;
                if (r.linted()) {
                    c[1]++;
                    c[2] += r.score();
                    Map<String, Integer> items = agentItems.computeIfAbsent(mi.agent() == null ? "?" : mi.agent(),
                            k -> new LinkedHashMap<>());
                    for (String id : r.points().keySet()) {
                        items.merge(id, 1, Integer::sum);
                    }
                }
                if (mi.answers() != null) {
                    paired++;
                }
                if (mi.responseMinutes() != null) {
                    responseMinutes.add(mi.responseMinutes());
                }
            }
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
            histogram[Math.max(0, Math.min(7, r.score()))]++;
            for (ReplyResult.Located l : r.findings()) {
                if (l.finding().check().equals("greeting")) {
                    if (l.finding().kind().equals("missing")) {
                        greetingMissing++;
                    } else {
                        greetingNameless++;
                    }
                    break;
                }
            }
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
                    orderedBands, orderedChecks, skipped, suppressed, baselined, mailbox ? mail(skipped) : null);
        }

        /** The batch view; its counts add up by construction and are tested on real mailboxes. */
        public Mail mail(int skipped) {
            int notLinted = replies - linted - unreadable;
            List<CardItem> items = new java.util.ArrayList<>();
            int cardPoints = 0;
            for (String id : CheckRegistry.BINGO_ITEMS) {
                int n = checks.getOrDefault(id, 0);
                double share = linted == 0 ? 0.0 : (double) n / linted;
                String kind = null;
                int points = 1;
                if (id.equals("greeting")) {
                    kind = greetingMissing > greetingNameless ? "missing" : "nameless";
                    points = kind.equals("missing") ? 2 : 1;
                }
                boolean on = linted > 0 && share >= cardThreshold;
                if (on) {
                    cardPoints += points;
                }
                items.add(new CardItem(id, n, Math.round(share * 1000) / 1000.0, on, points, kind));
            }
            cardPoints = Math.min(fi.vastausbingo.score.Scorer.MAX_SCORE, cardPoints);
            Card card = new Card(cardThreshold, List.copyOf(items), cardPoints, Band.of(cardPoints).id());
            List<Agent> agents = new java.util.ArrayList<>();
            agentCounts.forEach((a, c) -> {
                Map<String, Integer> ordered = new LinkedHashMap<>();
                Map<String, Integer> got = agentItems.getOrDefault(a, Map.of());
                for (String id : CheckRegistry.BINGO_ITEMS) {
                    if (got.containsKey(id)) {
                        ordered.put(id, got.get(id));
                    }
                }
                agents.add(new Agent(a, c[0], c[1], c[1] == 0 ? 0.0 : Math.round(10.0 * c[2] / c[1]) / 10.0, ordered));
            });
            List<Long> sorted = new java.util.ArrayList<>(responseMinutes);
            sorted.sort(null);
            ResponseTimes rt = new ResponseTimes(sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9));
            List<Pending> pend = new java.util.ArrayList<>(oldest);
            pend.sort(java.util.Comparator.comparing(Pending::key));
            List<Integer> hist = new java.util.ArrayList<>();
            for (int h : histogram) {
                hist.add(h);
            }
            return new Mail(replies + incoming + skipped, linted, incoming, notLinted + skipped, unreadable, paired,
                    unanswered, pend.stream().map(Pending::item).toList(), card, List.copyOf(hist), List.copyOf(agents), rt);
        }

        /** Nearest-rank percentile: the smallest value with at least {@code p} of the values at or below it. */
        static Long rank(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return null;
            }
            int k = (int) Math.ceil(p * sorted.size());
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, k - 1)));
        }
    }
}
