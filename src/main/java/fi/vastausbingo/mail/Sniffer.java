// Guesses what kind of input a byte array is (e-mail message, HTML, JSON Lines, text, junk).
package fi.vastausbingo.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Content sniffing for stdin and for files whose extension does not say what they are. */
final class Sniffer {
    enum Kind { EML, HTML, JSONL, TEXT }

    private static final int SAMPLE = 8192;

    // Header names that real messages start with; a draft starting "Huom: ..." must stay a draft.
    private static final Set<String> KNOWN_HEADERS = Set.of(
            "from", "to", "cc", "bcc", "subject", "date", "mime-version", "content-type",
            "content-transfer-encoding", "message-id", "in-reply-to", "references", "reply-to",
            "sender", "received", "return-path", "delivered-to", "x-mailer", "user-agent",
            "thread-topic", "thread-index", "x-original-to", "envelope-to", "dkim-signature",
            "arc-seal", "authentication-results", "x-received", "x-gm-message-state", "importance");

    private static final Pattern FIELD = Pattern.compile("^([!-9;-~]+)[ \\t]*:.*", Pattern.DOTALL);
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:<!doctype\\s+html|<html|<head|<body|<meta|<div|<p[\\s>]|<table|<span|<br|<h[1-6]"
                    + "|<ul|<ol|<blockquote|<style|<font|<center|<b>|<i>|<strong|<a\\s|<!--)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ANYWHERE = Pattern.compile(
            "<(?:html|body)[\\s>]|</(?:p|div|html|body|table|li)>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private Sniffer() {}

    static Kind sniff(byte[] data) {
        if (looksLikeMessage(data, true)) {
            return Kind.EML;
        }
        if (looksLikeHtml(data)) {
            return Kind.HTML;
        }
        if (looksLikeJsonl(data)) {
            return Kind.JSONL;
        }
        return Kind.TEXT;
    }

    /**
     * An RFC 822 message starts with header fields up to the first empty line (an mbox "From "
     * separator line may come first). With {@code requireKnownHeader} at least one field must be
     * one that messages actually carry, so that text such as "Aihe: lasku" is not mistaken for one.
     */
    static boolean looksLikeMessage(byte[] data, boolean requireKnownHeader) {
        String head = sample(data);
        String[] lines = head.split("\r\n|\n|\r", -1);
        int i = 0;
        if (lines.length > 0 && lines[0].startsWith("From ")) {
            i = 1;
        }
        while (i < lines.length - 1 && lines[i].isEmpty()) {
            i++; // the reader skips blank lines before headers too
        }
        int fields = 0;
        boolean known = false;
        boolean sawEnd = false;
        // the last sample line may be cut in the middle; do not judge it
        int usable = head.length() < data.length ? lines.length - 1 : lines.length;
        for (; i < usable; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                sawEnd = true;
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && fields > 0) {
                continue;
            }
            var m = FIELD.matcher(line);
            if (!m.matches()) {
                return false;
            }
            fields++;
            known |= KNOWN_HEADERS.contains(m.group(1).toLowerCase(Locale.ROOT));
        }
        if (fields == 0) {
            return false;
        }
        // headers with no body are still a message (the reader then says it has no text body)
        return !requireKnownHeader || (known && (sawEnd || fields >= 2));
    }

    static boolean looksLikeHtml(byte[] data) {
        String head = sample(data).stripLeading();
        if (!head.isEmpty() && head.charAt(0) == '\uFEFF') {
            head = head.substring(1).stripLeading();
        }
        return HTML_START.matcher(head).lookingAt()
                || (head.startsWith("<") && HTML_ANYWHERE.matcher(head).find());
    }

    private static final java.util.regex.Pattern MARKUP_TAG = java.util.regex.Pattern.compile(
            "(?i)</?(?:p|br|div|a|strong|b|i|em|u|ul|ol|li|table|tr|td|th|span|h[1-6]|img|font|center)\\b[^>]{0,300}>");

    /**
     * A template saved as .txt that is really HTML ("<p>Hyvä asiakas,<br>…"): two or more common
     * tags. Plain text that merely mentions "<b>" once stays text.
     */
    static boolean hasHtmlMarkup(byte[] data) {
        java.util.regex.Matcher m = MARKUP_TAG.matcher(sample(data));
        int n = 0;
        while (m.find()) {
            if (++n >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A helpdesk export: the first non-blank line is a JSON object. */
    static boolean looksLikeJsonl(byte[] data) {
        String head = sample(data);
        for (String line : head.split("\r\n|\n|\r")) {
            String t = line.strip();
            if (t.startsWith("\uFEFF")) {
                t = t.substring(1);
            }
            if (!t.isEmpty()) {
                return t.startsWith("{") && t.contains("\"reply\"");
            }
        }
        return false;
    }

    /**
     * Binary junk: NUL bytes, or more than 10% control characters in the first 8 KB (tab, line
     * breaks, form feed and ESC are text: ESC starts ISO-2022 sequences and ANSI colours).
     */
    static boolean isBinary(byte[] data, int from, int to) {
        int end = Math.min(to, from + SAMPLE);
        int n = end - from;
        if (n <= 0) {
            return false;
        }
        int controls = 0;
        for (int i = from; i < end; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        return controls * 10 > n;
    }

    /** Only whitespace (or a byte-order mark and whitespace). */
    static boolean isBlank(byte[] data) {
        int i = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < data.length; i++) {
            int b = data[i] & 0xFF;
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the end of the header block (the empty line), or the data length. */
    static int headerBlockEnd(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n' && i + 1 < data.length
                    && (data[i + 1] == '\n' || (data[i + 1] == '\r' && i + 2 < data.length && data[i + 2] == '\n'))) {
                return i + 1;
            }
        }
        return data.length;
    }

    private static String sample(byte[] data) {
        return new String(data, 0, Math.min(data.length, SAMPLE), StandardCharsets.ISO_8859_1);
    }
}
