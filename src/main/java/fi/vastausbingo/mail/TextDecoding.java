// Turns message and file bytes into text when the declared charset is missing, unknown or wrong.
package fi.vastausbingo.mail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Byte-to-text decoding for mail bodies, headers and files. Finnish mail in the wild is UTF-8,
 * windows-1252 or ISO-8859-1/15, often mislabelled or not labelled at all, so the rules are
 * forgiving: valid UTF-8 is taken as UTF-8, anything else as windows-1252, and a declared charset
 * is trusted only where it is not known to lie.
 */
public final class TextDecoding {
    /** Windows-1252 is a superset of ISO-8859-1 for printable text and what mislabelled mail really is. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // Labels seen in real mail that Java does not know or that mean "no idea"; null = guess.
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"),
            Map.entry("utf-8", "UTF-8"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("latin-1", "windows-1252"),
            Map.entry("l1", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("iso_8859-1", "windows-1252"),
            Map.entry("iso88591", "windows-1252"),
            Map.entry("iso-latin-1", "windows-1252"),
            Map.entry("ansi", "windows-1252"),
            Map.entry("cp-1252", "windows-1252"),
            Map.entry("win-1252", "windows-1252"),
            Map.entry("windows1252", "windows-1252"),
            Map.entry("latin9", "ISO-8859-15"),
            Map.entry("latin-9", "ISO-8859-15"),
            Map.entry("iso8859-15", "ISO-8859-15"));

    private TextDecoding() {}

    /**
     * The charset a label stands for, or null when the text should be guessed (no label,
     * an unknown label, "x-unknown", "us-ascii" with 8-bit bytes, or any UTF-8 label, because
     * UTF-8-labelled windows-1252 is common and strict UTF-8 detects it).
     */
    public static Charset charsetFor(String label) {
        if (label == null) {
            return null;
        }
        String l = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (l.isEmpty() || l.contains("ascii") || l.equals("ansi_x3.4-1968") || l.equals("us")) {
            return null;
        }
        String alias = ALIASES.get(l);
        String name = alias != null ? alias : l;
        if (name.equalsIgnoreCase("UTF-8")) {
            return null;
        }
        try {
            Charset cs = Charset.forName(name);
            if (cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)) {
                return null;
            }
            // ISO-8859-1 puts C1 controls where windows-1252 has € and curly quotes; nobody means the controls
            return cs.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : cs;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Decodes with the declared charset when it is usable, else by guessing; strips a leading BOM. */
    public static String decode(byte[] bytes, String declaredLabel) {
        Charset cs = charsetFor(declaredLabel);
        if (cs == null || (isSingleByteLatin(cs) && hasNonAscii(bytes) && isStrictUtf8(bytes))) {
            // a single-byte label on text that is valid multi-byte UTF-8 is a wrong label, not mojibake to keep
            return decodeGuessing(bytes);
        }
        return stripBom(lenient(cs, bytes));
    }

    /**
     * Text decoded as by {@link #decode}, and where each character came from: {@code byteOf[i]} is
     * the index of the first byte of character i ({@code byteOf[text.length()] == bytes.length}),
     * ascending. {@code byteOf} is null when characters cannot be related to bytes reliably
     * (UTF-16, or a multi-byte charset other than UTF-8 on non-ASCII text). The second half of a
     * surrogate pair gets the same byte as the first. {@code utf8}: the bytes were read as UTF-8
     * (else one byte is one character wherever {@code byteOf} is given).
     */
    record Traced(String text, int[] byteOf, boolean utf8) {}

    /** {@link #decode} that also traces characters back to bytes. */
    static Traced decodeTraced(byte[] bytes, String declaredLabel) {
        Charset cs = charsetFor(declaredLabel);
        String text;
        Charset used;
        if (cs == null || (isSingleByteLatin(cs) && hasNonAscii(bytes) && isStrictUtf8(bytes))) {
            if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                    || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
                return new Traced(decodeGuessing(bytes), null, false);
            }
            String utf8 = utf8OrNull(bytes);
            used = utf8 != null ? StandardCharsets.UTF_8 : WINDOWS_1252;
            text = utf8 != null ? utf8 : lenient(WINDOWS_1252, bytes);
        } else {
            used = cs;
            text = lenient(cs, bytes);
        }
        String stripped = stripBom(text);
        int[] byteOf = used.equals(StandardCharsets.UTF_8)
                ? traceUtf8(bytes, text)
                : traceSingleByte(bytes, text, used);
        if (byteOf != null && stripped.length() < text.length()) {
            byteOf = Arrays.copyOfRange(byteOf, 1, byteOf.length);
        }
        return new Traced(stripped, byteOf, used.equals(StandardCharsets.UTF_8));
    }

