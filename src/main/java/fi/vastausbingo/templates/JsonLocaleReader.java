// Reads JSON locale files (i18next, vue-i18n, Angular …): every string value under its dotted key path.
package fi.vastausbingo.templates;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Jackson reads the structure (and reports syntax errors with their line); the position of each
 * string token is then used to walk the raw literal once more, so that a character after an
 * escape ("\n", "\u00e4", "\"") still maps to its own file column. Keys are joined with '.';
 * array elements are numbered from 0 ("steps.2"). JSON has no comments, so a JSON file cannot
 * carry inline suppressions: use the baseline, --keys or the config's checks instead.
 */
public final class JsonLocaleReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonLocaleReader() {}

    public static List<LocaleEntry> read(String raw) throws LocaleFormatException {
        FileText f = new FileText(raw);
        List<LocaleEntry> out = new ArrayList<>();
        // each open container: its key path and, for arrays, the next index (ArrayDeque holds no nulls)
        Deque<String> path = new ArrayDeque<>();
        Deque<int[]> arrayIndex = new ArrayDeque<>();
        Deque<Integer> keyLines = new ArrayDeque<>();
        String field = null;
        int fieldLine = 0;
        try (JsonParser p = FACTORY.createParser(f.text)) {
            JsonToken tok;
            while ((tok = p.nextToken()) != null) {
                switch (tok) {
                    case FIELD_NAME -> {
                        field = p.currentName();
                        fieldLine = (int) p.currentTokenLocation().getLineNr();
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String name = memberName(path, arrayIndex, field);
                        path.push(name);
                        keyLines.push(fieldLine);
                        arrayIndex.push(new int[] {tok == JsonToken.START_ARRAY ? 0 : -1}); // -1: an object
                        field = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        path.pop();
                        arrayIndex.pop();
                        keyLines.pop();
                        field = null;
                    }
                    case VALUE_STRING -> {
                        String name = memberName(path, arrayIndex, field);
                        int line = field != null ? fieldLine : (int) p.currentTokenLocation().getLineNr();
                        int quote = (int) p.currentTokenLocation().getCharOffset();
                        out.add(new LocaleEntry(name, line, value(f, quote, p.getText())));
                        field = null;
                    }
                    default -> {
                        // numbers, booleans and nulls are not texts
                        memberName(path, arrayIndex, field);
                        field = null;
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? Math.max(1, e.getLocation().getLineNr()) : 1;
            throw new LocaleFormatException(line, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new LocaleFormatException(1, "not valid JSON: " + e.getMessage());
        }
        return out;
    }

    /** The dotted path of the member being read; advances the index of an enclosing array. */
    private static String memberName(Deque<String> path, Deque<int[]> arrayIndex, String field) {
        String parent = path.isEmpty() ? "" : path.peek();
        String own;
        if (field != null) {
            own = field;
        } else if (!arrayIndex.isEmpty() && arrayIndex.peek()[0] >= 0) {
            own = String.valueOf(arrayIndex.peek()[0]++);
        } else {
            return parent; // the root value
        }
        return parent.isEmpty() ? own : parent + "." + own;
    }

    /** Walks the literal whose opening quote is at {@code quote}; falls back to its start when the walk disagrees. */
    static fi.vastausbingo.reply.SourceText value(FileText f, int quote, String expected) {
        String t = f.text;
        MappedTextBuilder b = new MappedTextBuilder();
        int i = quote + 1;
        if (quote < 0 || quote >= t.length() || t.charAt(quote) != '"') {
            return MappedTextBuilder.pinned(expected, f.line(Math.max(0, quote)), f.column(Math.max(0, quote)));
        }
        StringBuilder decoded = new StringBuilder();
        while (i < t.length() && t.charAt(i) != '"') {
            char c = t.charAt(i);
            if (c != '\\') {
                f.copy(b, c, i);
                decoded.append(c);
                i++;
                continue;
            }
            if (i + 1 >= t.length()) {
                break;
            }
            char e = t.charAt(i + 1);
            int len = 2;
            char d;
            switch (e) {
                case 'n' -> d = '\n';
                case 't' -> d = '\t';
                case 'r' -> d = 0;
                case 'b' -> d = '\b';
                case 'f' -> d = '\f';
                case 'u' -> {
                    if (i + 6 > t.length()) {
                        return MappedTextBuilder.pinned(expected, f.line(quote), f.column(quote) + 1);
                    }
                    d = (char) Integer.parseInt(t.substring(i + 2, i + 6), 16);
                    len = 6;
                }
                default -> d = e;
            }
            decoded.append(e == 'r' ? '\r' : d);
            if (d != 0) {
                f.copy(b, d, i);
            }
            i += len;
        }
        if (!decoded.toString().equals(expected)) {
            return MappedTextBuilder.pinned(expected, f.line(quote), f.column(quote) + 1);
        }
        return f.build(b, i);
    }
}
