// Builds a decoded string together with the file line and column of every character, as a SourceText.
package fi.vastausbingo.templates;

import fi.vastausbingo.reply.SourceText;
import java.util.Arrays;

/**
 * The readers of locale files decode string values (escapes, folded YAML lines, joined gettext
 * literals), so a character of the value is rarely at "value start + offset" in the file. Each
 * reader appends the decoded characters with the file position each came from; {@link #build}
 * turns that into a {@link SourceText} whose line map and waypoints reproduce those positions,
 * so every reporter shows file lines and columns without knowing about the decoding.
 */
public final class MappedTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] lines = new int[64];
    private int[] cols = new int[64];

    /** Appends one decoded character that came from 1-based file {@code line}, {@code col}. */
    public MappedTextBuilder append(char c, int line, int col) {
        if (text.length() == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
            cols = Arrays.copyOf(cols, cols.length * 2);
        }
        lines[text.length()] = line;
        cols[text.length()] = col;
        text.append(c == '\r' ? '\n' : c);
        return this;
    }

    public int length() {
        return text.length();
    }

    public String text() {
        return text.toString();
    }

    /**
     * The mapped text. {@code endLine}/{@code endCol} is the file position just after the last
     * character (where an empty value or a finding that ends the value points).
     */
    public SourceText build(int endLine, int endCol) {
        String t = text.toString();
        int n = t.length();
        int lineCount = 1;
        for (int i = 0; i < n; i++) {
            if (t.charAt(i) == '\n') {
                lineCount++;
            }
        }
        int[] origLine = new int[lineCount];
        int[] origCol = new int[lineCount];
        int[] wpOff = new int[n + 1];
        int[] wpLine = new int[n + 1];
        int[] wpCol = new int[n + 1];
        int wp = 0;
        int li = 0;
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            int l = i < n ? lines[i] : endLine;
            int c = i < n ? cols[i] : endCol;
            if (i == lineStart) {
                origLine[li] = l;
                origCol[li] = c;
            } else {
                int pl = lines[i - 1];
                int pc = cols[i - 1];
                // the line map (or the last waypoint) predicts "previous + 1"; a jump needs a waypoint
                if (l != pl || c != pc + 1) {
                    wpOff[wp] = i;
                    wpLine[wp] = l;
                    wpCol[wp] = c;
                    wp++;
                }
            }
            if (i < n && t.charAt(i) == '\n') {
                li++;
                lineStart = i + 1;
            }
        }
        return SourceText.mapped(t, origLine, origCol, Arrays.copyOf(wpOff, wp), Arrays.copyOf(wpLine, wp),
                Arrays.copyOf(wpCol, wp));
    }

    /** A text whose every character (and its end) sits at one file position: the fallback when decoding cannot be retraced. */
    public static SourceText pinned(String value, int line, int col) {
        MappedTextBuilder b = new MappedTextBuilder();
        String v = SourceText.normalise(value);
        for (int i = 0; i < v.length(); i++) {
            b.append(v.charAt(i), line, col);
        }
        return b.build(line, col);
    }
}
