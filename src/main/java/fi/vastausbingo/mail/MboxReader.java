// Streams the messages of an mbox file one at a time (mboxo and mboxrd, CRLF, files past 2 GiB).
package fi.vastausbingo.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A byte-level splitter rather than mime4j's mbox iterator, which maps the whole file into
 * memory, cannot pass 2 GiB and gives up on one bad charset. Only one message is held at a
 * time, so memory stays flat whatever the export's size. A message starts at a "From " line at
 * the top of the file or after an empty line (Thunderbird writes "From - Tue …"); body lines
 * quoted as "&gt;From " (mboxrd: any number of '&gt;') lose one '&gt;'. Each message goes to
 * {@link EmlReader} with the file line of its first header, so findings point into the mbox.
 * A message over the size limit is skipped without being buffered and reported as such.
 */
public final class MboxReader implements Iterator<Loaded>, Closeable {
    private final InputStream in;
    private final String name;
    private final long maxBytes;
    private final byte[] buf = new byte[1 << 16];
    private int bufLen;
    private int bufPos;
    private boolean eof;
    private long lineNo;          // lines consumed so far (the next line read is lineNo + 1)
    private byte[] pendingFromLine; // a separator already read, starting the next message
    private long pendingFromLineNo;
    private int index;
    private Loaded next;
    private long consumed;        // bytes of the file read so far, for offsets
    private boolean headersOnly;  // index mode: keep each message's header block only
    private Raw lastRaw;

    /**
     * Where one message lies in the file, for an index pass that re-reads it later with
     * {@link #readAt}: its first header byte, its length (up to the empty line before the next
     * separator), the file line of its first header and its header block (index mode only).
     * {@code failure} is set for a message that cannot be read at all (too large, empty).
     */
    public record Raw(String source, long offset, long length, int firstLine, byte[] headers, String failure) {}

    private MboxReader(InputStream in, String name, long maxBytes) {
        this.in = in;
        this.name = name;
        this.maxBytes = maxBytes;
    }

