// The stock-phrase list (wordlists/stock-phrases.txt): loader and lemma-sequence matcher.
package fi.vastausbingo.check;

import fi.vastausbingo.finnish.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Entries are blocks of "key: value" lines (id, pattern, say, bad, good, order, gap). A pattern
 * is a sequence of lemmas matched against the words of one sentence, so one entry covers every
 * inflection; up to {@code gap} other words may stand between two elements.
 */
public final class StockPhrases {
    // compiled once: the list is parsed on every run, and a one-draft run feels each millisecond
    private static final java.util.regex.Pattern ID_SYNTAX = java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final java.util.regex.Pattern BAR = java.util.regex.Pattern.compile("\\s*\\|\\s*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public static final String PATH = "wordlists/stock-phrases.txt";
    private static final int DEFAULT_GAP = 2;
    private static final Set<String> KEYS = Set.of("id", "pattern", "say", "bad", "good", "order", "gap");

    /** One element: alternatives, exact surface forms or lemmas. */
    public record Element(List<String> alternatives, boolean exact, boolean optional) {
        boolean matches(Token t) {
            for (String alt : alternatives) {
                if (exact ? t.lower().equals(alt) : t.hasLemma(alt)) {
                    return true;
                }
            }
            return false;
        }
    }

    public record Entry(String id, List<Element> pattern, boolean anyOrder, int gap, List<String> say,
                        List<String> bad, List<String> good, String file, int line) {
        public String patternText() {
            StringBuilder sb = new StringBuilder();
            for (Element e : pattern) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(String.join("|", e.alternatives()));
            }
            return sb.toString();
        }
    }

    /** A match: the entry and the first and last matched tokens. */
    public record Match(Entry entry, Token first, Token last) {}

    private final List<Entry> entries;
    // entries by the alternatives of their first required element: a sentence can only match an
    // entry whose first required word it contains, which rules out nearly all of them at once
    private final java.util.Map<String, List<Entry>> byFirstRequired = new java.util.HashMap<>();

