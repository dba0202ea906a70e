// Tells our replies from customer messages in an indexed mailbox and pairs each reply with the message it answers.
package fi.vastausbingo.mail;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
                Map<String, Set<String>> threads = new TreeMap<>();
                for (Mailbox.Entry e : entries) {
                    if (readable(e) && e.replyLike() && e.fromAddress() != null) {
                        threads.computeIfAbsent(e.fromAddress(), k -> new HashSet<>()).add(e.threadSubject());
                    }
                }
                int best = 0;
                for (Map.Entry<String, Set<String>> t : threads.entrySet()) {
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

        Map<String, Integer> byId = new HashMap<>();
        Map<String, List<Integer>> bySubject = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Mailbox.Entry e = entries.get(i);
            if (!readable(e)) {
                continue;
            }
            if (e.messageId() != null) {
                byId.putIfAbsent(e.messageId(), i);
            }
            if (!ours[i]) {
                bySubject.computeIfAbsent(e.threadSubject(), k -> new ArrayList<>()).add(i);
            }
        }
        int[] paired = new int[n];
        boolean[] byHeaders = new boolean[n];
        boolean[] answered = new boolean[n];
        java.util.Arrays.fill(paired, -1);
        for (int i = 0; i < n; i++) {
            if (!ours[i]) {
                continue;
            }
            Mailbox.Entry r = entries.get(i);
            List<String> ids = new ArrayList<>();
            if (r.inReplyTo() != null) {
                ids.add(r.inReplyTo());
            }
            for (int k = r.references().size() - 1; k >= 0; k--) {
                ids.add(r.references().get(k));
            }
            for (String id : ids) {
                Integer j = byId.get(id);
                if (j != null && j != i && !ours[j]) {
                    paired[i] = j;
                    byHeaders[i] = true;
                    break;
                }
            }
            if (paired[i] < 0) {
                paired[i] = bySubject(entries, bySubject.get(r.threadSubject()), r);
            }
            if (paired[i] >= 0) {
                markAnswered(entries, bySubject.get(entries.get(paired[i]).threadSubject()), paired[i], r, answered);
            }
        }
        return new Result(method, chosen, ours, paired, byHeaders, answered);
    }

    private static boolean readable(Mailbox.Entry e) {
        return e.failure() == null;
    }

    /** The latest customer message of the thread from one of the reply's recipients, not after the reply. */
    private static int bySubject(List<Mailbox.Entry> entries, List<Integer> candidates, Mailbox.Entry r) {
        if (candidates == null || r.threadSubject().isEmpty()) {
            return -1;
        }
        int best = -1;
        for (int j : candidates) {
            Mailbox.Entry c = entries.get(j);
            if (c.fromAddress() == null || !r.to().contains(c.fromAddress()) || !before(c, r)) {
                continue;
            }
            if (best < 0 || before(entries.get(best), c)) {
                best = j;
            }
        }
        return best;
    }

    /** The paired message and the same customer's earlier messages in the thread are answered by this reply. */
    private static void markAnswered(List<Mailbox.Entry> entries, List<Integer> thread, int paired, Mailbox.Entry r,
                                     boolean[] answered) {
        answered[paired] = true;
        String customer = entries.get(paired).fromAddress();
        if (thread == null || customer == null || entries.get(paired).threadSubject().isEmpty()) {
            return;
        }
        for (int j : thread) {
            Mailbox.Entry c = entries.get(j);
            if (customer.equals(c.fromAddress()) && before(c, r)) {
                answered[j] = true;
            }
        }
    }

    /** Date order when both dates are known, else mailbox order. */
    static boolean before(Mailbox.Entry a, Mailbox.Entry b) {
        OffsetDateTime da = a.date();
        OffsetDateTime db = b.date();
        if (da != null && db != null && !da.isEqual(db)) {
            return da.isBefore(db);
        }
        return a.seq() < b.seq();
    }
}
