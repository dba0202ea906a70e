// Quoted-printable decoding that remembers which raw line each decoded line starts on.
package fi.vastausbingo.mail;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Lenient quoted-printable decoder (RFC 2045 §6.7). Jakarta Mail decodes QP too, but loses the
 * link between decoded and raw lines, and findings must point at lines of the input file.
 * Soft line breaks ("=" at the end of a raw line) join raw lines, and "=0A" can split one, so
 * the map is kept per decoded line. Broken escapes are kept literally rather than dropped.
 */
final class QuotedPrintable {
    /**
     * @param bytes     decoded bytes; every line break is a single '\n'
     * @param rawLine   for decoded line i, the 0-based raw line (relative to the input) where it starts
     * @param rawColumn for decoded line i, the 1-based column in that raw line
     */
    record Decoded(byte[] bytes, int[] rawLine, int[] rawColumn) {}

    private QuotedPrintable() {}

    static Decoded decode(byte[] raw) {
        Emitter out = new Emitter();
        int pos = 0;
        int lineNo = 0;
        while (pos < raw.length) {
            int end = pos;
            while (end < raw.length && raw[end] != '\n' && raw[end] != '\r') {
                end++;
            }
            int next = end;
            boolean terminated = next < raw.length;
            if (terminated) {
                next += (raw[next] == '\r' && next + 1 < raw.length && raw[next + 1] == '\n') ? 2 : 1;
            }
            // trailing whitespace is transport padding (RFC 2045 rule 3)
            int contentEnd = end;
            while (contentEnd > pos && (raw[contentEnd - 1] == ' ' || raw[contentEnd - 1] == '\t')) {
                contentEnd--;
            }
            boolean soft = contentEnd > pos && raw[contentEnd - 1] == '=';
            if (soft) {
                contentEnd--;
            }
            for (int i = pos; i < contentEnd; i++) {
                int b = raw[i] & 0xFF;
                if (b == '=' && i + 2 < contentEnd && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                    out.emit((hex(raw[i + 1]) << 4) | hex(raw[i + 2]), lineNo, i - pos + 1);
                    i += 2;
                } else {
                    out.emit(b, lineNo, i - pos + 1);
                }
            }
            if (terminated && !soft) {
                out.emit('\n', lineNo, end - pos + 1);
            }
            pos = next;
            lineNo++;
        }
        return out.finish();
    }

    private static int hex(byte b) {
        int c = b & 0xFF;
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            // lower-case hex is not allowed but some encoders write it
            return c - 'a' + 10;
        }
        return -1;
    }

    /**
     * Collects decoded bytes, folding CR LF and lone CR to '\n'. A decoded line starts where its
     * first byte came from; an empty line provisionally starts on the raw line after its break.
     */
    private static final class Emitter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int[] lines = new int[16];
        private int[] cols = new int[16];
        private int count = 1;
        private boolean lineHasContent;
        private boolean pendingCr;
        private int crLine;

        Emitter() {
            lines[0] = 0;
            cols[0] = 1;
        }

        /** {@code line}/{@code col}: where byte {@code b} (or its "=XX" escape) sits in the raw input. */
        void emit(int b, int line, int col) {
            if (b == '\r') {
                if (pendingCr) {
                    newline(crLine);
                }
                pendingCr = true;
                crLine = line;
                return;
            }
            if (b == '\n') {
                pendingCr = false;
                newline(line);
                return;
            }
            if (pendingCr) {
                pendingCr = false;
                newline(crLine);
            }
            if (!lineHasContent) {
                lines[count - 1] = line;
                cols[count - 1] = col;
                lineHasContent = true;
            }
            out.write(b);
        }

        private void newline(int line) {
            out.write('\n');
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
                cols = Arrays.copyOf(cols, count * 2);
            }
            lines[count] = line + 1;
            cols[count] = 1;
            count++;
            lineHasContent = false;
        }

        Decoded finish() {
            if (pendingCr) {
                newline(crLine);
            }
            return new Decoded(out.toByteArray(), Arrays.copyOf(lines, count), Arrays.copyOf(cols, count));
        }
    }
}
