// A locale file's text with '\n' line breaks and offset → line/column lookup for the readers.
package fi.vastausbingo.templates;

import fi.vastausbingo.reply.SourceText;
import java.util.Arrays;

/**
 * The readers work on character offsets into the whole file; users need 1-based lines and
 * columns. A leading byte-order mark is dropped (editors do not count it as a column).
 */
final class FileText {
    final String text;
    private final int[] lineStarts;

    FileText(String raw) {
        String t = SourceText.normalise(raw);
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        this.text = t;
        int count = 1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int k = 1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                lineStarts[k++] = i + 1;
            }
        }
    }

    /** 1-based line of an offset. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of an offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** Offset of the start of a 1-based line. */
    int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** Appends text[offset] at its own position. */
    void copy(MappedTextBuilder b, char decoded, int offset) {
        b.append(decoded, line(offset), column(offset));
    }

    /** Builds the value's SourceText, ending at {@code endOffset}. */
    SourceText build(MappedTextBuilder b, int endOffset) {
        int end = Math.min(endOffset, text.length());
        return b.build(line(end), column(end));
    }
}
