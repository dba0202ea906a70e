// Byte-level view of a raw MIME message: line numbers, header blocks and multipart part boundaries.
package fi.vastausbingo.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jakarta Mail parses the structure but does not say where a part's body sits in the input file;
 * findings must name input lines, so this finds the same boundaries again in the raw bytes.
 * It follows the rules Jakarta Mail's parser uses (headers end at the first empty line, a
 * delimiter is "--boundary" at the start of a line, the CRLF before it belongs to the delimiter).
 */
final class RawMime {
    /** A byte range [start, end) of the raw input. */
    record Span(int start, int end) {}

    private final byte[] raw;
    private final int firstLine;
    private final int[] lineStarts;

    /** {@code firstLine}: the input-file line number of {@code raw[0]} (an mbox entry starts mid-file). */
    RawMime(byte[] raw, int firstLine) {
        this.raw = raw;
        this.firstLine = firstLine;
        this.lineStarts = computeLineStarts(raw);
    }

    byte[] raw() {
        return raw;
    }

    /** Input-file line (1-based) of a byte offset; line breaks are LF, CR LF or a lone CR, as in SourceText. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, raw.length)));
        int idx = i >= 0 ? i : -i - 2;
        return firstLine + idx;
    }

    /** Offset just after the line that holds {@code offset}, or the end of the input. */
    int nextLineStart(int offset) {
        int i = offset;
        while (i < raw.length && raw[i] != '\n' && raw[i] != '\r') {
            i++;
        }
        if (i < raw.length) {
            i += (raw[i] == '\r' && i + 1 < raw.length && raw[i + 1] == '\n') ? 2 : 1;
        }
        return i;
    }

    /** End of the line content (before its line break) of the line starting at {@code offset}. */
    int lineContentEnd(int offset) {
        int i = offset;
        while (i < raw.length && raw[i] != '\n' && raw[i] != '\r') {
            i++;
        }
        return i;
    }

    /**
     * Where the body of the entity starting at {@code start} begins: after the first empty line.
     * An entity without an empty line is all headers, so its body is empty (starts at {@code end}).
     */
    int bodyStart(int start, int end) {
        int pos = start;
        while (pos < end) {
            int contentEnd = lineContentEnd(pos);
            int next = nextLineStart(pos);
            if (contentEnd == pos) {
                return Math.min(next, end);
            }
            pos = next;
        }
        return end;
    }

    /** Offset after an mbox "From " separator line at the start, or {@code start}. */
    int skipFromLine(int start) {
        if (raw.length - start >= 5 && raw[start] == 'F' && raw[start + 1] == 'r' && raw[start + 2] == 'o'
                && raw[start + 3] == 'm' && raw[start + 4] == ' ') {
            return nextLineStart(start);
        }
        return start;
    }

    /**
     * Skips empty lines before a header block (some tools save messages with one). Only when a
     * header field follows: a message may legally start with an empty line and no headers.
     */
    int skipLeadingBlankLines(int start) {
        int pos = start;
        while (pos < raw.length && lineContentEnd(pos) == pos) {
            pos = nextLineStart(pos);
        }
        if (pos == start || pos >= raw.length) {
            return start;
        }
        int end = lineContentEnd(pos);
        for (int i = pos; i < end; i++) {
            byte b = raw[i];
            if (b == ':') {
                return i > pos ? pos : start;
            }
            if (b <= ' ' || b > '~') {
                return start;
            }
        }
        return start;
    }

    /**
     * The entities (headers + body) of a multipart body in [bodyStart, end): the stretches between
     * delimiter lines. With a null boundary the first line starting with "--" defines it, as in
     * Jakarta Mail. Without a closing delimiter the last part runs to the end (truncated mail).
     */
    List<Span> partSpans(int bodyStart, int end, String boundary) {
        List<Span> spans = new ArrayList<>();
        byte[] dash = boundary == null ? null : ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = bodyStart;
        int partStart = -1;
        while (pos < end) {
            int contentEnd = Math.min(lineContentEnd(pos), end);
            int next = nextLineStart(pos);
            if (dash == null && contentEnd - pos > 2 && raw[pos] == '-' && raw[pos + 1] == '-') {
                String line = new String(raw, pos, contentEnd - pos, StandardCharsets.ISO_8859_1).strip();
                dash = line.getBytes(StandardCharsets.ISO_8859_1);
            }
            int kind = dash == null ? 0 : delimiterKind(pos, contentEnd, dash);
            if (kind != 0) {
                if (partStart >= 0) {
                    spans.add(new Span(partStart, Math.max(partStart, lineBreakBefore(pos, partStart))));
                }
                if (kind == 2) {
                    return spans;
                }
                partStart = Math.min(next, end);
            }
            pos = next;
        }
        if (partStart >= 0) {
            spans.add(new Span(partStart, end));
        }
        return spans;
    }

