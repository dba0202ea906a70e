// Turns .po, .properties, .yml/.yaml and .json locale files into one lint item per selected string value.
package fi.vastausbingo.templates;

import fi.vastausbingo.finnish.Placeholders;
import fi.vastausbingo.mail.HtmlText;
import fi.vastausbingo.mail.InputLoader;
import fi.vastausbingo.mail.Loaded;
import fi.vastausbingo.mail.Message;
import fi.vastausbingo.mail.TextDecoding;
import fi.vastausbingo.reply.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A locale file holds hundreds of strings, most of them buttons, labels and subjects that are not
 * replies. Each value becomes its own item, named "file#key", and is linted when
 * <ul>
 *   <li>its key matches one of the globs (--keys or the config's {@code keys}; all keys when none), and</li>
 *   <li>it has at least {@value #MIN_WORDS} words, and</li>
 *   <li>with explicit globs: always; without: it looks like a message body — at least two
 *       non-blank lines, or {@value #BODY_WORDS} words or more.</li>
 * </ul>
 * Password mails are short ("Hei %(name)s, uusi salasanasi: %(password)s"), so the floor is low;
 * the language of values under {@value #SURE_WORDS} words cannot be told from the text, and the
 * caller checks them against the dictionary instead. Values left out are counted
 * ({@link #skipped()}) and never printed, so a big locale file does not flood the report. HTML
 * inside a value is turned into text the way an .html template is.
 */
public final class LocaleFiles implements InputLoader.FormatReader {
    public static final Set<String> EXTENSIONS = Set.of("po", "properties", "yml", "yaml", "json");
    static final int MIN_WORDS = 2;
    static final int BODY_WORDS = 20;
    /** From this many words on, the language gate of the linter can judge a value by itself. */
    public static final int SURE_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern PO_CHARSET = Pattern.compile("charset=([A-Za-z0-9_.:-]+)");
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)</?(?:p|br|div|a|strong|b|i|em|u|ul|ol|li|table|tr|td|th|span|h[1-6]|img|font|center|html|body)\\b[^>]{0,300}>");
    private static final Placeholders PLACEHOLDERS = Placeholders.builtIn();
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{2,5}|#x[0-9a-fA-F]{2,4});");

    /** What one item of a locale file is, for suppressions, baselines and reporters. */
    public record Item(String source, String file, String key, int keyLine) {}

    /** The keys chosen for one file: the globs, and whether the user gave them (else every key). */
    public record Selection(List<KeyGlob> globs, boolean explicit) {
        public static final Selection ALL = new Selection(List.of(), false);
    }

    private final Function<String, Selection> selection;
    private final Map<String, Item> items = new ConcurrentHashMap<>();
    private final AtomicInteger skipped = new AtomicInteger();

    /** @param selection the key selection for a file (by its path as given), e.g. from its config */
    public LocaleFiles(Function<String, Selection> selection) {
        this.selection = selection;
    }

    /** The item read under this source name, or null when the source is not a locale-file value. */
    public Item item(String source) {
        return items.get(source);
    }

    /** Values read but not linted (not selected, too short, not message-shaped). */
    public int skipped() {
        return skipped.get();
    }

    /** Counts a value that was read but turned out not to be Finnish (decided by the linter). */
    public void skipOne() {
        skipped.incrementAndGet();
    }

    @Override
    public List<Loaded> read(String file, String ext, byte[] data) {
        List<Loaded> out = new ArrayList<>();
        List<LocaleEntry> entries;
        try {
            entries = parse(ext, data);
        } catch (LocaleFormatException e) {
            out.add(new Loaded.Failed(file + ":" + e.line(), e.getMessage()));
            return out;
        }
        Selection sel = selection.apply(file);
        for (LocaleEntry e : entries) {
            if (!sel.globs().isEmpty() && !KeyGlob.any(sel.globs(), e.key())) {
                skipped.incrementAndGet();
                continue;
            }
            SourceText value = e.value();
            if (looksLikeHtml(value.text())) {
                value = htmlToText(value);
            } else if (ENTITY.matcher(value.text()).find()) {
                value = decodeEntities(value);
            }
            if (!worthLinting(value.text(), sel.explicit())) {
                skipped.incrementAndGet();
                continue;
            }
            String source = file + "#" + displayKey(e.key());
            items.put(source, new Item(source, file, displayKey(e.key()), e.keyLine()));
            out.add(new Loaded.Ok(Message.ofText(source, value)));
        }
        return out;
    }

    /** Decodes and parses by extension. */
    public static List<LocaleEntry> parse(String ext, byte[] data) throws LocaleFormatException {
        switch (ext.toLowerCase(Locale.ROOT)) {
            case "po" -> {
                return PoReader.read(TextDecoding.decode(data, poCharset(data)));
            }
            case "properties" -> {
                // ResourceBundle since Java 9: UTF-8, and ISO-8859-1 when the bytes are not UTF-8
                String text = TextDecoding.isStrictUtf8(data) ? new String(data, StandardCharsets.UTF_8)
                        : new String(data, StandardCharsets.ISO_8859_1);
                return PropertiesReader.read(text);
            }
            case "yml", "yaml" -> {
                return YamlLocaleReader.read(TextDecoding.decodeGuessing(data));
            }
            case "json" -> {
                return JsonLocaleReader.read(TextDecoding.decodeGuessing(data));
            }
            default -> throw new IllegalArgumentException("not a locale file type: " + ext);
        }
    }

    /** The charset named in the PO header ("Content-Type: text/plain; charset=ISO-8859-1"), or UTF-8. */
    static String poCharset(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = PO_CHARSET.matcher(head);
        return m.find() && !m.group(1).equalsIgnoreCase("CHARSET") ? m.group(1) : "UTF-8";
    }

    /** The key as shown after '#': one line, at most 60 characters (gettext msgids are whole sentences). */
    static String displayKey(String key) {
        String k = key.replace("\r", "").replace("\n", "\\n").replace('\t', ' ').strip();
        if (k.codePointCount(0, k.length()) > 60) {
            k = k.substring(0, k.offsetByCodePoints(0, 59)) + "…";
        }
        return k;
    }

    static boolean worthLinting(String text, boolean explicit) {
        int words = words(text);
        if (words < MIN_WORDS) {
            return false;
        }
        if (explicit) {
            return true;
        }
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        return lines >= 2 || words >= BODY_WORDS;
    }

    /** Words of a value, placeholders left out. */
    public static int words(String text) {
        Matcher ph = PLACEHOLDERS.matcher(text);
        String plain = ph.replaceAll(" ");
        Matcher m = WORD.matcher(plain);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static boolean looksLikeHtml(String text) {
        Matcher m = HTML_TAG.matcher(text);
        int n = 0;
        while (m.find()) {
            if (++n >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Plain-text values written with HTML entities ("k&auml;yt&ouml;st&auml;", as plain .txt
     * templates sometimes are) read as the letters they stand for; each letter keeps the file
     * position of its entity.
     */
    static SourceText decodeEntities(SourceText value) {
        String t = value.text();
        MappedTextBuilder b = new MappedTextBuilder();
        Matcher m = ENTITY.matcher(t);
        int i = 0;
        while (i < t.length()) {
            if (m.find(i) && m.start() == i) {
                String decoded = org.jsoup.parser.Parser.unescapeEntities(m.group(), false);
                SourceText.Position p = value.position(i);
                for (int k = 0; k < decoded.length(); k++) {
                    b.append(decoded.charAt(k), p.line(), p.column());
                }
                i = m.end();
                continue;
            }
            SourceText.Position p = value.position(i);
            b.append(t.charAt(i), p.line(), p.column());
            i++;
        }
        SourceText.Position end = value.position(t.length());
        return b.build(end.line(), end.column());
    }

    /**
     * The value's HTML as text, each character mapped through two maps: HTML text → position in
     * the value string (jsoup) → position in the file (the reader's map).
     */
    static SourceText htmlToText(SourceText value) {
        String html = value.text();
        SourceText inValue = HtmlText.toSourceText(html);
        int[] starts = new int[value.lineCount()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = value.lineStart(i);
        }
        String text = inValue.text();
        MappedTextBuilder b = new MappedTextBuilder();
        for (int k = 0; k <= text.length(); k++) {
            SourceText.Position p = inValue.position(k);
            int li = Math.max(0, Math.min(p.line() - 1, starts.length - 1));
            int offset = Math.min(html.length(), starts[li] + p.column() - 1);
            SourceText.Position filePos = value.position(offset);
            if (k == text.length()) {
                return b.build(filePos.line(), filePos.column());
            }
            b.append(text.charAt(k), filePos.line(), filePos.column());
        }
        throw new IllegalStateException("unreachable");
    }
}