    public static MboxReader open(Path file, String name, long maxBytes) throws IOException {
        return new MboxReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), name, maxBytes);
    }

    public static MboxReader of(InputStream in, String name, long maxBytes) {
        return new MboxReader(in, name, maxBytes);
    }

    /**
     * An mbox reader for an index pass: {@link #nextRaw} gives each message's place in the file
     * and its header block, without decoding bodies, so that a mailbox of any size can be indexed
     * (threads, senders, dates) with one header block in memory at a time.
     */
    public static MboxReader openIndex(Path file, String name, long maxBytes) throws IOException {
        MboxReader r = open(file, name, maxBytes);
        r.headersOnly = true;
        return r;
    }

    /** The next message's place and header block (index mode), or null at the end. */
    public Raw nextRaw() throws IOException {
        lastRaw = null;
        Loaded l = readNext();
        if (l == null) {
            return null;
        }
        if (lastRaw == null) {
            return new Raw(l.source(), -1, 0, 0, null, ((Loaded.Failed) l).reason());
        }
        return lastRaw;
    }

    /**
     * Reads the message at {@code offset} again (undoing "&gt;From " quoting as the streaming
     * reader does); line numbers point into the mbox as in a streaming read.
     */
    public static Loaded readAt(java.io.RandomAccessFile file, String source, long offset, long length, int firstLine) {
        try {
            byte[] bytes = new byte[(int) length];
            file.seek(offset);
            file.readFully(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            int i = 0;
            while (i < bytes.length) {
                int e = i;
                while (e < bytes.length && bytes[e] != '\n') {
                    e++;
                }
                int end = Math.min(bytes.length, e + 1);
                byte[] line = java.util.Arrays.copyOfRange(bytes, i, end);
                int skip = quotedFrom(line) ? 1 : 0;
                out.write(line, skip, line.length - skip);
                i = end;
            }
            return EmlReader.read(source, out.toByteArray(), firstLine);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Loaded.Failed(source, "read error: " + why);
        }
    }

    /** True when the bytes start like an mbox: "From " and a header line after it. */
    public static boolean looksLikeMbox(byte[] head) {
        if (head.length < 5 || head[0] != 'F' || head[1] != 'r' || head[2] != 'o' || head[3] != 'm' || head[4] != ' ') {
            return false;
        }
        int nl = 0;
        while (nl < head.length && head[nl] != '\n') {
            nl++;
        }
        int i = nl + 1;
        int colon = -1;
        for (int k = i; k < head.length && head[k] != '\n' && k < i + 200; k++) {
            if (head[k] == ':') {
                colon = k;
                break;
            }
            if (head[k] == ' ' || head[k] == '\t') {
                break;
            }
        }
        return colon > i;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = readNext();
            } catch (IOException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                next = new Loaded.Failed(name + "#" + (index + 1), "read error: " + why);
                eof = true;
                pendingFromLine = null;
            }
        }
        return next != null;
    }

    @Override
    public Loaded next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Loaded l = next;
        next = null;
        return l;
    }

    private Loaded readNext() throws IOException {
        byte[] from = pendingFromLine;
        long fromLineNo = pendingFromLineNo;
        pendingFromLine = null;
        if (from == null) {
            // skip anything before the first separator (leading blank lines, junk)
            while (true) {
                byte[] line = readLine();
                if (line == null) {
                    return null;
                }
                if (isSeparator(line)) {
                    from = line;
                    fromLineNo = lineNo;
                    break;
                }
            }
        }
        index++;
        String source = name + "#" + index;
        ByteArrayOutputStream msg = new ByteArrayOutputStream(8192);
        long size = 0;
        boolean tooLarge = false;
        boolean previousBlank = false;
        long firstHeaderLine = fromLineNo + 1;
        long startOffset = consumed;
        long endOffset = consumed;
        int lastLineLength = 0;
        boolean inHeaders = true;
        while (true) {
            byte[] line = readLine();
            if (line == null) {
                endOffset = consumed;
                break;
            }
            if (previousBlank && isSeparator(line)) {
                pendingFromLine = line;
                pendingFromLineNo = lineNo;
                // the empty line before the separator belongs to the mbox
                endOffset = consumed - line.length - lastLineLength;
                break;
            }
            previousBlank = isBlank(line);
            lastLineLength = line.length;
            int skip = quotedFrom(line) ? 1 : 0;
            size += line.length - skip;
            if (size > maxBytes) {
                tooLarge = true;
                msg = null;
            }
            if (!tooLarge && (!headersOnly || inHeaders)) {
                msg.write(line, skip, line.length - skip);
            }
            if (previousBlank && size > line.length) {
                inHeaders = false;
            }
        }
        if (tooLarge) {
            return new Loaded.Failed(source, String.format(java.util.Locale.ROOT, "too large (%.1f MB; limit %.0f MB)",
                    size / 1048576.0, maxBytes / 1048576.0));
        }
        byte[] bytes = msg.toByteArray();
        // the separator's empty line belongs to the mbox, not to the message
        int end = bytes.length;
        if (pendingFromLine != null) {
            if (end >= 2 && bytes[end - 2] == '\r' && bytes[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 1 && bytes[end - 1] == '\n') {
                end -= 1;
            }
            if (end < bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, end);
            }
        }
        if (isBlankMessage(bytes)) {
            return new Loaded.Failed(source, "empty message");
        }
        if (headersOnly) {
            lastRaw = new Raw(source, startOffset, Math.max(0, endOffset - startOffset),
                    (int) Math.min(Integer.MAX_VALUE, firstHeaderLine), bytes, null);
            return new Loaded.Failed(source, "index only");
        }
        return EmlReader.read(source, bytes, (int) Math.min(Integer.MAX_VALUE, firstHeaderLine));
    }

    /** A "From " line; in the body it only separates after an empty line (checked by the caller). */
    private static boolean isSeparator(byte[] line) {
        return line.length >= 5 && line[0] == 'F' && line[1] == 'r' && line[2] == 'o' && line[3] == 'm' && line[4] == ' ';
    }

    /** "&gt;From ", "&gt;&gt;From " … (mboxrd and mboxo quoting). */
    private static boolean quotedFrom(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return i > 0 && line.length >= i + 5 && line[i] == 'F' && line[i + 1] == 'r' && line[i + 2] == 'o'
                && line[i + 3] == 'm' && line[i + 4] == ' ';
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlankMessage(byte[] bytes) {
        for (byte b : bytes) {
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** One line including its terminator (LF or CRLF), or null at the end. */
    private byte[] readLine() throws IOException {
        if (eof && bufPos >= bufLen) {
            return null;
        }
        ByteArrayOutputStream line = null;
        while (true) {
            if (bufPos >= bufLen) {
                bufLen = in.read(buf, 0, buf.length);
                bufPos = 0;
                if (bufLen <= 0) {
                    bufLen = 0;
                    eof = true;
                    if (line == null || line.size() == 0) {
                        return null;
                    }
                    lineNo++;
                    consumed += line.size();
                    return line.toByteArray();
                }
            }
            int start = bufPos;
            while (bufPos < bufLen && buf[bufPos] != '\n') {
                bufPos++;
            }
            boolean found = bufPos < bufLen;
            if (found) {
                bufPos++;
            }
            if (line == null && found) {
                lineNo++;
                consumed += bufPos - start;
                return java.util.Arrays.copyOfRange(buf, start, bufPos);
            }
            if (line == null) {
                line = new ByteArrayOutputStream(256);
            }
            line.write(buf, start, bufPos - start);
            if (found) {
                lineNo++;
                consumed += line.size();
                return line.toByteArray();
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
