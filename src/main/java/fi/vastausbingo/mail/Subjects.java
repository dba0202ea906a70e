// Normalises e-mail subjects for threading: reply/forward prefixes, counters and [tags] removed.
package fi.vastausbingo.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "VS: RE: [Tiketti #123] Lasku" and "Lasku" are the same thread. Mail clients prefix replies in
 * their own language (Re, VS = vastaus, SV = svar, AW = Antwort) and forwards (Fwd, FW, VL =
 * välitetty, VB), sometimes with a counter ("Re[2]:", "RE (2):") and with helpdesk tags in
 * brackets; all of them, in any order and number, are stripped before comparing.
 */
public final class Subjects {
    private Subjects() {}

    private static final String PREFIX = "(?:re|vs|sv|aw|vl|vb|fw|fwd|vast|ynt)";
    private static final Pattern LEADING = Pattern.compile(
            "^\\s*(?:" + PREFIX + "\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:|\\[[^\\]]*\\])\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY = Pattern.compile(
            "^\\s*(?:\\[[^\\]]*\\]\\s*)*(?:re|vs|sv|aw|vast|ynt)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:", Pattern.CASE_INSENSITIVE);

    /** The subject without prefixes and tags, whitespace collapsed, lower-case; "" for none. */
    public static String normalise(String subject) {
        if (subject == null) {
            return "";
        }
        String s = subject;
        while (true) {
            String t = LEADING.matcher(s).replaceFirst("");
            if (t.equals(s)) {
                break;
            }
            s = t;
        }
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** True when the subject says the message answers another (Re:, VS:, SV:…), not a forward. */
    public static boolean isReply(String subject) {
        return subject != null && REPLY.matcher(subject).find();
    }
}
