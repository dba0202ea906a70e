// The decoded text a reply is checked on, with the map back to lines and columns of the input file.
package fi.vastausbingo.reply;

import java.util.Arrays;

/**
 * Text as the checks see it (line breaks normalised to '\n') plus, for every text line, the
 * 1-based line and column in the input file where that text line starts. Checks work on
 * character offsets into {@link #text()}; {@link #position(int)} turns them into what the
 * user sees. For plain files the map is the identity; for e-mail bodies it points into the
 * raw message (exact for 7bit/8bit parts, line-accurate for quoted-printable, the part's first
 * body line for base64; HTML uses jsoup's source positions).
 */
public final class SourceText {
    public record Position(int line, int column) {}

    private final String text;
    private final int[] lineStarts;
    private final int[] origLine;
    private final int[] origColumn;
    // optional finer map inside lines: from text offset wpOffset[k] on, the input position is
    // (wpLine[k], wpColumn[k]) plus the distance; sorted by offset
    private final int[] wpOffset;
    private final int[] wpLine;
    private final int[] wpColumn;

    private SourceText(String text, int[] origLine, int[] origColumn) {
        this(text, origLine, origColumn, new int[0], new int[0], new int[0]);
    }

    private SourceText(String text, int[] origLine, int[] origColumn, int[] wpOffset, int[] wpLine, int[] wpColumn) {
        this.wpOffset = wpOffset;
        this.wpLine = wpLine;
        this.wpColumn = wpColumn;
        this.text = text;
        this.lineStarts = computeLineStarts(text);
        if (origLine.length < lineStarts.length || origColumn.length < lineStarts.length) {
            throw new IllegalArgumentException("line map has " + origLine.length + " entries for "
                    + lineStarts.length + " lines");
        }
        this.origLine = origLine;
        this.origColumn = origColumn;
    }

    /** Text whose lines are the input file's lines, starting at line 1. */
    public static SourceText identity(String text) {
        return offset(text, 1);
    }

    /** Text whose first line is line {@code firstLine} (1-based) of the input file. */
    public static SourceText offset(String text, int firstLine) {
        String t = normalise(text);
        int n = computeLineStarts(t).length;
        int[] lines = new int[n];
        int[] cols = new int[n];
        for (int i = 0; i < n; i++) {
            lines[i] = firstLine + i;
            cols[i] = 1;
        }
        return new SourceText(t, lines, cols);
    }

    /**
     * Text with an explicit map: {@code origLine[i]} and {@code origColumn[i]} are the input
     * position where text line i starts. The text must already use '\n' line breaks.
     */
    public static SourceText mapped(String text, int[] origLine, int[] origColumn) {
        if (text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("mapped text must use \\n line breaks");
        }
        return new SourceText(text, origLine.clone(), origColumn.clone());
    }

    /**
     * Like {@link #mapped} plus waypoints inside lines, for decodings that join or shorten input
     * lines (quoted-printable soft breaks and escapes): from text offset {@code wpOffset[k]} on,
     * positions count from input line {@code wpLine[k]}, column {@code wpColumn[k]}. Offsets must
     * ascend.
     */
    public static SourceText mapped(String text, int[] origLine, int[] origColumn,
                                    int[] wpOffset, int[] wpLine, int[] wpColumn) {
        if (text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("mapped text must use \\n line breaks");
        }
        for (int k = 1; k < wpOffset.length; k++) {
            if (wpOffset[k] < wpOffset[k - 1]) {
                throw new IllegalArgumentException("waypoints must ascend");
            }
        }
        return new SourceText(text, origLine.clone(), origColumn.clone(), wpOffset.clone(), wpLine.clone(),
                wpColumn.clone());
    }

    /** CRLF and lone CR become LF; nothing else changes, so offsets on a line stay put. */
    public static String normalise(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int[] computeLineStarts(String t) {
        int count = 1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 0-based index of the text line that holds {@code offset}. */
    public int lineIndex(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return i >= 0 ? i : -i - 2;
    }

    public int lineStart(int lineIndex) {
        return lineStarts[lineIndex];
    }

    public int lineEnd(int lineIndex) {
        return lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] - 1 : text.length();
    }

    public String lineText(int lineIndex) {
        return text.substring(lineStart(lineIndex), lineEnd(lineIndex));
    }

    /** Input-file position (1-based line and column) of a text offset. */
    public Position position(int offset) {
        int i = lineIndex(offset);
        if (wpOffset.length > 0) {
            int k = Arrays.binarySearch(wpOffset, offset);
            if (k < 0) {
                k = -k - 2;
            } else {
                while (k + 1 < wpOffset.length && wpOffset[k + 1] == offset) {
                    k++;
                }
            }
            if (k >= 0 && wpOffset[k] >= lineStarts[i]) {
                return new Position(wpLine[k], wpColumn[k] + (offset - wpOffset[k]));
            }
        }
        int col = offset - lineStarts[i];
        return new Position(origLine[i], origColumn[i] + col);
    }
}
