// Reads one RFC 822 / MIME message (.eml) into a Message whose body maps back to lines of the file.
package fi.vastausbingo.mail;

import fi.vastausbingo.reply.SourceText;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads .eml files (and single messages cut out of mailboxes) with Jakarta Mail / Angus.
 *
 * <p>Jakarta Mail gives the MIME structure and the raw bytes of each part; decoding is done
 * here, because mail in the wild lies about its charset and because the decoded lines must be
 * mapped back to the lines and columns of the input file: exactly for 7bit/8bit and
 * quoted-printable parts (every character to the raw line and column it came from, across soft
 * line breaks and "=XX" escapes), and to the part's first body line for base64. HTML parts map
 * each character to its place in the HTML source, and that through the transfer encoding. The
 * body is the text/plain alternative when there is one, else the HTML converted to text;
 * attachments are skipped.
 * Broken MIME falls back to the raw text rather than losing it, and nothing here throws.
 */
public final class EmlReader {
    private static final Map<String, String> MIME_PROPERTIES = Map.of(
            "mail.mime.allowutf8", "true",
            "mail.mime.decodetext.strict", "false",
            "mail.mime.ignoreunknownencoding", "true",
            "mail.mime.multipart.ignoremissingendboundary", "true",
            "mail.mime.multipart.allowempty", "true",
            "mail.mime.parameters.strict", "false",
            "mail.mime.address.strict", "false");

    static {
        // The mail.mime.* switches MIME parsing reads are System properties (some read once, in
        // static initialisers); set them without overriding a user's -D choice.
        for (Map.Entry<String, String> e : MIME_PROPERTIES.entrySet()) {
            if (System.getProperty(e.getKey()) == null) {
                System.setProperty(e.getKey(), e.getValue());
            }
        }
    }

    /**
     * A message parsed without a mail Session: a Session scans the class path for mail
     * providers (a one-draft run paid about 15 ms of CPU for it) and only lends a message its
     * properties. Of those, parsing reads just "mail.mime.allowutf8" (raw UTF-8 in headers) —
     * given here — and "mail.mime.address.strict", which does not matter: addresses are read
     * from the raw header block, not through Jakarta Mail.
     */
    private static final class SessionlessMessage extends MimeMessage {
        SessionlessMessage(java.io.InputStream in) throws MessagingException {
            super((Session) null, in);
        }

        @Override
        protected jakarta.mail.internet.InternetHeaders createInternetHeaders(java.io.InputStream is)
                throws MessagingException {
            return new jakarta.mail.internet.InternetHeaders(is, true);
        }
    }

    /** Multipart nesting deeper than this is hostile or broken; real mail stays under 10. */
    private static final int MAX_DEPTH = 40;

    // text/* types that are data, not something a person wrote
    private static final Set<String> NOT_BODY_TEXT = Set.of(
            "text/calendar", "text/x-vcalendar", "text/vcard", "text/x-vcard", "text/directory",
            "text/csv", "text/rfc822-headers", "text/x-diff", "text/x-patch", "text/xml");

