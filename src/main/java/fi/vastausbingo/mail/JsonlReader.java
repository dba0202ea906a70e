// Reads a JSON Lines helpdesk export: one reply object per line, each line loaded on its own.
package fi.vastausbingo.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.vastausbingo.reply.SourceText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JSON Lines export: {@code {"id", "reply", "customer"?, "subject"?, "agent"?, "customerName"?,
 * "sentAt"?, "customerSentAt"?}} per line. A bad line becomes a failure named "file:LINE" and
 * the other lines still load, because one broken record must not hide a whole export. The file
 * is streamed; the size limit applies to each line, not to the export.
 *
 * <p>Replies that are HTML (exports often carry the HTML body) are converted to text; positions
 * are then relative to the reply string, like those of plain replies.
 */
public final class JsonlReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)<(?:p|div|br|span|table|tr|td|ul|ol|li|html|body|blockquote|strong|em|b|i|a|h[1-6])(?:\\s[^<>]*)?/?>");

    private JsonlReader() {}

    /** Reads an export held in memory. */
    public static List<Loaded> read(String file, byte[] data, long maxLineBytes) {
        return read(file, new ByteArrayInputStream(data), maxLineBytes);
    }

    /**
     * Reads an export from a stream (not closed here). Never throws: a read error ends the list
     * with a failure for the file, after everything read before it.
     */
    public static List<Loaded> read(String file, InputStream in, long maxLineBytes) {
        List<Loaded> list = new ArrayList<>();
        read(file, in, maxLineBytes, list::add);
        return list;
    }

    /** Streams the export's items into {@code out} one line at a time; returns how many there were. */
    public static int read(String file, InputStream in, long maxLineBytes, InputLoader.Sink sink) {
        int[] count = {0};
        InputLoader.Sink out = l -> {
            count[0]++;
            sink.add(l);
        };
        int lineNo = 0;
        try {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long lineBytes = 0;
            boolean tooLong = false;
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        lineNo++;
                        finishLine(file, lineNo, line, tooLong, lineBytes, maxLineBytes, out);
                        line.reset();
                        lineBytes = 0;
                        tooLong = false;
                        continue;
                    }
                    lineBytes++;
                    if (lineBytes > maxLineBytes) {
                        tooLong = true; // keep counting for the message, stop buffering
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            }
            if (lineBytes > 0) {
                lineNo++;
                finishLine(file, lineNo, line, tooLong, lineBytes, maxLineBytes, out);
            }
        } catch (IOException e) {
            out.add(new Loaded.Failed(lineNo > 0 ? file + ":" + (lineNo + 1) : file,
                    "cannot read: " + InputLoader.ioReason(e)));
        }
        return count[0];
    }

    private static void finishLine(String file, int lineNo, ByteArrayOutputStream line, boolean tooLong,
                                   long lineBytes, long max, InputLoader.Sink out) {
        String where = file + ":" + lineNo;
        if (tooLong) {
            out.add(new Loaded.Failed(where, InputLoader.tooLarge(lineBytes, max)));
            return;
        }
        String text = TextDecoding.decodeGuessing(line.toByteArray());
        if (text.isBlank()) {
            return;
        }
        out.add(parseLine(where, text));
    }

    /** One export record; {@code where} is "file:LINE" for messages about the line itself. */
    static Loaded parseLine(String where, String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new Loaded.Failed(where, "invalid JSON: " + shortJsonReason(e));
        }
        if (node == null || !node.isObject()) {
            return new Loaded.Failed(where, "invalid JSON: expected an object, found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank()
                ? idNode.asText().strip() : null;
        String source = id != null ? id : where;
        JsonNode replyNode = node.get("reply");
        if (replyNode == null || replyNode.isNull()) {
            return new Loaded.Failed(where, "missing \"reply\" field");
        }
        if (!replyNode.isTextual()) {
            return new Loaded.Failed(where, "\"reply\" field is not a string");
        }
        String reply = replyNode.asText();
        if (reply.isBlank()) {
            return new Loaded.Failed(source, "empty reply");
        }
        boolean html = HTML_TAG.matcher(reply).find();
        SourceText body = html ? HtmlText.toSourceText(reply) : SourceText.identity(reply);
        if (html && body.text().isBlank()) {
            return new Loaded.Failed(source, "empty reply");
        }
        String customer = string(node, "customer");
        if (customer != null && HTML_TAG.matcher(customer).find()) {
            customer = HtmlText.toText(customer);
        }
        String customerName = string(node, "customerName");
        String agent = string(node, "agent");
        OffsetDateTime sentAt = date(node.get("sentAt"));
        // customerSentAt has no place in Message yet; it is accepted so that exports carrying it load
        return new Loaded.Ok(new Message(
                source,
                null,
                string(node, "subject"),
                agent,
                null,
                customerName,
                null,
                sentAt,
                body,
                html,
                customer,
                customerName,
                agent));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static OffsetDateTime date(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return MailDates.parseIso(Long.toString(v.asLong()));
        }
        return v.isTextual() ? MailDates.parseIso(v.asText()) : null;
    }

    /** Jackson's message without the source excerpt and the "(code 120)" noise. */
    private static String shortJsonReason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "unreadable";
        }
        m = m.replaceAll("\\('(.{1,2})' \\(code \\d+\\)\\)", "'$1'")
                .replaceAll("\\(code \\d+\\)", "")
                .replaceAll("\\s*\\(start marker at [^)]*\\)", "")
                .replaceAll("\\s*at \\[Source:.*", "");
        int nl = m.indexOf('\n');
        if (nl > 0) {
            m = m.substring(0, nl);
        }
        // Jackson lists every acceptable token; the first clause says what went wrong
        int colon = m.indexOf(": expected a valid value");
        if (colon > 0) {
            m = m.substring(0, colon);
        }
        m = m.strip();
        if (m.length() > 100) {
            m = m.substring(0, 97) + "...";
        }
        if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
            m += " (column " + e.getLocation().getColumnNr() + ")";
        }
        return m;
    }
}
