// Tells our replies from customer messages in an indexed mailbox and pairs each reply with the message it answers.
package fi.vastausbingo.mail;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is "ours": the --ours addresses or @domains (else the config's {@code ours:}); without
 * them, the messages the mail client filed as sent (Maildir Sent folder, Gmail "Sent" label)
 * and anything else from their senders; failing that, the one address that answers the most
 * threads (distinct subjects of its Re:/VS: or In-Reply-To messages) — in a support mailbox
 * that is the service desk, while each customer answers only their own thread or two.
 *
 * <p>A reply is paired with the customer message it answers by In-Reply-To, then References
 * (nearest first); else by normalised subject and participants: the latest customer message
 * with the same subject, sent by one of the reply's recipients, not after the reply.
 */
public final class Pairing {
    private Pairing() {}

    /** How "ours" was decided, for the user's information. */
    public enum Method { OPTION, SENT_FOLDER, HEURISTIC, NONE }

    /**
     * @param ours       per entry: our reply (scored)
     * @param pairedWith per entry: the index of the customer message a reply answers, or -1
     * @param byHeaders  per entry: the pairing came from In-Reply-To/References
     * @param answered   per entry: a customer message that some reply answers
     * @param ourAddress the address the heuristic chose, or null
     */
    public record Result(Method method, String ourAddress, boolean[] ours, int[] pairedWith, boolean[] byHeaders,
                         boolean[] answered) {}

    /** "tuki@example.fi" matches itself; "@example.fi" matches every address of the domain (and its subdomains). */
    public static boolean matches(List<String> ours, String address) {
        if (address == null) {
            return false;
        }
        String a = address.toLowerCase(Locale.ROOT);
        for (String o : ours) {
            String p = o.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("@") ? a.endsWith(p) || a.endsWith("." + p.substring(1)) : a.equals(p)) {
                return true;
            }
        }
        return false;
    }

    public static Result pair(List<Mailbox.Entry> entries, List<String> oursOption) {
        int n = entries.size();
        boolean[] ours = new boolean[n];
        Method method;
        String chosen = null;
        if (!oursOption.isEmpty()) {
            method = Method.OPTION;
            for (int i = 0; i < n; i++) {
                ours[i] = readable(entries.get(i)) && matches(oursOption, entries.get(i).fromAddress());
            }
        } else {
            Set<String> sentFrom = new HashSet<>();
            for (Mailbox.Entry e : entries) {
                if (readable(e) && e.sentFlag() && e.fromAddress() != null) {
                    sentFrom.add(e.fromAddress());
                }
            }
            boolean anySent = entries.stream().anyMatch(e -> readable(e) && e.sentFlag());
            if (anySent) {
                method = Method.SENT_FOLDER;
                for (int i = 0; i < n; i++) {
                    Mailbox.Entry e = entries.get(i);
                    ours[i] = readable(e) && (e.sentFlag() || e.fromAddress() != null && sentFrom.contains(e.fromAddress()));
                }
            } else {
                // distinct threads each sender answers; TreeMap: ties go to the first address alphabetically
                Map<String, Set<Long>> threads = new TreeMap<>();
                for (Mailbox.Entry e : entries) {
                    if (readable(e) && e.replyLike() && e.fromAddress() != null) {
                        threads.computeIfAbsent(e.fromAddress(), k -> new HashSet<>()).add(e.thread());
                    }
                }
                int best = 0;
                for (Map.Entry<String, Set<Long>> t : threads.entrySet()) {
                    if (t.getValue().size() > best) {
                        best = t.getValue().size();
                        chosen = t.getKey();
                    }
                }
                method = chosen == null ? Method.NONE : Method.HEURISTIC;
                for (int i = 0; i < n; i++) {
                    Mailbox.Entry e = entries.get(i);
                    // nothing answers anything: every message is linted as a reply, as for single files
                    ours[i] = readable(e) && (chosen == null || chosen.equals(e.fromAddress()));
                }
            }
        }

        Groups byId = new Groups(n, i -> readable(entries.get(i)) ? entries.get(i).messageId() : 0);
        Groups bySubject = new Groups(n, i -> readable(entries.get(i)) && !ours[i] ? entries.get(i).thread() : 0);
        int[] paired = new int[n];
        boolean[] byHeaders = new boolean[n];
        boolean[] answered = new boolean[n];
        java.util.Arrays.fill(paired, -1);
        for (int i = 0; i < n; i++) {
            if (!ours[i]) {
                continue;
            }
            Mailbox.Entry r = entries.get(i);
            long[] refs = r.references();
            for (int k = -1; k < refs.length && paired[i] < 0; k++) {
                // In-Reply-To first, then References nearest first
                long id = k < 0 ? r.inReplyTo() : refs[refs.length - 1 - k];
                int j = id == 0 ? -1 : byId.first(id, m -> entries.get(m).messageId() == id);
                if (j >= 0 && j != i && !ours[j]) {
                    paired[i] = j;
                    byHeaders[i] = true;
                }
            }
            if (paired[i] < 0) {
                paired[i] = bySubject(entries, bySubject, r);
            }
            if (paired[i] >= 0) {
                markAnswered(entries, bySubject, paired[i], r, answered);
            }
        }
        return new Result(method, chosen, ours, paired, byHeaders, answered);
    }

    /**
     * Entry indices grouped by a 64-bit key (a message id or thread hash) in one sorted array of
     * longs instead of a map: a million messages then cost 8 MB, not a hundred. Each long holds
     * the key's top bits and the index; callers re-check the full key of what a group yields.
     */
    static final class Groups {
        private static final int INDEX_BITS = 26;
        private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
        private final long[] packed;

        /** Entries whose key is 0 are left out. */
        Groups(int n, java.util.function.IntToLongFunction key) {
            if (n > INDEX_MASK) {
                throw new IllegalArgumentException("more than " + INDEX_MASK + " messages in one mailbox");
            }
            long[] p = new long[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                long k = key.applyAsLong(i);
                if (k != 0) {
                    p[m++] = (k & ~INDEX_MASK) | i;
                }
            }
            packed = java.util.Arrays.copyOf(p, m);
            java.util.Arrays.sort(packed);
        }

        /** The indices whose key has {@code key}'s top bits, in ascending order, to {@code each}. */
        void forEach(long key, java.util.function.IntConsumer each) {
            long prefix = key & ~INDEX_MASK;
            for (int k = firstWith(prefix); k < packed.length && (packed[k] & ~INDEX_MASK) == prefix; k++) {
                each.accept((int) (packed[k] & INDEX_MASK));
            }
        }

        /** Where the entries with these top bits begin (index 0 sorts first among them). */
        private int firstWith(long prefix) {
            int lo = java.util.Arrays.binarySearch(packed, prefix);
            return lo < 0 ? -lo - 1 : lo;
        }

        /** The lowest index with {@code key}'s top bits that passes {@code exact}, or -1. */
        int first(long key, java.util.function.IntPredicate exact) {
            long prefix = key & ~INDEX_MASK;
            for (int k = firstWith(prefix); k < packed.length && (packed[k] & ~INDEX_MASK) == prefix; k++) {
                int i = (int) (packed[k] & INDEX_MASK);
                if (exact.test(i)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static boolean readable(Mailbox.Entry e) {
        return e.failure() == null;
    }

    /** The latest customer message of the thread from one of the reply's recipients, not after the reply. */
    private static int bySubject(List<Mailbox.Entry> entries, Groups bySubject, Mailbox.Entry r) {
        if (r.thread() == 0) {
            return -1;
        }
        int[] best = {-1};
        bySubject.forEach(r.thread(), j -> {
            Mailbox.Entry c = entries.get(j);
            if (c.thread() != r.thread() || c.fromAddress() == null || !r.sentTo(c.fromAddress()) || !before(c, r)) {
                return;
            }
            if (best[0] < 0 || before(entries.get(best[0]), c)) {
                best[0] = j;
            }
        });
        return best[0];
    }

    /** The paired message and the same customer's earlier messages in the thread are answered by this reply. */
    private static void markAnswered(List<Mailbox.Entry> entries, Groups bySubject, int paired, Mailbox.Entry r,
                                     boolean[] answered) {
        answered[paired] = true;
        Mailbox.Entry p = entries.get(paired);
        String customer = p.fromAddress();
        if (customer == null || p.thread() == 0) {
            return;
        }
        bySubject.forEach(p.thread(), j -> {
            Mailbox.Entry c = entries.get(j);
            if (c.thread() == p.thread() && customer.equals(c.fromAddress()) && before(c, r)) {
                answered[j] = true;
            }
        });
    }

    /** Date order when both dates are known, else mailbox order. */
    static boolean before(Mailbox.Entry a, Mailbox.Entry b) {
        if (a.dated() && b.dated() && a.epochSecond() != b.epochSecond()) {
            return a.epochSecond() < b.epochSecond();
        }
        return a.seq() < b.seq();
    }
}