    /** 0 = not a delimiter, 1 = "--b", 2 = closing "--b--"; trailing blanks are allowed. */
    private int delimiterKind(int pos, int contentEnd, byte[] dash) {
        if (contentEnd - pos < dash.length) {
            return 0;
        }
        for (int k = 0; k < dash.length; k++) {
            if (raw[pos + k] != dash[k]) {
                return 0;
            }
        }
        int i = pos + dash.length;
        int kind = 1;
        if (i + 2 <= contentEnd && raw[i] == '-' && raw[i + 1] == '-') {
            kind = 2;
            i += 2;
        }
        for (; i < contentEnd; i++) {
            if (raw[i] != ' ' && raw[i] != '\t') {
                return 0;
            }
        }
        return kind;
    }

    /** Start of the line break that ends the line before {@code lineStart} (part of the delimiter). */
    private int lineBreakBefore(int lineStart, int floor) {
        int p = lineStart;
        if (p > floor && raw[p - 1] == '\n') {
            p--;
            if (p > floor && raw[p - 1] == '\r') {
                p--;
            }
        } else if (p > floor && raw[p - 1] == '\r') {
            p--;
        }
        return p;
    }

    /** True when {@code content} (or its first 256 bytes) is what the input holds at {@code offset}. */
    boolean matchesAt(int offset, byte[] content) {
        int n = Math.min(content.length, 256);
        if (offset < 0 || offset + n > raw.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (raw[offset + k] != content[k]) {
                return false;
            }
        }
        return true;
    }

    /** First offset in [from, to) where the first bytes of {@code content} occur, or -1. */
    int find(byte[] content, int from, int to) {
        int n = Math.min(content.length, 128);
        if (n == 0) {
            return -1;
        }
        outer:
        for (int i = Math.max(0, from); i + n <= Math.min(to, raw.length); i++) {
            for (int k = 0; k < n; k++) {
                if (raw[i + k] != content[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * The header fields of the header block starting at {@code start}, unfolded, by lower-case
     * name (first occurrence wins), as raw bytes. Jakarta Mail with allowutf8 decodes 8-bit
     * header bytes as UTF-8 and turns windows-1252 names into U+FFFD; we decode them ourselves.
     */
    Map<String, byte[]> headerFields(int start, int end) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        int pos = start;
        String name = null;
        java.io.ByteArrayOutputStream value = null;
        while (pos < end) {
            int contentEnd = Math.min(lineContentEnd(pos), end);
            int next = nextLineStart(pos);
            if (contentEnd == pos) {
                break;
            }
            boolean continuation = raw[pos] == ' ' || raw[pos] == '\t';
            if (continuation && value != null) {
                // unfolding: the line break goes, the whitespace stays (RFC 5322 §2.2.3)
                value.write(raw, pos, contentEnd - pos);
            } else {
                if (name != null) {
                    fields.putIfAbsent(name, value.toByteArray());
                }
                int colon = -1;
                for (int i = pos; i < contentEnd; i++) {
                    if (raw[i] == ':') {
                        colon = i;
                        break;
                    }
                }
                if (colon > pos) {
                    name = new String(raw, pos, colon - pos, StandardCharsets.ISO_8859_1).strip()
                            .toLowerCase(Locale.ROOT);
                    value = new java.io.ByteArrayOutputStream();
                    value.write(raw, colon + 1, contentEnd - colon - 1);
                } else {
                    name = null;
                    value = null;
                }
            }
            pos = next;
        }
        if (name != null) {
            fields.putIfAbsent(name, value.toByteArray());
        }
        return fields;
    }

    private static int[] computeLineStarts(byte[] raw) {
        int count = 1;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= raw.length || raw[i + 1] != '\n'))) {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= raw.length || raw[i + 1] != '\n'))) {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    /** Number of line breaks (LF, CR LF, lone CR) in the bytes. */
    static int countLineBreaks(byte[] b) {
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }
}
