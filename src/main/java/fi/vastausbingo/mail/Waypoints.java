// Turns per-character input positions into the sparse waypoints SourceText keeps inside lines.
package fi.vastausbingo.mail;

import java.util.Arrays;

/**
 * Waypoints for {@link fi.vastausbingo.reply.SourceText#mapped(String, int[], int[], int[], int[], int[])}:
 * a text offset and the input line and column that counting starts from there. Only the places
 * where a character's true position leaves the run implied by the line map (or by the waypoint
 * before it) are kept, so text that is a copy of the input costs nothing.
 */
record Waypoints(int[] offsets, int[] lines, int[] columns) {
    static final Waypoints NONE = new Waypoints(new int[0], new int[0], new int[0]);

    int size() {
        return offsets.length;
    }

    /**
     * @param text      the text ('\n' line breaks)
     * @param lineLine  per text line, the input line where it starts (as given to SourceText)
     * @param lineCol   per text line, the input column where it starts
     * @param charLine  per character of {@code text} (optionally one more for its end), the input
     *                  line it came from; 0 or less when it has no position of its own (it then
     *                  counts on from the character before)
     * @param charCol   per character, the input column it came from
     */
    static Waypoints of(String text, int[] lineLine, int[] lineCol, int[] charLine, int[] charCol) {
        Builder b = new Builder();
        int li = 0;
        int expLine = lineLine[0];
        int expCol = lineCol[0];
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i > 0 && text.charAt(i - 1) == '\n') {
                li++;
                expLine = lineLine[li];
                expCol = lineCol[li];
            }
            boolean own = i < charLine.length && charLine[i] > 0
                    && !(i > 0 && i < n && Character.isLowSurrogate(text.charAt(i))
                            && Character.isHighSurrogate(text.charAt(i - 1)));
            if (own && (charLine[i] != expLine || charCol[i] != expCol)) {
                b.add(i, charLine[i], charCol[i]);
                expLine = charLine[i];
                expCol = charCol[i];
            }
            expCol++;
        }
        return b.build();
    }

    /** Collects waypoints in ascending offset order. */
    static final class Builder {
        private int[] off = new int[16];
        private int[] ln = new int[16];
        private int[] col = new int[16];
        private int n;

        void add(int offset, int line, int column) {
            if (n == off.length) {
                off = Arrays.copyOf(off, n * 2);
                ln = Arrays.copyOf(ln, n * 2);
                col = Arrays.copyOf(col, n * 2);
            }
            off[n] = offset;
            ln[n] = line;
            col[n] = column;
            n++;
        }

        /** Adds those of {@code w} below offset {@code cut}, moved by {@code shift}. */
        void addAll(Waypoints w, int cut, int shift) {
            for (int k = 0; k < w.size() && w.offsets[k] < cut; k++) {
                add(w.offsets[k] + shift, w.lines[k], w.columns[k]);
            }
        }

        Waypoints build() {
            return n == 0 ? NONE : new Waypoints(Arrays.copyOf(off, n), Arrays.copyOf(ln, n), Arrays.copyOf(col, n));
        }
    }
}