    public StockPhrases(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            for (Element el : e.pattern()) {
                if (!el.optional()) {
                    for (String alt : el.alternatives()) {
                        byFirstRequired.computeIfAbsent(alt, k -> new ArrayList<>()).add(e);
                    }
                    break;
                }
            }
        }
    }

    /** Entries that may match a sentence with these words, in list order. */
    private List<Entry> candidates(List<Token> words) {
        boolean guessed = false;
        // identity: an Entry's record hash would walk all its lists
        Set<Entry> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Token t : words) {
            if (!t.known()) {
                guessed |= !t.analyses().isEmpty();
            }
            for (String k : t.lemmaKeys()) {
                List<Entry> l = byFirstRequired.get(k);
                if (l != null) {
                    found.addAll(l);
                }
            }
        }
        if (guessed) {
            // fallback readings match by stem, which the index cannot see
            return entries;
        }
        List<Entry> out = new ArrayList<>(found.size());
        for (Entry e : entries) {
            if (found.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    public List<Entry> entries() {
        return entries;
    }

    public static StockPhrases load() {
        return new StockPhrases(parse(PATH, Resources.read(PATH)));
    }

    public static List<Entry> parse(String file, String text) {
        List<Entry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank() || lines[i].strip().startsWith("#")) {
                i++;
                continue;
            }
            int startLine = i + 1;
            String id = null;
            String pattern = null;
            int patternLine = startLine;
            boolean anyOrder = false;
            int gap = DEFAULT_GAP;
            List<String> say = new ArrayList<>();
            List<String> bad = new ArrayList<>();
            List<String> good = new ArrayList<>();
            for (; i < lines.length && !lines[i].isBlank(); i++) {
                String line = lines[i].strip();
                int lineNo = i + 1;
                if (line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new WordlistException(file, lineNo, "expected \"key: value\"");
                }
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (!KEYS.contains(key)) {
                    throw new WordlistException(file, lineNo, "unknown key \"" + key + "\"; expected one of " + KEYS);
                }
                if (value.isEmpty()) {
                    throw new WordlistException(file, lineNo, "empty value for \"" + key + "\"");
                }
                switch (key) {
                    case "id" -> {
                        if (id != null) {
                            throw new WordlistException(file, lineNo, "second id in one entry (missing blank line?)");
                        }
                        if (!ID_SYNTAX.matcher(value).matches()) {
                            throw new WordlistException(file, lineNo, "id must be kebab-case ASCII: " + value);
                        }
                        if (!ids.add(value)) {
                            throw new WordlistException(file, lineNo, "duplicate id " + value);
                        }
                        id = value;
                    }
                    case "pattern" -> {
                        pattern = value;
                        patternLine = lineNo;
                    }
                    case "say" -> Arrays.stream(BAR.split(value)).filter(s -> !s.isBlank()).forEach(say::add);
                    case "bad" -> bad.add(value);
                    case "good" -> good.add(value);
                    case "order" -> {
                        if (!value.equals("any")) {
                            throw new WordlistException(file, lineNo, "order must be \"any\"");
                        }
                        anyOrder = true;
                    }
                    case "gap" -> {
                        try {
                            gap = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            gap = -1;
                        }
                        if (gap < 0 || gap > 6) {
                            throw new WordlistException(file, lineNo, "gap must be a number from 0 to 6");
                        }
                    }
                    default -> throw new IllegalStateException(key);
                }
            }
            if (id == null) {
                throw new WordlistException(file, startLine, "entry without id");
            }
            if (pattern == null) {
                throw new WordlistException(file, startLine, "entry " + id + " has no pattern");
            }
            if (say.isEmpty()) {
                throw new WordlistException(file, startLine, "entry " + id + " has no \"say\" alternative");
            }
            if (bad.isEmpty()) {
                throw new WordlistException(file, startLine, "entry " + id + " has no \"bad\" example");
            }
            List<Element> elements = parsePattern(file, patternLine, pattern);
            out.add(new Entry(id, elements, anyOrder, gap, say, bad, good, file, startLine));
        }
        return out;
    }

    /** Parses one "pattern:" value; public so that config files can declare phrases too. */
    public static List<Element> parsePattern(String file, int line, String pattern) {
        List<Element> out = new ArrayList<>();
        for (String raw : SPACES.split(pattern.trim())) {
            boolean optional = raw.endsWith("?");
            String s = optional ? raw.substring(0, raw.length() - 1) : raw;
            boolean exact = s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"");
            if (exact) {
                s = s.substring(1, s.length() - 1);
            }
            if (s.isEmpty() || s.contains("\"")) {
                throw new WordlistException(file, line, "bad pattern element " + raw);
            }
            List<String> alts = new ArrayList<>();
            for (String a : s.split("\\|")) {
                String v = a.toLowerCase(Locale.ROOT);
                // an exact form "ko." is compared without its dot: the tokenizer splits the dot off
                if (exact && v.endsWith(".") && v.length() > 1) {
                    v = v.substring(0, v.length() - 1);
                }
                if (v.isEmpty()) {
                    throw new WordlistException(file, line, "empty alternative in " + raw);
                }
                alts.add(v);
            }
            out.add(new Element(List.copyOf(alts), exact, optional));
        }
        if (out.stream().allMatch(Element::optional)) {
            throw new WordlistException(file, line, "pattern needs at least one element that is not optional");
        }
        return List.copyOf(out);
    }

    /** All matches in one sentence's tokens; overlapping matches of one entry are reported once. */
    public List<Match> find(List<Token> sentence) {
        List<Token> words = new ArrayList<>();
        for (Token t : sentence) {
            if (t.kind() == Token.Kind.WORD) {
                words.add(t);
            }
        }
        List<Match> out = new ArrayList<>();
        for (Entry e : candidates(words)) {
            int from = 0;
            while (from < words.size()) {
                int[] span = e.anyOrder() ? matchAnyOrder(e, words, from) : matchFrom(e, words, from);
                if (span == null) {
                    break;
                }
                out.add(new Match(e, words.get(span[0]), words.get(span[1])));
                from = span[1] + 1;
            }
        }
        return out;
    }

    private static int[] matchFrom(Entry e, List<Token> words, int from) {
        for (int s = from; s < words.size(); s++) {
            int end = matchAt(e, words, 0, s, -1, true);
            if (end >= 0) {
                // the tightest match ending there: "viestiin – viesti on lähetetty" reports "viesti on lähetetty"
                int best = s;
                for (int s2 = s + 1; s2 <= end; s2++) {
                    int e2 = matchAt(e, words, 0, s2, -1, true);
                    if (e2 >= 0 && e2 <= end) {
                        best = s2;
                    }
                }
                return new int[] {best, end};
            }
        }
        return null;
    }

    /**
     * Tries to match elements [el..] with element el at word index w (or later within the gap).
     * Returns the index of the last matched word, or -1.
     */
    private static int matchAt(Entry e, List<Token> words, int el, int w, int last, boolean anchored) {
        if (el == e.pattern().size()) {
            return last;
        }
        Element element = e.pattern().get(el);
        int limit = anchored ? w : Math.min(words.size() - 1, last + 1 + e.gap());
        for (int j = w; j <= limit && j < words.size(); j++) {
            if (element.matches(words.get(j))) {
                int r = matchAt(e, words, el + 1, j + 1, j, false);
                if (r >= 0) {
                    return r;
                }
            }
        }
        if (element.optional()) {
            if (anchored) {
                // a match may not start with a skipped optional element at w; try the rest anchored here
                return matchAt(e, words, el + 1, w, last, true);
            }
            return matchAt(e, words, el + 1, w, last, false);
        }
        return -1;
    }

    private static int[] matchAnyOrder(Entry e, List<Token> words, int from) {
        int window = e.pattern().size() + 3;
        for (int s = from; s < words.size(); s++) {
            int end = Math.min(words.size(), s + window);
            boolean[] used = new boolean[end];
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            boolean ok = true;
            for (Element el : e.pattern()) {
                int found = -1;
                for (int j = s; j < end; j++) {
                    if (!used[j] && el.matches(words.get(j))) {
                        found = j;
                        break;
                    }
                }
                if (found < 0) {
                    if (!el.optional()) {
                        ok = false;
                        break;
                    }
                    continue;
                }
                used[found] = true;
                lo = Math.min(lo, found);
                hi = Math.max(hi, found);
            }
            if (ok && lo == s) {
                return new int[] {lo, hi};
            }
        }
        return null;
    }
}
