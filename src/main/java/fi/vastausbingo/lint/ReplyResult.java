// The outcome of linting one reply (or of failing to read it), ready for any reporter.
package fi.vastausbingo.lint;

import fi.vastausbingo.check.Finding;
import fi.vastausbingo.reply.SourceText.Position;
import fi.vastausbingo.score.Band;
import fi.vastausbingo.score.Scorer;
import java.util.List;
import java.util.Map;

/**
 * @param linted     false for unreadable input, non-Finnish text or a reply with no text of its own
 * @param unreadable true when the input could not be read at all
 * @param reason     why it was not linted (one line), or null
 * @param language   ISO 639-1 code, or null when unreadable
 * @param maxScore   the most this reply could score with its config (7 with the built-in checks)
 * @param failOn     the score at which this reply fails the run (--fail-on, else its config, else 1)
 * @param suppressed findings left out by inline vastausbingo-disable comments
 * @param baselined  findings left out because the baseline already has them
 * @param file       the file the positions point into, or null when there is none (stdin is "-")
 * @param key        the key of a locale-file value ("mail.welcome.body"), or null
 * @param mail       for a reply read from a mailbox: its agent, the customer message it answers, response time; else null
 */
public record ReplyResult(
        String source,
        String messageId,
        String language,
        boolean linted,
        boolean unreadable,
        String reason,
        String reasonKey,
        int score,
        Band band,
        Map<String, Integer> points,
        List<Located> findings,
        List<Located> notes,
        int maxScore,
        int failOn,
        int suppressed,
        int baselined,
        String file,
        String key,
        MailInfo mail) {

    /**
     * What the mailbox said about a reply of ours.
     *
     * @param agent           the reply's sender: "Name &lt;address&gt;", or the address
     * @param answers         the source of the customer message it answers, or null when unpaired
     * @param pairedBy        "headers" (In-Reply-To/References) or "subject", or null
     * @param responseMinutes minutes from the customer message to the reply (Date headers), or null
     */
    public record MailInfo(String agent, String answers, String pairedBy, Long responseMinutes) {}

    /** A result without mailbox information (files, templates, JSONL). */
    public ReplyResult(String source, String messageId, String language, boolean linted, boolean unreadable,
                       String reason, String reasonKey, int score, Band band, Map<String, Integer> points,
                       List<Located> findings, List<Located> notes, int maxScore, int failOn, int suppressed,
                       int baselined, String file, String key) {
        this(source, messageId, language, linted, unreadable, reason, reasonKey, score, band, points, findings, notes,
                maxScore, failOn, suppressed, baselined, file, key, null);
    }

    /** A finding with its positions in the input file. */
    public record Located(Finding finding, Position start, Position end) {}

    /** The shape before config, suppressions and baselines: built-in maximum, threshold 1, no file. */
    public ReplyResult(String source, String messageId, String language, boolean linted, boolean unreadable,
                       String reason, String reasonKey, int score, Band band, Map<String, Integer> points,
                       List<Located> findings, List<Located> notes) {
        this(source, messageId, language, linted, unreadable, reason, reasonKey, score, band, points, findings, notes,
                Scorer.MAX_SCORE, 1, 0, 0, null, null);
    }

    public static ReplyResult unreadable(String source, String reason) {
        return new ReplyResult(source, null, null, false, true, reason, "reason.unreadable", 0, null, Map.of(),
                List.of(), List.of());
    }

    public static ReplyResult notLinted(String source, String messageId, String language, String reasonKey, String reason) {
        return new ReplyResult(source, messageId, language, false, false, reason, reasonKey, 0, null, Map.of(),
                List.of(), List.of());
    }

    /** The same result attributed to a file (and a locale key) and judged against {@code failOn}. */
    public ReplyResult at(String file, String key, int failOn) {
        return new ReplyResult(source, messageId, language, linted, unreadable, reason, reasonKey, score, band, points,
                findings, notes, maxScore, failOn, suppressed, baselined, file, key, mail);
    }

    /** The same result with what the mailbox said about it. */
    public ReplyResult withMail(MailInfo info) {
        return new ReplyResult(source, messageId, language, linted, unreadable, reason, reasonKey, score, band, points,
                findings, notes, maxScore, failOn, suppressed, baselined, file, key, info);
    }

    /** True when this reply makes the run exit 1. */
    public boolean failing() {
        return linted && score >= failOn;
    }
}
