// Decodes header values: raw 8-bit bytes, RFC 2047 encoded-words, unknown charset labels.
package fi.vastausbingo.mail;

import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Header text as a person would read it, whatever the sending client did to it. */
final class HeaderDecoding {
    private static final Pattern ENCODED_WORD =
            Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)[ \\t\\r\\n]+(=\\?)");

    private HeaderDecoding() {}

    /** A raw (unfolded) header value: bytes decoded as UTF-8 or windows-1252, then encoded-words. */
    static String text(byte[] rawValue) {
        if (rawValue == null) {
            return null;
        }
        String s = TextDecoding.decodeGuessing(rawValue).replaceAll("[\\r\\n]+", "").strip();
        return s.isEmpty() ? null : words(s);
    }

    /**
     * RFC 2047 decoding: Jakarta Mail first; our own decoder for what it leaves undecoded
     * (unknown labels such as x-unknown, encoded-words inside quotes or words) or garbles.
     */
    static String words(String s) {
        if (s == null || !s.contains("=?")) {
            return s == null ? null : TextDecoding.fixC1Controls(s);
        }
        String viaJakarta = null;
        try {
            viaJakarta = MimeUtility.decodeText(s);
        } catch (Exception | LinkageError e) {
            // unsupported charset label and the like: our decoder below handles it
        }
        String own = ownDecode(s);
        if (viaJakarta == null || ENCODED_WORD.matcher(viaJakarta).find()
                || (viaJakarta.indexOf('\uFFFD') >= 0 && own.indexOf('\uFFFD') < 0)) {
            return own;
        }
        return TextDecoding.fixC1Controls(viaJakarta);
    }

    static String ownDecode(String s) {
        // whitespace between adjacent encoded-words is not part of the text (RFC 2047 §6.2)
        String joined = BETWEEN_WORDS.matcher(s).replaceAll("$1$2");
        Matcher m = ENCODED_WORD.matcher(joined);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(joined, last, m.start());
            String label = m.group(1);
            int star = label.indexOf('*');
            if (star >= 0) {
                label = label.substring(0, star); // RFC 2231 language suffix
            }
            byte[] bytes = m.group(2).equalsIgnoreCase("B")
                    ? Base64Lenient.decode(m.group(3).getBytes(StandardCharsets.ISO_8859_1))
                    : qDecode(m.group(3));
            sb.append(TextDecoding.decode(bytes, label));
            last = m.end();
        }
        sb.append(joined.substring(last));
        return TextDecoding.fixC1Controls(sb.toString());
    }

    private static byte[] qDecode(String q) {
        byte[] in = q.getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            int c = in[i] & 0xFF;
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < in.length && Character.digit(in[i + 1], 16) >= 0
                    && Character.digit(in[i + 2], 16) >= 0) {
                out.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