    private static final Pattern ADDRESS_FALLBACK =
            Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]*)>");

    private EmlReader() {}

    /**
     * Reads a small built-in multipart message (one quoted-printable text part), so that a
     * one-draft run of multipart mail pays for Jakarta Mail's first multipart parse on the
     * warm-up thread, not on the main one. No HTML part: starting jsoup is worth it only for
     * HTML mail, and most drafts are not.
     */
    public static Loaded warmUp() {
        String eml = "From: Tuki <tuki@example.fi>\r\nTo: asiakas@example.com\r\nSubject: =?UTF-8?Q?Re:_L=C3=A4hetys?=\r\n"
                + "Date: Mon, 4 Mar 2024 09:00:00 +0200\r\nMessage-ID: <warm@example.fi>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"w\"\r\n\r\n--w\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Hei Maija,\r\n\r\nl=C3=A4hetys l=C3=A4hti t=C3=A4n=C3=A4=C3=A4n.\r\n\r\n> Milloin paketti tulee?\r\n--w--\r\n";
        return read("warm-up", eml.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a message whose first byte is on line 1 of the input. */
    public static Loaded read(String source, byte[] raw) {
        return read(source, raw, 1);
    }

    /**
     * Reads one message. {@code firstLine} is the input-file line of {@code raw[0]}, so that a
     * message cut out of an mbox file maps to lines of the mbox file. An mbox "From " line at
     * the start is skipped.
     */
    public static Loaded read(String source, byte[] raw, int firstLine) {
        try {
            return new Reading(source, raw, firstLine).run();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Loaded.Failed(source, "could not read the e-mail message: " + shortReason(e));
        }
    }

    /** As {@link #read(String, byte[])}, but always through Jakarta Mail's MIME parser (tests compare the two). */
    static Loaded readThroughJakarta(String source, byte[] raw) {
        return new Reading(source, raw, 1).run(false);
    }

    private static String shortReason(Throwable e) {
        String m = e.getMessage();
        if (e instanceof StackOverflowError) {
            return "MIME structure nested too deeply";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory";
        }
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    /** A decoded stretch of body text with its line map (and waypoints inside lines) into the input file. */
    private record Segment(String text, int[] lines, int[] cols, Waypoints waypoints, boolean html) {
        boolean blank() {
            return text.isBlank();
        }
    }

    /**
     * Where a part may be in the raw input: its entity span when the structure was found, else
     * only the region to search for its bytes, and the offset to blame when all else fails.
     */
    private record Where(RawMime.Span entity, int regionStart, int regionEnd, int fallbackOffset) {}

    /** The state of reading one message. */
    private static final class Reading {
        private final String source;
        private final byte[] raw;
        private final RawMime rm;

        Reading(String source, byte[] raw, int firstLine) {
            this.source = source;
            this.raw = raw;
            this.rm = new RawMime(raw, firstLine);
        }

        Loaded run() {
            return run(true);
        }

        /** @param singlePartShortcut read the top level without Jakarta Mail's MimeMessage (off: tests compare both) */
        Loaded run(boolean singlePartShortcut) {
            int start = rm.skipLeadingBlankLines(rm.skipFromLine(0));
            int bodyStart = rm.bodyStart(start, raw.length);
            Map<String, byte[]> headers = rm.headerFields(start, bodyStart);

            Segment body;
            String ct = headerString(headers, "content-type");
            if (singlePartShortcut && bodyStart > start && !headers.isEmpty()) {
                // the message's own header block is read above; its body goes straight to the part
                // reading below. Jakarta Mail's MimeMessage is not needed for that, and its first use
                // costs a one-draft run ~60 ms of CPU (its date format initialises calendar data)
                Where top = new Where(new RawMime.Span(start, raw.length), start, raw.length, bodyStart);
                String type = baseType(ct);
                if (type.startsWith("multipart/")) {
                    byte[] bodyBytes = slice(bodyStart, raw.length);
                    body = multipart(new jakarta.mail.util.ByteArrayDataSource(bodyBytes, ct), () -> bodyBytes, type, ct,
                            top, 0);
                } else {
                    body = single(ct, headerString(headers, "content-transfer-encoding"), bodyStart);
                }
            } else {
                MimeMessage msg = null;
                try {
                    msg = new SessionlessMessage(new SharedByteArrayInputStream(raw, start, raw.length - start));
                } catch (MessagingException e) {
                    // header block unreadable for Jakarta Mail; the body is still plain bytes after it
                }
                Where top = new Where(new RawMime.Span(start, raw.length), start, raw.length, bodyStart);
                if (msg != null) {
                    body = pick(msg, top, 0);
                } else {
                    body = plainFromBytes(slice(bodyStart, raw.length), null, "8bit", bodyStart, false);
                }
            }
            if (body == null || body.blank()) {
                return new Loaded.Failed(source, "no text body in the message");
            }

            String[] from = address(headerString(headers, "from"));
            String[] to = address(headerString(headers, "to"));
            OffsetDateTime date = MailDates.parseHeader(headerString(headers, "date"));
            Message m = new Message(
                    source,
                    emptyToNull(headerString(headers, "message-id")),
                    HeaderDecoding.text(headers.get("subject")),
                    from[0],
                    from[1],
                    to[0],
                    emptyToNull(headerString(headers, "in-reply-to")),
                    date,
                    SourceText.mapped(body.text(), body.lines(), body.cols(), body.waypoints().offsets(),
                            body.waypoints().lines(), body.waypoints().columns()),
                    body.html(),
                    null,
                    null,
                    null);
            return new Loaded.Ok(m);
        }

        // ---- choosing the body ----

        /** The body of a one-part message, chosen and decoded as {@link #pick} and {@link #leaf} do. */
        private Segment single(String ct, String cte, int bodyStart) {
            String type = baseType(ct);
            boolean html = type.equals("text/html") || type.equals("application/xhtml+xml");
            if (!html && !(type.startsWith("text/") && !NOT_BODY_TEXT.contains(type))) {
                return null; // an image, a PDF, a forwarded message/rfc822…
            }
            byte[] body = slice(bodyStart, raw.length);
            return decodeText(body, param(ct, "charset"), transferEncoding(cte), bodyStart, true, html);
        }

        private Segment pick(Part part, Where where, int depth) {
            if (depth > MAX_DEPTH) {
                return null;
            }
            String ct = header(part, "Content-Type");
            String type = baseType(ct);
            if (type.startsWith("multipart/")) {
                return multipart(new MimePartDataSource((MimePart) part), () -> readRaw(part), type, ct, where, depth);
            }
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                return leaf(part, ct, where, true);
            }
            if (type.startsWith("text/") && !NOT_BODY_TEXT.contains(type)) {
                return leaf(part, ct, where, false);
            }
            return null; // images, PDFs, message/rfc822 attachments, signatures…
        }

        /**
         * @param source  the multipart body for Jakarta Mail's parser
         * @param rawBody the same body as bytes, for the fallback when it cannot be parsed
         */
        private Segment multipart(jakarta.activation.DataSource source, java.util.function.Supplier<byte[]> rawBody,
                                  String type, String ct, Where where, int depth) {
            int bodyOff = bodyOffset(where);
            MimeMultipart mp;
            int count;
            try {
                mp = new MimeMultipart(source);
                count = mp.getCount();
            } catch (MessagingException | RuntimeException e) {
                // missing or wrong boundary: whatever text is there must still be linted
                return rawFallback(rawBody.get(), ct, bodyOff, where);
            }
            if (count == 0) {
                return rawFallback(rawBody.get(), ct, bodyOff, where);
            }
            int regionStart = bodyOff >= 0 ? bodyOff : where.regionStart();
            int regionEnd = where.entity() != null ? where.entity().end() : where.regionEnd();
            List<RawMime.Span> spans = bodyOff >= 0
                    ? rm.partSpans(bodyOff, regionEnd, param(ct, "boundary"))
                    : List.of();
            boolean aligned = spans.size() == count;
            int fallback = bodyOff >= 0 ? bodyOff : where.fallbackOffset();

            List<BodyPart> children = new ArrayList<>();
            List<Where> places = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                try {
                    children.add(mp.getBodyPart(i));
                } catch (MessagingException e) {
                    continue;
                }
                places.add(new Where(aligned ? spans.get(i) : null, regionStart, regionEnd, fallback));
            }

            if (type.equals("multipart/alternative")) {
                Segment plain = null;
                Segment html = null;
                for (int i = 0; i < children.size(); i++) {
                    if (isAttachment(children.get(i))) {
                        continue;
                    }
                    Segment s = pick(children.get(i), places.get(i), depth + 1);
                    if (s == null || s.blank()) {
                        continue;
                    }
                    if (!s.html() && plain == null) {
                        plain = s;
                    } else if (s.html() && html == null) {
                        html = s;
                    }
                }
                return plain != null ? plain : html;
            }

            // mixed, related, signed, report and unknown kinds: the first text is the body;
            // later inline text of the same kind is more of it (Apple Mail splits text around
            // inline pictures), so it is appended rather than dropped
            Segment main = null;
            List<Segment> more = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                BodyPart child = children.get(i);
                if (isAttachment(child)) {
                    continue;
                }
                Segment s = pick(child, places.get(i), depth + 1);
                if (s == null || s.blank()) {
                    continue;
                }
                if (main == null) {
                    main = s;
                } else if (s.html() == main.html() && isInlineText(child)) {
                    more.add(s);
                }
            }
            return main == null || more.isEmpty() ? main : join(main, more);
        }

        private Segment join(Segment first, List<Segment> rest) {
            StringBuilder sb = new StringBuilder(stripTrailingNewlines(first.text()));
            Waypoints.Builder wps = new Waypoints.Builder();
            wps.addAll(first.waypoints(), sb.length(), 0);
            List<int[]> lines = new ArrayList<>();
            List<int[]> cols = new ArrayList<>();
            int n = countLines(sb);
            lines.add(java.util.Arrays.copyOf(first.lines(), n));
            cols.add(java.util.Arrays.copyOf(first.cols(), n));
            int lastLine = first.lines()[n - 1];
            for (Segment s : rest) {
                String t = stripTrailingNewlines(s.text());
                sb.append("\n\n");
                wps.addAll(s.waypoints(), t.length(), sb.length());
                sb.append(t);
                int k = countLines(t);
                // the blank separator line has no source; blame the line before it
                lines.add(new int[] {lastLine});
                cols.add(new int[] {1});
                lines.add(java.util.Arrays.copyOf(s.lines(), k));
                cols.add(java.util.Arrays.copyOf(s.cols(), k));
                lastLine = s.lines()[k - 1];
            }
            return new Segment(sb.toString(), concat(lines), concat(cols), wps.build(), first.html());
        }

        // ---- leaves ----

        private Segment leaf(Part part, String ct, Where where, boolean html) {
            byte[] rawBody = readRaw(part);
            int off = bodyOffset(where);
            if (off >= 0 && !rm.matchesAt(off, rawBody)) {
                off = rm.find(rawBody, where.entity() != null ? where.entity().start() : where.regionStart(),
                        where.entity() != null ? where.entity().end() : where.regionEnd());
            }
            boolean located = off >= 0;
            int anchor = located ? off : where.fallbackOffset();
            String cte = transferEncoding(part);
            return decodeText(rawBody, param(ct, "charset"), cte, anchor, located, html);
        }

        private Segment plainFromBytes(byte[] bytes, String charset, String cte, int anchor, boolean html) {
            return decodeText(bytes, charset, cte, anchor, rm.matchesAt(anchor, bytes), html);
        }

        /**
         * Decodes a part body and maps it to the input: {@code anchor} is the raw offset of the
         * body's first byte, {@code exact} whether the bytes really are there.
         */
        private Segment decodeText(byte[] rawBody, String charset, String cte, int anchor, boolean exact, boolean html) {
            int baseLine = rm.lineOf(anchor);
            byte[] bytes;
            int[] rel = null;
            int[] relCols = null;
            int[] rawOffsets = null;
            switch (cte) {
                case "quoted-printable" -> {
                    QuotedPrintable.Decoded d = QuotedPrintable.decode(rawBody);
                    bytes = d.bytes();
                    rel = d.rawLine();
                    relCols = d.rawColumn();
                    rawOffsets = d.rawOffset();
                }
                case "base64" -> {
                    bytes = Base64Lenient.decode(rawBody);
                    exact = false;
                }
                default -> bytes = rawBody; // 7bit, 8bit, binary, and unknown labels (taken as-is)
            }
            if (Sniffer.isBinary(bytes, 0, bytes.length)) {
                return null; // binary data with a text label is not a body
            }
            TextDecoding.Traced decoded = TextDecoding.decodeTraced(bytes, charset);
            String text = SourceText.normalise(decoded.text());
            int n = countLines(text);
            int[] lines = new int[n];
            int[] cols = new int[n];
            boolean mapped = false;
            if (exact && rel != null && rel.length == n) {
                for (int i = 0; i < n; i++) {
                    lines[i] = baseLine + rel[i];
                    cols[i] = relCols[i];
                }
                mapped = true;
            } else if (exact && rel == null && RawMime.countLineBreaks(bytes) + 1 == n) {
                for (int i = 0; i < n; i++) {
                    lines[i] = baseLine + i;
                    cols[i] = 1;
                }
                mapped = true;
            }
            if (!mapped) {
                // base64, or a charset whose line breaks are not single bytes: the part's first line
                java.util.Arrays.fill(lines, baseLine);
                java.util.Arrays.fill(cols, 1);
            }

            // where each decoded character is in the input: [0] lines, [1] columns; null when unknown
            int[][] where = null;
            if (mapped && rawOffsets != null && decoded.byteOf() != null && decoded.text().indexOf('\r') < 0) {
                where = traceQuotedPrintable(rawBody, rawOffsets, decoded, baseLine);
            } else if (mapped && html) {
                where = fromLineMap(text, lines, cols);
            }
            if (!html) {
                Waypoints w = where == null ? Waypoints.NONE : Waypoints.of(text, lines, cols, where[0], where[1]);
                return new Segment(text, lines, cols, w, false);
            }
            HtmlText.Traced tr = HtmlText.convertTraced(text);
            HtmlText.Result r = tr.result();
            int m = r.lines().length;
            int[] hl = new int[m];
            int[] hc = new int[m];
            if (where == null) {
                for (int k = 0; k < m; k++) {
                    int li = Math.max(0, Math.min(r.lines()[k] - 1, n - 1));
                    hl[k] = lines[li];
                    hc[k] = mapped ? cols[li] + r.columns()[k] - 1 : 1;
                }
                return new Segment(r.text(), hl, hc, Waypoints.NONE, true);
            }
            // through the HTML: output character -> HTML source offset (= decoded text offset) -> input
            int len = text.length();
            for (int k = 0; k < m; k++) {
                int off = Math.max(0, Math.min(tr.lineOffsets()[k], len));
                hl[k] = where[0][off];
                // the "> " and "- " prefixes have no source; shift so the text after them lines up
                hc[k] = Math.max(1, where[1][off] - tr.prefixLengths()[k]);
            }
            int outLen = r.text().length();
            int[] ol = new int[outLen + 1];
            int[] oc = new int[outLen + 1];
            for (int j = 0; j <= outLen; j++) {
                int src = tr.sources()[j];
                if (src >= 0 && src <= len) {
                    ol[j] = where[0][src];
                    oc[j] = where[1][src];
                }
            }
            return new Segment(r.text(), hl, hc, Waypoints.of(r.text(), hl, hc, ol, oc), true);
        }

        /**
         * The raw line and column of every character of a quoted-printable body (and of its end):
         * character -> first decoded byte -> raw offset of that byte or of its "=XX" escape ->
         * line and character column in the raw body, counted from {@code baseLine}. Linear: both
         * maps ascend, so one pass over the raw bytes serves all characters.
         */
        private static int[][] traceQuotedPrintable(byte[] rawBody, int[] rawOffsets, TextDecoding.Traced decoded,
                                                    int baseLine) {
            int[] byteOf = decoded.byteOf();
            int n = decoded.text().length();
            int[] cl = new int[n + 1];
            int[] cc = new int[n + 1];
            RawCursor cursor = new RawCursor(rawBody, baseLine, decoded.utf8());
            for (int i = 0; i <= n; i++) {
                int b = Math.max(0, Math.min(byteOf[i], rawOffsets.length - 1));
                cursor.advanceTo(rawOffsets[b]);
                cl[i] = cursor.line;
                cc[i] = cursor.col;
            }
            return new int[][] {cl, cc};
        }

        /** Per-character positions implied by a line map (exact for 7bit/8bit bodies). */
        private static int[][] fromLineMap(String text, int[] lines, int[] cols) {
            int n = text.length();
            int[] cl = new int[n + 1];
            int[] cc = new int[n + 1];
            int li = 0;
            int lineStart = 0;
            for (int i = 0; i <= n; i++) {
                if (i > 0 && text.charAt(i - 1) == '\n') {
                    li++;
                    lineStart = i;
                }
                cl[i] = lines[li];
                cc[i] = cols[li] + (i - lineStart);
            }
            return new int[][] {cl, cc};
        }

        private Segment rawFallback(byte[] rawBody, String ct, int bodyOff, Where where) {
            int anchor = bodyOff >= 0 ? bodyOff : where.fallbackOffset();
            boolean exact = bodyOff >= 0 && rm.matchesAt(bodyOff, rawBody);
            byte[] text = blankMimeLines(rawBody, baseType(ct).startsWith("multipart/") ? param(ct, "boundary") : null);
            Segment s = decodeText(text, param(ct, "charset"), "8bit", anchor, exact, false);
            return s == null || s.blank() ? null : s;
        }

        /**
         * Blanks delimiter lines and the part headers after them in a multipart body that Jakarta
         * Mail could not parse (typically cut off inside a part's headers), so that MIME syntax
         * is not linted as reply text. Lines are blanked, not removed, to keep the line map.
         */
        private byte[] blankMimeLines(byte[] body, String boundary) {
            String s = new String(body, StandardCharsets.ISO_8859_1);
            String[] lines = s.split("(?<=\\n)|(?<=\\r)(?!\\n)", -1);
            String dash = boundary == null ? null : "--" + boundary;
            StringBuilder sb = new StringBuilder(s.length());
            boolean inHeaders = false;
            for (String line : lines) {
                String content = line.replaceAll("[\\r\\n]+$", "");
                String eol = line.substring(content.length());
                if (dash == null && content.startsWith("--") && content.strip().length() > 2) {
                    dash = content.strip(); // as Jakarta Mail does without a boundary parameter
                }
                boolean cutDelimiter = dash != null && content.length() > 2 && dash.startsWith(content);
                if (dash != null && (content.startsWith(dash) || cutDelimiter)) {
                    inHeaders = true;
                    sb.append(eol);
                } else if (inHeaders) {
                    if (content.isEmpty()) {
                        inHeaders = false;
                    }
                    sb.append(eol);
                } else {
                    sb.append(line);
                }
            }
            return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        }

        // ---- raw positions ----

        /**
         * Walks a part's raw body forwards and tells the line (counted from the body's first line)
         * and the 1-based character column of an offset. Line breaks are LF, CR LF or a lone CR,
         * as in RawMime. Columns count characters as the body's text is read: in UTF-8 a multi-byte
         * sequence is one column (a 4-byte one two, like the UTF-16 pair it becomes), otherwise
         * a byte is a column; quoted-printable lines are ASCII, so this only matters for stray
         * 8-bit bytes.
         */
        private static final class RawCursor {
            private final byte[] b;
            private final boolean utf8;
            private int pos;
            int line;
            int col = 1;

            RawCursor(byte[] b, int firstLine, boolean utf8) {
                this.b = b;
                this.utf8 = utf8;
                this.line = firstLine;
            }

            /** Moves to {@code target}; offsets asked for must not descend. */
            void advanceTo(int target) {
                int t = Math.min(target, b.length);
                while (pos < t) {
                    int c = b[pos] & 0xFF;
                    if (c == '\n' || (c == '\r' && (pos + 1 >= b.length || b[pos + 1] != '\n'))) {
                        line++;
                        col = 1;
                    } else if (c == '\r') {
                        // CR of a CR LF: the LF ends the line
                    } else if (!utf8 || c < 0x80) {
                        col++;
                    } else if (c >= 0xF0) {
                        col += 2;
                    } else if (c >= 0xC0) {
                        col++;
                    } // UTF-8 continuation bytes belong to the character before
                    pos++;
                }
            }
        }

        private int bodyOffset(Where where) {
            if (where.entity() == null) {
                return -1;
            }
            RawMime.Span e = where.entity();
            return rm.bodyStart(e.start(), e.end());
        }

        private byte[] readRaw(Part part) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = part instanceof MimeBodyPart b ? b.getRawInputStream()
                    : ((MimeMessage) part).getRawInputStream()) {
                byte[] buf = new byte[8192];
                int r;
                while ((r = in.read(buf)) > 0) {
                    out.write(buf, 0, r);
                }
            } catch (IOException | MessagingException | RuntimeException e) {
                // truncated input: keep what was read
            }
            return out.toByteArray();
        }

        private byte[] slice(int from, int to) {
            return java.util.Arrays.copyOfRange(raw, from, to);
        }

        // ---- headers ----

        private String headerString(Map<String, byte[]> headers, String name) {
            byte[] v = headers.get(name);
            if (v == null) {
                return null;
            }
            return TextDecoding.decodeGuessing(v).strip();
        }

        /** [display name, address] of the first address in a header value; either may be null. */
        private String[] address(String value) {
            if (value == null || value.isBlank()) {
                return new String[2];
            }
            String personal = null;
            String addr = null;
            try {
                InternetAddress[] all = InternetAddress.parseHeader(value, false);
                if (all.length > 0) {
                    personal = all[0].getPersonal();
                    addr = all[0].getAddress();
                }
            } catch (AddressException | RuntimeException e) {
                Matcher m = ADDRESS_FALLBACK.matcher(value);
                if (m.find()) {
                    personal = m.group(1);
                    addr = m.group(2);
                } else if (value.contains("@")) {
                    addr = value.strip();
                }
            }
            personal = emptyToNull(personal == null ? null : HeaderDecoding.words(personal).strip());
            addr = emptyToNull(addr == null ? null : addr.strip());
            return new String[] {personal, addr};
        }
    }

    // ---- helpers shared by the reading ----

    private static String header(Part part, String name) {
        try {
            String[] v = part.getHeader(name);
            return v == null || v.length == 0 ? null : v[0];
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** Lower-case "type/subtype"; a missing or unreadable Content-Type means text/plain (RFC 2045 §5.2). */
    static String baseType(String ct) {
        if (ct == null || ct.isBlank()) {
            return "text/plain";
        }
        try {
            return new ContentType(ct).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException | RuntimeException e) {
            String t = ct.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            return t.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") ? t : "text/plain";
        }
    }

    /** A Content-Type parameter, leniently (unquoted values with spaces, broken lists). */
    static String param(String ct, String name) {
        if (ct == null) {
            return null;
        }
        try {
            String v = new ContentType(ct).getParameter(name);
            if (v != null) {
                return v;
            }
        } catch (ParseException | RuntimeException e) {
            // fall through to the pattern below
        }
        Matcher m = Pattern.compile("(?i)(?:^|;)\\s*" + Pattern.quote(name) + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)")
                .matcher(ct);
        if (m.find()) {
            return m.group(2) != null ? m.group(2) : m.group(1);
        }
        return null;
    }

    private static String transferEncoding(Part part) {
        return transferEncoding(header(part, "Content-Transfer-Encoding"));
    }

    private static String transferEncoding(String v) {
        if (v == null) {
            return "7bit";
        }
        // comments and quotes appear in the wild: "quoted-printable (ugly)", "\"base64\""
        return v.replaceAll("\\([^)]*\\)", "").replace("\"", "").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isAttachment(Part part) {
        String d = header(part, "Content-Disposition");
        return d != null && d.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
    }

    /** Text meant to be read in the body: no file name and not marked as an attachment. */
    private static boolean isInlineText(Part part) {
        String ct = header(part, "Content-Type");
        String type = baseType(ct);
        if (!type.startsWith("text/") && !type.startsWith("multipart/")) {
            return false;
        }
        String d = header(part, "Content-Disposition");
        boolean named = param(ct, "name") != null || (d != null && d.toLowerCase(Locale.ROOT).contains("filename"));
        return !named;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int countLines(CharSequence s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String stripTrailingNewlines(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == '\n' || s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t')) {
            e--;
        }
        return s.substring(0, e);
    }

    private static int[] concat(List<int[]> parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] r = new int[n];
        int k = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, r, k, p.length);
            k += p.length;
        }
        return r;
    }
}
