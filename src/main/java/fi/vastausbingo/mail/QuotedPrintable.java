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
     * @param rawOffset for decoded byte k, the offset in the raw input of the byte or of the "=" of
     *                  its escape; one more entry, {@code raw.length}, stands for the end. Ascending.
     */
    record Decoded(byte[] bytes, int[] rawLine, int[] rawColumn, int[] rawOffset) {}

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
                    out.emit((hex(raw[i + 1]) << 4) | hex(raw[i + 2]), lineNo, i - pos + 1, i);
                    i += 2;
                } else {
                    out.emit(b, lineNo, i - pos + 1, i);
                }
            }
            if (terminated && !soft) {
                out.emit('\n', lineNo, end - pos + 1, end);
            }
            pos = next;
            lineNo++;
        }
        return out.finish(raw.length);
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
        private int[] offsets = new int[64]; // raw offset of each decoded byte
        private int size;
        private int count = 1;
        private boolean lineHasContent;
        private boolean pendingCr;
        private int crLine;
        private int crOffset;

        Emitter() {
            lines[0] = 0;
            cols[0] = 1;
        }

        /**
         * {@code line}/{@code col}: where byte {@code b} (or its "=XX" escape) sits in the raw input;
         * {@code offset}: the same as an offset into the raw input.
         */
        void emit(int b, int line, int col, int offset) {
            if (b == '\r') {
                if (pendingCr) {
                    newline(crLine, crOffset);
                }
                pendingCr = true;
                crLine = line;
                crOffset = offset;
                return;
            }
            if (b == '\n') {
                // a CR LF pair becomes one '\n' that comes from the CR
                int from = pendingCr ? crOffset : offset;
                pendingCr = false;
                newline(line, from);
                return;
            }
            if (pendingCr) {
                pendingCr = false;
                newline(crLine, crOffset);
            }
            if (!lineHasContent) {
                lines[count - 1] = line;
                cols[count - 1] = col;
                lineHasContent = true;
            }
            write(b, offset);
        }

        private void write(int b, int offset) {
            out.write(b);
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
            }
            offsets[size++] = offset;
        }

        private void newline(int line, int offset) {
            write('\n', offset);
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
                cols = Arrays.copyOf(cols, count * 2);
            }
            lines[count] = line + 1;
            cols[count] = 1;
            count++;
            lineHasContent = false;
        }

        Decoded finish(int rawLength) {
            if (pendingCr) {
                newline(crLine, crOffset);
            }
            int[] offs = Arrays.copyOf(offsets, size + 1);
            offs[size] = rawLength;
            return new Decoded(out.toByteArray(), Arrays.copyOf(lines, count), Arrays.copyOf(cols, count), offs);
        }
    }
}
