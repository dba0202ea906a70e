// Shared assertions for segmentation tests: structural invariants and a one-letter-per-line view.
package fi.vastausbingo.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Expected segmentations are written as one letter per line (O, Q, S, D) to keep tables readable. */
final class SegmentationAssert {
    private SegmentationAssert() {}

    /** The part of every line of {@code text} as letters; a final empty line after '\n' is not a line. */
    static String lineParts(String text, Segmentation seg) {
        StringBuilder sb = new StringBuilder();
        int lineStart = 0;
        while (lineStart < text.length()) {
            sb.append(letter(seg.partAt(lineStart)));
            int nl = text.indexOf('\n', lineStart);
            lineStart = nl < 0 ? text.length() : nl + 1;
        }
        return sb.toString();
    }

    static char letter(Part p) {
        return switch (p) {
            case OWN -> 'O';
            case QUOTE -> 'Q';
            case SIGNATURE -> 'S';
            case DISCLAIMER -> 'D';
        };
    }

    /** The text with each line prefixed by its letter, for failure messages. */
    static String render(String text, Segmentation seg) {
        StringBuilder sb = new StringBuilder();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int end = nl < 0 ? text.length() : nl;
            sb.append(letter(seg.partAt(lineStart))).append('|').append(text, lineStart, end).append('\n');
            lineStart = end + 1;
        }
        return sb.toString();
    }

    /** Segments tile the text, start at line starts, end after '\n' or at the end, and alternate parts. */
    static void wellFormed(String text, Segmentation seg) {
        List<Segment> segs = seg.segments();
        if (text.isEmpty()) {
            assertTrue(segs.isEmpty(), "empty text has no segments");
        } else {
            assertEquals(0, segs.get(0).start(), "first segment starts at 0");
            assertEquals(text.length(), segs.get(segs.size() - 1).end(), "last segment ends at the end");
        }
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            assertTrue(s.end() > s.start(), "no empty segment: " + s);
            assertTrue(s.start() == 0 || text.charAt(s.start() - 1) == '\n', "starts at a line start: " + s);
            assertTrue(s.end() == text.length() || text.charAt(s.end() - 1) == '\n', "ends at a line end: " + s);
            if (i > 0) {
                assertEquals(segs.get(i - 1).end(), s.start(), "contiguous");
                assertNotEquals(segs.get(i - 1).part(), s.part(), "same-part neighbours are merged");
            }
        }
        String masked = seg.ownMasked();
        assertEquals(text.length(), masked.length(), "ownMasked keeps the length");
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            char m = masked.charAt(k);
            if (c == '\n') {
                assertEquals('\n', m, "newline kept at " + k);
            } else if (seg.partAt(k) == Part.OWN) {
                assertEquals(c, m, "own char kept at " + k);
            } else {
                assertEquals(' ', m, "non-own char blanked at " + k);
            }
        }
    }
}
