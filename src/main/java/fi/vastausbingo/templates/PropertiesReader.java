// Reads Java .properties files (the rules of java.util.Properties.load) keeping each value's file positions.
package fi.vastausbingo.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * java.util.Properties cannot say where a value came from, so this follows its rules by hand:
 * comment lines start with '#' or '!'; a line ending in an odd number of backslashes continues on
 * the next line, whose leading white space is dropped; the key ends at the first unescaped '=',
 * ':' or white space; escapes are \t \n \r \f, \\uXXXX and "\x" for any other x. The decoding of
 * bytes (UTF-8, else ISO-8859-1, as ResourceBundle does since Java 9) happens before.
 */
public final class PropertiesReader {
    private PropertiesReader() {}

    public static List<LocaleEntry> read(String raw) throws LocaleFormatException {
        FileText f = new FileText(raw);
        String t = f.text;
        List<LocaleEntry> out = new ArrayList<>();
        int i = 0;
        int n = t.length();
        while (i < n) {
            // start of a natural line that begins a logical line
            int lineStart = i;
            while (i < n && isBlank(t.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char c = t.charAt(i);
            if (c == '\n') {
                i++;
                continue;
            }
            if (c == '#' || c == '!') {
                int nl = t.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
                continue;
            }
            int keyLine = f.line(lineStart);
            StringBuilder key = new StringBuilder();
            // key
            while (i < n) {
                c = t.charAt(i);
                if (c == '\\') {
                    int r = escape(f, i, key, null, keyLine);
                    if (r < 0) {
                        i = continuation(t, i + 2);
                        continue;
                    }
                    i = r;
                    continue;
                }
                if (c == '=' || c == ':' || isBlank(c) || c == '\n') {
                    break;
                }
                key.append(c);
                i++;
            }
            // separator: white space, then at most one '=' or ':', then white space
            while (i < n && isBlank(t.charAt(i))) {
                i++;
            }
            if (i < n && (t.charAt(i) == '=' || t.charAt(i) == ':')) {
                i++;
            }
            while (i < n && isBlank(t.charAt(i))) {
                i++;
            }
            // a value that starts with a line continuation: Properties skips to the next line
            while (i + 1 < n && t.charAt(i) == '\\' && t.charAt(i + 1) == '\n') {
                i = continuation(t, i + 2);
            }
            MappedTextBuilder value = new MappedTextBuilder();
            while (i < n && t.charAt(i) != '\n') {
                c = t.charAt(i);
                if (c == '\\') {
                    int r = escape(f, i, null, value, f.line(i));
                    if (r < 0) {
                        i = continuation(t, i + 2);
                        continue;
                    }
                    i = r;
                    continue;
                }
                f.copy(value, c, i);
                i++;
            }
            int end = i;
            if (i < n) {
                i++;
            }
            // a repeated key is still text in the file: both values are read (Properties keeps the last)
            out.add(new LocaleEntry(key.toString(), keyLine, f.build(value, end)));
        }
        return out;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** After a backslash-newline: the next line's leading white space is not part of the value. */
    private static int continuation(String t, int i) {
        while (i < t.length() && isBlank(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Decodes the escape at {@code i} into the key or the value; returns the offset after it, or
     * -1 for a line continuation (backslash at the end of the line).
     */
    private static int escape(FileText f, int i, StringBuilder key, MappedTextBuilder value, int line)
            throws LocaleFormatException {
        String t = f.text;
        if (i + 1 >= t.length()) {
            return t.length(); // a lone backslash at the very end is dropped, as Properties does
        }
        char e = t.charAt(i + 1);
        if (e == '\n') {
            return -1;
        }
        char decoded;
        int len = 2;
        switch (e) {
            case 't' -> decoded = '\t';
            case 'n' -> decoded = '\n';
            case 'r' -> decoded = 0;
            case 'f' -> decoded = '\f';
            case 'u' -> {
                if (i + 6 > t.length()) {
                    throw new LocaleFormatException(line, "malformed \\uXXXX escape");
                }
                String hex = t.substring(i + 2, i + 6);
                if (!hex.matches("[0-9a-fA-F]{4}")) {
                    throw new LocaleFormatException(line, "malformed \\uXXXX escape: \\u" + hex);
                }
                decoded = (char) Integer.parseInt(hex, 16);
                len = 6;
            }
            default -> decoded = e;
        }
        if (decoded != 0) {
            if (key != null) {
                key.append(decoded);
            } else {
                f.copy(value, decoded, i);
            }
        }
        return i + len;
    }
}
