// Converts HTML mail bodies and templates to text lines that keep the visible line structure.
package fi.vastausbingo.mail;

import fi.vastausbingo.reply.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to text for linting. The checks are line-based (greeting on the first line, signature
 * blocks, quote detection), so the converter reproduces what the reader sees line by line:
 * blocks and {@code <br>} break lines, paragraphs are separated by a blank line, list items
 * become "- " lines. Quoted originals of Gmail, Outlook, Apple Mail and Thunderbird become
 * "> " lines, because the segmenter downstream only understands plain-text quoting.
 *
 * <p>Every output line remembers the position in the HTML source of the text it starts with,
 * using jsoup's position tracking, so findings can point into an .html template.
 */
public final class HtmlText {
    /**
     * Converted text ('\n' line breaks) and, per text line, the 1-based line and column in the
     * HTML string where that line's text starts.
     */
    public record Result(String text, int[] lines, int[] columns) {
        /** The result as a SourceText whose positions are positions in the HTML string (line starts only). */
        public SourceText toSourceText() {
            return SourceText.mapped(text, lines, columns);
        }
    }

    /**
     * A result with the character-level trace behind it, offsets being into the HTML string
     * after line-break normalisation (the same as into the string when it has '\n' breaks only).
     *
     * @param sources       for each character of the text (and one more for its end), the
     *                      offset it came from, or -1 when it has no source of its own (quote and
     *                      list prefixes, line breaks, tabs between cells, link targets)
     * @param lineOffsets   per text line, the offset its text starts at (as {@link Result#lines})
     * @param prefixLengths per text line, the length of its "> " / "- " prefix
     */
    record Traced(Result result, int[] sources, int[] lineOffsets, int[] prefixLengths) {}

    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "head", "title", "template", "noscript", "xml", "meta", "link",
            "object", "iframe", "svg", "math", "select", "option", "button");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "legend");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
            "blockquote", "ul", "ol", "dl");
    // "<<name>>" and "<%= name %>" placeholders would be eaten as tags; these stand in for < and >
    private static final Pattern ANGLE_PLACEHOLDER = Pattern.compile("<<[^<>\\n]{1,80}>>|<%.{0,120}?%>");
    private static final char LT = '\uE000';
    private static final char GT = '\uE001';
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?");

    private HtmlText() {}

    /** Converts an HTML document or fragment. */
    public static Result convert(String html) {
        return convertTraced(html).result();
    }

    /** Converts and keeps, per output character, where in the HTML it came from. */
    static Traced convertTraced(String html) {
        String input = protectPlaceholders(SourceText.normalise(html));
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = parser.parseInput(input, "");
        Converter c = new Converter(input);
        Node root = doc.body() != null ? doc.body() : doc;
        NodeTraversor.filter(c, root);
        return c.finish();
    }

    /**
     * Text of a standalone HTML file (or any HTML string) mapped to positions in that string,
     * character by character: a word keeps its own line and column even when the text line it
     * is on was joined from several source lines or follows an entity.
     */
    public static SourceText toSourceText(String html) {
        Traced t = convertTraced(html);
        Result r = t.result();
        String input = SourceText.normalise(html);
        int[] starts = lineStarts(input);
        int n = r.text().length();
        int[] cl = new int[n + 1];
        int[] cc = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            int src = t.sources()[i];
            if (src >= 0 && src <= input.length()) {
                int li = Arrays.binarySearch(starts, src);
                li = li >= 0 ? li : -li - 2;
                cl[i] = li + 1;
                cc[i] = src - starts[li] + 1;
            }
        }
        Waypoints w = Waypoints.of(r.text(), r.lines(), r.columns(), cl, cc);
        return SourceText.mapped(r.text(), r.lines(), r.columns(), w.offsets(), w.lines(), w.columns());
    }

    private static int[] lineStarts(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    /** Only the text, e.g. for a customer message given as HTML. */
    public static String toText(String html) {
        return convert(html).text();
    }

    private static String protectPlaceholders(String s) {
        if (s.indexOf("<<") < 0 && s.indexOf("<%") < 0) {
            return s;
        }
        Matcher m = ANGLE_PLACEHOLDER.matcher(s);
        StringBuilder sb = new StringBuilder(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                char ch = sb.charAt(i);
                if (ch == '<') {
                    sb.setCharAt(i, LT);
                } else if (ch == '>') {
                    sb.setCharAt(i, GT);
                }
            }
        }
        return sb.toString();
    }

    private static String restorePlaceholders(String s) {
        return s.replace(LT, '<').replace(GT, '>');
    }

    /** What an element's head() did, so that tail() can undo it. */
    private static final class Frame {
        final Element element;
        boolean block;
        boolean paragraph;
        boolean quoteContainer;
        boolean quoteBlock;
        boolean pre;
        boolean list;
        boolean listItem;
        String href;

        Frame(Element element) {
            this.element = element;
        }
    }

    /**
     * One output line: its text, where in the input its first character came from, and the
     * input offset of each character after the prefix (-1: none; null: no characters with one).
     */
    private record Line(String text, int inputOffset, int prefixLength, int[] sources) {}

    /** A growable int array, parallel to the line being built. */
    private static final class Ints {
        private int[] a = new int[64];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] slice(int from, int to) {
            return Arrays.copyOfRange(a, from, to);
        }

        void clear() {
            n = 0;
        }
    }

    private static final class Converter implements NodeFilter {
        private final String input;
        private final int[] inputLineStarts;
        private final List<Line> out = new ArrayList<>();
        private final Deque<Frame> frames = new ArrayDeque<>();
        private final Deque<int[]> listCounters = new ArrayDeque<>(); // [ordered?1:0, next number]

        private final StringBuilder cur = new StringBuilder();
        private final Ints curSources = new Ints(); // input offset of each char of cur, -1 for none
        private boolean curHasContent;
        private int curStart = -1;
        private int curQuoteDepth;
        private boolean pendingSpace;
        private int pendingSpaceSource = -1; // input offset of the whitespace a pending space stands for
        private String pendingPrefix;
        private int lastOffset;

        private int quoteBlockDepth;
        private int quoteContainers;
        private boolean quoteRest;
        private int preDepth;
        private int listItemDepth;

        // cache for rawOffset: continuing in the same text node avoids rescanning it
        private TextNode cacheNode;
        private int cacheDecoded;
        private int cacheRaw;

        Converter(String input) {
            this.input = input;
            int n = 1;
            for (int i = 0; i < input.length(); i++) {
                if (input.charAt(i) == '\n') {
                    n++;
                }
            }
            inputLineStarts = new int[n];
            int k = 1;
            for (int i = 0; i < input.length(); i++) {
                if (input.charAt(i) == '\n') {
                    inputLineStarts[k++] = i + 1;
                }
            }
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE; // comments, data nodes, doctype
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || isHidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            Frame f = new Frame(e);
            frames.push(f);
            int pos = startOf(e);
            if (isOutlookQuoteStart(e)) {
                // Outlook puts the quoted original after its reply header and never closes around it
                softBreak();
                quoteRest = true;
            }
            if (isQuoteContainer(e)) {
                softBreak();
                f.quoteContainer = true;
                quoteContainers++;
            } else if (tag.equals("blockquote") && (isCite(e) || quoteDepth() > 0)) {
                softBreak();
                f.quoteBlock = true;
                quoteBlockDepth++;
            }
            switch (tag) {
                case "br" -> hardBreak(pos);
                case "img" -> emoji(e, pos);
                case "td", "th" -> {
                    if (curHasContent) {
                        put('\t', -1);
                        pendingSpace = false;
                    }
                }
                case "a" -> f.href = e.attr("href").strip();
                default -> { }
            }
            if (tag.equals("ul") || tag.equals("ol")) {
                f.list = true;
                listCounters.push(new int[] {tag.equals("ol") ? 1 : 0, parseStart(e)});
            }
            if (BLOCKS.contains(tag) && !f.quoteBlock) {
                f.block = true;
                f.paragraph = isParagraph(e, tag);
                if (f.paragraph) {
                    paragraphBreak();
                } else {
                    softBreak();
                }
            }
            if (tag.equals("li")) {
                f.listItem = true;
                listItemDepth++;
                pendingPrefix = listMarker();
            }
            if (tag.equals("pre")) {
                f.pre = true;
                preDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element) || frames.isEmpty() || frames.peek().element != node) {
                return FilterResult.CONTINUE;
            }
            Frame f = frames.pop();
            if (f.href != null) {
                linkSuffix(f);
            }
            if (f.pre) {
                preDepth--;
            }
            if (f.listItem) {
                softBreak();
                listItemDepth--;
                pendingPrefix = null;
            }
            if (f.list) {
                listCounters.pop();
            }
            if (f.block) {
                if (f.paragraph) {
                    paragraphBreak();
                } else {
                    softBreak();
                }
            }
            if (f.quoteBlock) {
                softBreak();
                quoteBlockDepth--;
            }
            if (f.quoteContainer) {
                softBreak();
                quoteContainers--;
            }
            return FilterResult.CONTINUE;
        }

        // ---- text ----

        private void text(TextNode t) {
            String s = t.getWholeText();
            if (preDepth > 0) {
                int segStart = 0;
                for (int i = 0; i <= s.length(); i++) {
                    if (i == s.length() || s.charAt(i) == '\n') {
                        for (int k = segStart; k < i; k++) {
                            char c = s.charAt(k);
                            appendChar(c == '\u00A0' ? ' ' : c, t, k, true);
                        }
                        if (i < s.length()) {
                            hardBreak(rawOffset(t, i));
                        }
                        segStart = i + 1;
                    }
                }
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    if (!pendingSpace) {
                        pendingSpaceSource = rawOffset(t, i);
                    }
                    pendingSpace = true;
                } else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                    // zero-width space, BOM and soft hyphen split words for no visible reason
                    continue;
                } else {
                    appendChar(c, t, i, false);
                }
            }
        }

        private void appendChar(char c, TextNode t, int index, boolean verbatim) {
            int src = rawOffset(t, index);
            if (!verbatim && pendingSpace && cur.length() > 0) {
                put(' ', pendingSpaceSource);
            }
            pendingSpace = false;
            if (c != '\u00A0' && !Character.isWhitespace(c) && !curHasContent) {
                curHasContent = true;
                curStart = src;
                curQuoteDepth = quoteDepth();
            }
            put(c, src);
        }

        /** Text that has no source of its own (emoji alt text): its first character is blamed on {@code pos}. */
        private void appendLiteral(String s, int pos) {
            if (pendingSpace && cur.length() > 0) {
                put(' ', pendingSpaceSource);
            }
            pendingSpace = false;
            if (!curHasContent) {
                curHasContent = true;
                curStart = pos;
                curQuoteDepth = quoteDepth();
            }
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i), i == 0 ? pos : -1);
            }
        }

        private void put(char c, int source) {
            cur.append(c);
            curSources.add(source);
        }

        private void putSynthetic(String s) {
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i), -1);
            }
        }

        private void emoji(Element img, int pos) {
            String e = img.attr("data-emoji");
            if (e.isEmpty()) {
                String alt = img.attr("alt").strip();
                // a logo's alt text is not part of the reply, an emoji picture's is (the register check reads emoji)
                if (!alt.isEmpty() && alt.length() <= 8 && alt.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    e = alt;
                }
            }
            if (!e.isEmpty()) {
                appendLiteral(e, pos);
            }
        }

        private void linkSuffix(Frame f) {
            String href = f.href;
            String lower = href.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://")) || !curHasContent) {
                return;
            }
            String label = f.element.text().strip();
            if (label.isEmpty() || sameUrl(label, href)) {
                return;
            }
            putSynthetic(" (" + href + ")");
            pendingSpace = false;
        }

        private static boolean sameUrl(String label, String href) {
            return bareUrl(label).equals(bareUrl(href));
        }

        private static String bareUrl(String u) {
            String s = u.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            return s;
        }

        // ---- lines ----

        private void softBreak() {
            if (cur.length() > 0 || curHasContent) {
                flush(false, lastOffset);
            }
            pendingSpace = false;
        }

        private void hardBreak(int pos) {
            flush(true, pos);
        }

        private void paragraphBreak() {
            softBreak();
            if (listItemDepth > 0) {
                return; // a <p> inside <li> must not push the text away from its "- " marker
            }
            if (!out.isEmpty() && !isBlank(out.get(out.size() - 1))) {
                addBlank(lastOffset);
            }
        }

        private void flush(boolean force, int posForEmpty) {
            int b = 0;
            int e = cur.length();
            while (b < e && isSpace(cur.charAt(b))) {
                b++;
            }
            while (e > b && isSpace(cur.charAt(e - 1))) {
                e--;
            }
            String content = cur.substring(b, e).replace('\u00A0', ' ');
            int[] sources = curSources.slice(b, e);
            boolean hadSomething = cur.length() > 0;
            cur.setLength(0);
            curSources.clear();
            pendingSpace = false;
            if (!curHasContent || content.isEmpty()) {
                curHasContent = false;
                curStart = -1;
                // a line with only &nbsp; is how Outlook and many editors write an empty line
                if (force || (hadSomething && !out.isEmpty() && !isBlank(out.get(out.size() - 1)))) {
                    addBlank(posForEmpty);
                }
                return;
            }
            String prefix = quotePrefix(curQuoteDepth) + (pendingPrefix == null ? "" : pendingPrefix);
            pendingPrefix = null;
            out.add(new Line(prefix + content, curStart, prefix.length(), sources));
            lastOffset = curStart;
            curHasContent = false;
            curStart = -1;
        }

        private void addBlank(int pos) {
            int d = quoteDepth();
            out.add(new Line(d > 0 ? ">".repeat(d) : "", pos, 0, null));
        }

        private static boolean isBlank(Line l) {
            return l.text().isEmpty() || l.text().chars().allMatch(ch -> ch == '>');
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\u00A0';
        }

        private int quoteDepth() {
            return Math.max(quoteBlockDepth, (quoteContainers > 0 || quoteRest) ? 1 : 0);
        }

        private static String quotePrefix(int depth) {
            return depth == 0 ? "" : "> ".repeat(depth);
        }

        private String listMarker() {
            String indent = "  ".repeat(Math.max(0, listCounters.size() - 1));
            int[] c = listCounters.peek();
            if (c != null && c[0] == 1) {
                return indent + (c[1]++) + ". ";
            }
            return indent + "- ";
        }

        private static int parseStart(Element e) {
            try {
                return e.hasAttr("start") ? Integer.parseInt(e.attr("start").strip()) : 1;
            } catch (NumberFormatException ex) {
                return 1;
            }
        }

        // ---- element classes ----

        private static boolean isHidden(Element e) {
            if (e.hasAttr("hidden")) {
                return true;
            }
            String style = compactStyle(e);
            return style.contains("display:none") || style.contains("mso-hide:all");
        }

        private static String compactStyle(Element e) {
            return e.attr("style").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        }

        private static boolean isCite(Element e) {
            return e.attr("type").equalsIgnoreCase("cite") || e.hasClass("gmail_quote");
        }

        private static boolean isQuoteContainer(Element e) {
            return (e.normalName().equals("div") && (e.hasClass("gmail_quote") || e.hasClass("gmail_quote_container")))
                    || e.hasClass("moz-cite-prefix") || e.hasClass("yahoo_quoted");
        }

        private static boolean isOutlookQuoteStart(Element e) {
            String id = e.id();
            if (id.endsWith("divRplyFwdMsg") || id.endsWith("appendonsend")) {
                return true; // Outlook web re-quoting prefixes ids with "x_"
            }
            if (!e.normalName().equals("div")) {
                return false;
            }
            String style = compactStyle(e);
            return style.contains("border:none;border-top:solid") || style.contains("border-top:solid#e1e1e1")
                    || style.contains("border-top:solid#b5c4df");
        }

        private boolean isParagraph(Element e, String tag) {
            if (!PARAGRAPHS.contains(tag)) {
                return false;
            }
            if ((tag.equals("ul") || tag.equals("ol")) && listItemDepth > 0) {
                return false;
            }
            if (tag.equals("p")) {
                // Word/Outlook paragraphs have no margins: each is one visible line
                String cls = e.className();
                if (cls.startsWith("Mso") || cls.contains(" Mso")) {
                    return false;
                }
                String style = compactStyle(e);
                if (style.contains("margin:0") || style.contains("margin-bottom:0")) {
                    return false;
                }
            }
            return true;
        }

        // ---- positions ----

        private int startOf(Node n) {
            Range r = n.sourceRange();
            if (r.isTracked()) {
                return r.startPos();
            }
            Node p = n.parentNode();
            while (p != null) {
                Range pr = p.sourceRange();
                if (pr.isTracked()) {
                    return pr.startPos();
                }
                p = p.parentNode();
            }
            return lastOffset;
        }

        /** Input offset of decoded character {@code index} of a text node, stepping over entities. */
        private int rawOffset(TextNode t, int index) {
            Range r = t.sourceRange();
            if (!r.isTracked()) {
                return startOf(t);
            }
            int end = Math.min(r.endPos(), input.length());
            int i;
            int j;
            if (cacheNode == t && cacheDecoded <= index) {
                i = cacheRaw;
                j = cacheDecoded;
            } else {
                i = r.startPos();
                j = 0;
            }
            while (j < index && i < end) {
                if (input.charAt(i) == '&') {
                    Matcher m = ENTITY.matcher(input).region(i, end);
                    if (m.lookingAt()) {
                        j += Parser.unescapeEntities(m.group(), false).length();
                        i = m.end();
                        continue;
                    }
                }
                i++;
                j++;
            }
            cacheNode = t;
            cacheDecoded = j;
            cacheRaw = i;
            return Math.min(i, input.length());
        }

        Traced finish() {
            softBreak();
            int from = 0;
            int to = out.size();
            while (from < to && isBlank(out.get(from))) {
                from++;
            }
            while (to > from && isBlank(out.get(to - 1))) {
                to--;
            }
            if (from == to) {
                return new Traced(new Result("", new int[] {1}, new int[] {1}), new int[] {-1}, new int[] {0},
                        new int[] {0});
            }
            StringBuilder sb = new StringBuilder();
            int[] lines = new int[to - from];
            int[] cols = new int[to - from];
            int[] offsets = new int[to - from];
            int[] prefixes = new int[to - from];
            Ints sources = new Ints();
            for (int k = from; k < to; k++) {
                Line l = out.get(k);
                if (k > from) {
                    sb.append('\n');
                    sources.add(-1);
                }
                sb.append(l.text());
                int[] src = l.sources();
                int own = src == null ? 0 : src.length;
                for (int i = 0; i < l.text().length() - own; i++) {
                    sources.add(-1); // prefix, or a blank line's ">"
                }
                for (int i = 0; i < own; i++) {
                    sources.add(src[i]);
                }
                int off = Math.max(0, Math.min(l.inputOffset(), input.length()));
                offsets[k - from] = off;
                prefixes[k - from] = l.prefixLength();
                int li = Arrays.binarySearch(inputLineStarts, off);
                li = li >= 0 ? li : -li - 2;
                lines[k - from] = li + 1;
                // the "> " and "- " prefixes have no source; shift so the text after them lines up
                cols[k - from] = Math.max(1, off - inputLineStarts[li] + 1 - l.prefixLength());
            }
            sources.add(-1);
            return new Traced(new Result(restorePlaceholders(sb.toString()), lines, cols), sources.slice(0, sources.n),
                    offsets, prefixes);
        }
    }
}
