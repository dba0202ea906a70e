// Reads gettext .po files: every translated msgstr (plural forms too) with its msgid as the key.
package fi.vastausbingo.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A small, strict parser of the PO format: comments ("#", "#.", "#:", "#,", "#|"), obsolete
 * entries ("#~", skipped), msgctxt, msgid, msgid_plural, msgstr and msgstr[N], each followed by
 * one or more C string literals on their own lines. The translation is what reaches customers,
 * so only msgstr values are read; empty ones (untranslated) and the header entry are skipped.
 * Every decoded character keeps the file position of the character (or escape) it came from.
 */
public final class PoReader {
    private PoReader() {}

    /** One keyword with its concatenated literals. */
    private static final class Field {
        final String keyword;
        final int line;
        final MappedTextBuilder value = new MappedTextBuilder();
        int endOffset;

        Field(String keyword, int line) {
            this.keyword = keyword;
            this.line = line;
        }
    }

    private static final class Entry {
        int firstLine;
        Field ctxt;
        Field id;
        Field idPlural;
        final TreeMap<Integer, Field> strs = new TreeMap<>();

        boolean empty() {
            return ctxt == null && id == null && idPlural == null && strs.isEmpty();
        }
    }

    public static List<LocaleEntry> read(String raw) throws LocaleFormatException {
        FileText f = new FileText(raw);
        String text = f.text;
        List<LocaleEntry> out = new ArrayList<>();
        Entry entry = new Entry();
        Field current = null;
        for (int line = 1; line <= f.lineCount(); line++) {
            int start = f.lineStart(line);
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int i = start;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i == end) {
                finish(entry, out, f);
                entry = new Entry();
                current = null;
                continue;
            }
            char c = text.charAt(i);
            if (c == '#') {
                // a comment after a complete entry starts the next one
                if (!entry.strs.isEmpty()) {
                    finish(entry, out, f);
                    entry = new Entry();
                }
                current = null;
                continue;
            }
            if (c == '"') {
                if (current == null) {
                    throw new LocaleFormatException(line, "string without a keyword (msgid, msgstr …) before it");
                }
                literal(f, i, end, line, current);
                continue;
            }
            int kwEnd = i;
            while (kwEnd < end && !Character.isWhitespace(text.charAt(kwEnd)) && text.charAt(kwEnd) != '"') {
                kwEnd++;
            }
            String keyword = text.substring(i, kwEnd);
            int q = kwEnd;
            while (q < end && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
                q++;
            }
            if (q >= end || text.charAt(q) != '"') {
                throw new LocaleFormatException(line, keyword.isEmpty() ? "expected a keyword"
                        : "expected a string in double quotes after " + keyword);
            }
            Field field = new Field(keyword, line);
            if (keyword.equals("msgctxt") || keyword.equals("msgid")) {
                if (!entry.strs.isEmpty() || keyword.equals("msgctxt") && entry.id != null
                        || keyword.equals("msgid") && entry.id != null) {
                    // no blank line between two entries: still two entries
                    finish(entry, out, f);
                    entry = new Entry();
                }
                if (entry.empty()) {
                    entry.firstLine = line;
                }
                if (keyword.equals("msgctxt")) {
                    entry.ctxt = field;
                } else {
                    entry.id = field;
                }
            } else if (keyword.equals("msgid_plural")) {
                if (entry.id == null) {
                    throw new LocaleFormatException(line, "msgid_plural without a msgid");
                }
                entry.idPlural = field;
            } else if (keyword.equals("msgstr") || keyword.matches("msgstr\\[\\d{1,2}]")) {
                if (entry.id == null) {
                    throw new LocaleFormatException(line, keyword + " without a msgid");
                }
                int index = keyword.equals("msgstr") ? -1 : Integer.parseInt(keyword.substring(7, keyword.length() - 1));
                if (entry.strs.containsKey(index)) {
                    throw new LocaleFormatException(line, keyword + " appears twice in one entry");
                }
                entry.strs.put(index, field);
            } else {
                throw new LocaleFormatException(line, "unknown keyword \"" + keyword
                        + "\"; expected msgctxt, msgid, msgid_plural, msgstr or msgstr[N]");
            }
            current = field;
            literal(f, q, end, line, field);
        }
        finish(entry, out, f);
        return out;
    }

    private static void finish(Entry e, List<LocaleEntry> out, FileText f) throws LocaleFormatException {
        if (e.empty()) {
            return;
        }
        if (e.id == null) {
            throw new LocaleFormatException(e.firstLine, "entry without msgid");
        }
        if (e.strs.isEmpty()) {
            throw new LocaleFormatException(e.id.line, "msgid without msgstr");
        }
        String id = e.id.value.text();
        if (id.isEmpty() && e.ctxt == null) {
            return; // the header entry
        }
        String key = e.ctxt != null ? e.ctxt.value.text() + "|" + id : id;
        boolean plural = e.idPlural != null;
        for (var s : e.strs.entrySet()) {
            Field str = s.getValue();
            if (str.value.length() == 0) {
                continue;
            }
            String k = plural || s.getKey() >= 0 ? key + "[" + Math.max(0, s.getKey()) + "]" : key;
            out.add(new LocaleEntry(k, e.firstLine, f.build(str.value, str.endOffset)));
        }
    }

    /** Decodes the C string literal whose opening quote is at {@code q}, appending to the field. */
    private static void literal(FileText f, int q, int end, int line, Field field) throws LocaleFormatException {
        String text = f.text;
        int i = q + 1;
        while (true) {
            if (i >= end) {
                throw new LocaleFormatException(line, "unterminated string (missing closing \")");
            }
            char c = text.charAt(i);
            if (c == '"') {
                break;
            }
            if (c != '\\') {
                f.copy(field.value, c, i);
                i++;
                continue;
            }
            if (i + 1 >= end) {
                throw new LocaleFormatException(line, "unterminated string (backslash at the end of the line)");
            }
            char e = text.charAt(i + 1);
            int len = 2;
            char decoded;
            switch (e) {
                case 'n' -> decoded = '\n';
                case 't' -> decoded = '\t';
                case 'r' -> decoded = 0; // "\r\n" in a literal is one line break
                case 'a' -> decoded = '\u0007';
                case 'b' -> decoded = '\b';
                case 'f' -> decoded = '\f';
                case 'v' -> decoded = '\u000B';
                case '"', '\\', '\'', '?' -> decoded = e;
                case 'x' -> {
                    int j = i + 2;
                    while (j < end && j < i + 4 && Character.digit(text.charAt(j), 16) >= 0) {
                        j++;
                    }
                    if (j == i + 2) {
                        throw new LocaleFormatException(line, "\\x without hex digits");
                    }
                    decoded = (char) Integer.parseInt(text.substring(i + 2, j), 16);
                    len = j - i;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int j = i + 1;
                        while (j < end && j < i + 4 && text.charAt(j) >= '0' && text.charAt(j) <= '7') {
                            j++;
                        }
                        decoded = (char) Integer.parseInt(text.substring(i + 1, j), 8);
                        len = j - i;
                    } else {
                        throw new LocaleFormatException(line, "unknown escape \\" + e);
                    }
                }
            }
            if (decoded != 0) {
                f.copy(field.value, decoded, i);
            }
            i += len;
        }
        field.endOffset = i;
        int after = i + 1;
        while (after < end && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (after < end && text.charAt(after) != '#') {
            throw new LocaleFormatException(line, "unexpected text after the string: "
                    + text.substring(after, Math.min(end, after + 20)));
        }
    }
}
