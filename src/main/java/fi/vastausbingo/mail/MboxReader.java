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
        while (true) {
            byte[] line = readLine();
            if (line == null) {
                break;
            }
            if (previousBlank && isSeparator(line)) {
                pendingFromLine = line;
                pendingFromLineNo = lineNo;
                break;
            }
            previousBlank = isBlank(line);
            int skip = quotedFrom(line) ? 1 : 0;
            size += line.length - skip;
            if (size > maxBytes) {
                tooLarge = true;
                msg = null;
            }
            if (!tooLarge) {
                msg.write(line, skip, line.length - skip);
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
                return java.util.Arrays.copyOfRange(buf, start, bufPos);
            }
            if (line == null) {
                line = new ByteArrayOutputStream(256);
            }
            line.write(buf, start, bufPos - start);
            if (found) {
                lineNo++;
                return line.toByteArray();
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
