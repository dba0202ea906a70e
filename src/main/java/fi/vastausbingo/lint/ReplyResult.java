// The outcome of linting one reply (or of failing to read it), ready for any reporter.
package fi.vastausbingo.lint;

import fi.vastausbingo.check.Finding;
import fi.vastausbingo.reply.SourceText.Position;
import fi.vastausbingo.score.Band;
import java.util.List;
import java.util.Map;

/**
 * @param linted     false for unreadable input, non-Finnish text or a reply with no text of its own
 * @param unreadable true when the input could not be read at all
 * @param reason     why it was not linted (one line), or null
 * @param language   ISO 639-1 code, or null when unreadable
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
        List<Located> notes) {

    /** A finding with its positions in the input file. */
    public record Located(Finding finding, Position start, Position end) {}

    public static ReplyResult unreadable(String source, String reason) {
        return new ReplyResult(source, null, null, false, true, reason, "reason.unreadable", 0, null, Map.of(),
                List.of(), List.of());
    }

    public static ReplyResult notLinted(String source, String messageId, String language, String reasonKey, String reason) {
        return new ReplyResult(source, messageId, language, false, false, reason, reasonKey, 0, null, Map.of(),
                List.of(), List.of());
    }
}