    /** Character starts in UTF-8 bytes that {@link #utf8OrNull} accepted (a cut-off tail is one U+FFFD). */
    private static int[] traceUtf8(byte[] bytes, String text) {
        int[] map = new int[text.length() + 1];
        int k = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
            int units = len == 4 && i + len <= bytes.length ? 2 : 1; // a cut-off tail is one U+FFFD
            if (len == 0 || k + units > text.length()) {
                return null;
            }
            for (int u = 0; u < units; u++) {
                map[k++] = i;
            }
            i = Math.min(bytes.length, i + len);
        }
        if (k != text.length()) {
            return null;
        }
        map[k] = bytes.length;
        return map;
    }

    /** One character per byte, when the charset is single-byte (or the bytes are ASCII) and the counts agree. */
    private static int[] traceSingleByte(byte[] bytes, String text, Charset cs) {
        if (text.length() != bytes.length || !(singleByte(cs) || !hasNonAscii(bytes))) {
            return null;
        }
        int[] map = new int[bytes.length + 1];
        for (int i = 0; i <= bytes.length; i++) {
            map[i] = i;
        }
        return map;
    }

    private static boolean singleByte(Charset cs) {
        if (isSingleByteLatin(cs)) {
            return true;
        }
        try {
            return cs.canEncode() && cs.newEncoder().maxBytesPerChar() <= 1.0f
                    && cs.newDecoder().maxCharsPerByte() <= 1.0f;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Strict UTF-8 when the bytes are valid UTF-8, otherwise windows-1252; strips a leading BOM. */
    public static String decodeGuessing(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return stripBom(new String(bytes, StandardCharsets.UTF_16LE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return stripBom(new String(bytes, StandardCharsets.UTF_16BE));
        }
        String utf8 = utf8OrNull(bytes);
        return stripBom(utf8 != null ? utf8 : lenient(WINDOWS_1252, bytes));
    }

    /**
     * Strict UTF-8, except that a multi-byte sequence cut off at the very end (a truncated
     * message) becomes U+FFFD instead of turning the whole text into windows-1252 mojibake.
     */
    private static String utf8OrNull(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, false);
        if (r.isError()) {
            return null;
        }
        boolean cutOff = in.hasRemaining(); // only an incomplete sequence is left when endOfInput is false
        out.flip();
        String text = out.toString();
        if (!cutOff) {
            return text;
        }
        // without a complete multi-byte sequence before it, the odd last byte is more likely windows-1252
        return text.chars().anyMatch(c -> c >= 0x80) ? text + '\uFFFD' : null;
    }

    /** True when the bytes decode as UTF-8 without errors. */
    public static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Replaces C1 control characters (U+0080–U+009F) with their windows-1252 meaning. They only
     * appear when windows-1252 bytes were decoded as ISO-8859-1 somewhere upstream (e.g. in an
     * encoded-word labelled iso-8859-1), and text checks would otherwise see garbage.
     */
    public static String fixC1Controls(String s) {
        boolean any = false;
        for (int i = 0; i < s.length() && !any; i++) {
            char c = s.charAt(i);
            any = c >= 0x80 && c <= 0x9F;
        }
        if (!any) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                String mapped = new String(new byte[] {(byte) c}, WINDOWS_1252);
                sb.append(mapped.charAt(0) == '\uFFFD' ? c : mapped.charAt(0));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static String lenient(Charset cs, byte[] bytes) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return d.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // cannot happen with REPLACE, but a decoder bug must not lose the text
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean isSingleByteLatin(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.startsWith("iso-8859-") || n.startsWith("windows-125") || n.equals("x-mac-roman")
                || n.equals("ibm850") || n.equals("ibm437");
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
