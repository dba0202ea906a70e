// The result of segmenting a reply: which lines are the agent's own, quoted, signature or disclaimer.
package fi.vastausbingo.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments cover the text from start to end in order, with neighbours of the same part merged.
 * Checks read {@link #ownMasked()} so that every offset they report is an offset into the
 * original text; the customer's message and names come along for the checks that need them.
 */
public final class Segmentation {
    private final String text;
    private final List<Segment> segments;
    private final String quotedOriginal;
    private final String quotedAuthorName;
    private final String signatureName;
    private final String ownMasked;

    Segmentation(String text, List<Segment> segments, String quotedOriginal, String quotedAuthorName,
                 String signatureName) {
        this.text = text;
        this.segments = List.copyOf(segments);
        this.quotedOriginal = quotedOriginal;
        this.quotedAuthorName = quotedAuthorName;
        this.signatureName = signatureName;
        this.ownMasked = mask(text, this.segments);
    }

    /** The text that was segmented. */
    public String text() {
        return text;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The segments of one part, in text order. */
    public List<Segment> segments(Part part) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.part() == part) {
                out.add(s);
            }
        }
        return out;
    }

    /** The part the character at {@code offset} belongs to (the last segment's part at the very end). */
    public Part partAt(int offset) {
        if (segments.isEmpty()) {
            return Part.OWN;
        }
        for (Segment s : segments) {
            if (s.contains(offset)) {
                return s.part();
            }
        }
        return segments.get(segments.size() - 1).part();
    }

    /** The text of one segment. */
    public String textOf(Segment s) {
        return text.substring(s.start(), s.end());
    }

    /**
     * The text with everything outside OWN segments blanked: each such character becomes a
     * space, '\n' stays, so line and column of every own word are those of the original.
     */
    public String ownMasked() {
        return ownMasked;
    }

    private static String mask(String text, List<Segment> segments) {
        char[] c = text.toCharArray();
        for (Segment s : segments) {
            if (s.part() == Part.OWN) {
                continue;
            }
            for (int k = s.start(); k < s.end(); k++) {
                if (c[k] != '\n') {
                    c[k] = ' ';
                }
            }
        }
        return new String(c);
    }

    /** True when the agent wrote anything at all (OWN holds a non-blank character). */
    public boolean hasOwnText() {
        for (Segment s : segments) {
            if (s.part() == Part.OWN && !text.substring(s.start(), s.end()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The customer's latest message from the quote, without ">" prefixes and header lines and
     * cut before any older message it quotes in turn; null when the reply quotes nothing.
     */
    public String quotedOriginal() {
        return quotedOriginal;
    }

    /** Display name of the quoted message's author from its header, without address or quotes; null when unknown. */
    public String quotedAuthorName() {
        return quotedAuthorName;
    }

    /** The name line of the sign-off block ("Matti Meikäläinen", "{{agent.name}}"), or null. */
    public String signatureName() {
        return signatureName;
    }

    @Override
    public String toString() {
        return "Segmentation" + segments;
    }
}
