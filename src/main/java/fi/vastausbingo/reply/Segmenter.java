// Splits a reply's text into the agent's own words, the quoted original, the signature and a disclaimer.
package fi.vastausbingo.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Line-based segmentation. Quotes are found first because they are the best evidenced (">"
 * prefixes, client headers) and because everything below an unprefixed header is the original
 * whatever it looks like. Signatures and disclaimers are then looked for in each stretch of
 * non-quoted lines. Blank lines take the part of the line above them, so they never split a
 * segment and a segment never starts in the middle of a paragraph gap.
 *
 * <p>Pure and stateless: one instance may be shared by any number of threads.
 */
public final class Segmenter {

    /** More non-blank lines than this after a disclaimer opening and it is prose, not a footer. */
    private static final int MAX_DISCLAIMER_LINES = 25;

    public Segmentation segment(String text) {
        Objects.requireNonNull(text, "text");
        Lines lines = new Lines(text);
        int n = lines.size();
        Part[] part = new Part[n];
        int[] depth = new int[n];
        for (int i = 0; i < n; i++) {
            depth[i] = depth(lines.get(i));
        }

        QuoteHeaders.Header firstHeader = markQuotes(lines, depth, part);
        RunState state = new RunState(firstNonBlank(lines, 0));
        int i = 0;
        while (i < n) {
            if (part[i] != null) {
                i++;
                continue;
            }
            int b = i;
            while (b < n && part[b] == null) {
                b++;
            }
            markRun(lines, part, i, b, state);
            i = b;
        }
        String signatureName = state.signatureName;
        fillBlanks(lines, part);

        List<Segment> segments = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int start = lines.start(k);
            int end = k + 1 < n ? lines.start(k + 1) : text.length();
            if (end == start) {
                continue; // the empty line after a final '\n'
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).part() == part[k]) {
                segments.set(last, new Segment(part[k], segments.get(last).start(), end));
            } else {
                segments.add(new Segment(part[k], start, end));
            }
        }

        QuotedOriginal original = QuotedOriginal.extract(lines.all(), depth, part, firstHeader);
        return new Segmentation(text, segments,
                original == null ? null : original.text(),
                original == null ? null : original.author(),
                signatureName);
    }

    /**
     * Marks ">" lines and header-led quote regions as QUOTE; returns the header of the first
     * quote region that has one (null when the first quote is bare ">" lines or there is none).
     */
    private static QuoteHeaders.Header markQuotes(Lines lines, int[] depth, Part[] part) {
        int n = lines.size();
        QuoteHeaders.Header first = null;
        boolean quoteSeen = false;
        int i = 0;
        while (i < n) {
            if (depth[i] > 0) {
                part[i] = Part.QUOTE;
                quoteSeen = true;
                i++;
                continue;
            }
            QuoteHeaders.Header h = QuoteHeaders.at(lines.all(), i);
            if (h == null) {
                i++;
                continue;
            }
            int k = firstNonBlank(lines, h.end());
            int end;
            if (k >= 0 && depth[k] > 0) {
                // a header above ">" lines quotes just that block; own text may follow (bottom-posting)
                end = k;
                for (int j = k; j < n && (depth[j] > 0 || lines.get(j).isBlank()); j++) {
                    if (depth[j] > 0) {
                        end = j;
                    }
                }
                end++;
            } else {
                // an unprefixed original runs to the end: nothing tells where it would stop
                end = n;
            }
            for (int j = h.start(); j < end; j++) {
                part[j] = Part.QUOTE;
            }
            if (!quoteSeen) {
                first = h;
            }
            quoteSeen = true;
            i = end;
        }
        return first;
    }

    /** What the scan of the non-quoted stretches carries from one stretch to the next. */
    private static final class RunState {
        final int firstContent;
        String signatureName;
        boolean signatureSeen;

        RunState(int firstContent) {
            this.firstContent = firstContent;
        }

        void signature(String name) {
            signatureSeen = true;
            if (signatureName == null) {
                signatureName = name;
            }
        }
    }

    /**
     * Finds signatures and a disclaimer in the non-quoted lines {@code [a, b)}; everything else
     * stays unmarked (own text).
     */
    private static void markRun(Lines lines, Part[] part, int a, int b, RunState state) {
        int i = a;
        while (i < b) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (disclaimerAt(lines, i, a, b, state)) {
                mark(part, i, b, Part.DISCLAIMER);
                return;
            }
            if (Signatures.isDashes(line)) {
                // "-- " by convention makes everything below it the signature
                int end = b;
                for (int j = i + 1; j < b; j++) {
                    if (!lines.get(j).isBlank() && disclaimerStart(lines, j, b)) {
                        end = j;
                        break;
                    }
                }
                mark(part, i, end, Part.SIGNATURE);
                state.signature(blockName(lines, i + 1, end));
                if (end < b) {
                    mark(part, end, b, Part.DISCLAIMER);
                }
                return;
            }
            Signatures.SignOff so = Signatures.signOff(line);
            if (so != null) {
                int end = signatureBlockEnd(lines, i, b);
                if (acceptSignOff(lines, so, i, end, b, state.firstContent)) {
                    mark(part, i, end, Part.SIGNATURE);
                    state.signature(signOffName(lines, so, i, end));
                    i = end;
                    continue;
                }
            }
            if (Signatures.isMobileFooter(line)
                    || (Signatures.isSignaturePlaceholder(line) && onlySignatureBelow(lines, i + 1, b))) {
                part[i] = Part.SIGNATURE;
                state.signature(null);
            }
            i++;
        }
    }

    /** True when lines {@code [from, b)} hold nothing the agent wrote as prose. */
    private static boolean onlySignatureBelow(Lines lines, int from, int b) {
        for (int j = from; j < b; j++) {
            String line = lines.get(j);
            if (!line.isBlank() && !Signatures.continuesSignature(line, true)) {
                return false;
            }
        }
        return true;
    }

    /** End (exclusive) of the sign-off block starting at {@code s}: name, title, contact lines. */
    private static int signatureBlockEnd(Lines lines, int s, int b) {
        int end = s + 1;
        boolean afterBlank = false;
        for (int j = s + 1; j < b; j++) {
            String line = lines.get(j);
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            if (disclaimerStart(lines, j, b) || !Signatures.continuesSignature(line, afterBlank)) {
                break;
            }
            afterBlank = false;
            end = j + 1;
        }
        return end;
    }

    /**
     * A sign-off phrase closes the reply only in the right place. A strong phrase anywhere but
     * the first line will do; a weak one ("T:", "BR", "Regards") must carry or be followed by a
     * name, or end the text, and nothing but blank lines may follow its block: a lone "T:" in
     * the middle of prose is an answer marker, not a signature.
     */
    private static boolean acceptSignOff(Lines lines, Signatures.SignOff so, int s, int end, int b, int firstContent) {
        boolean restIsEmpty = true;
        for (int j = end; j < b; j++) {
            String line = lines.get(j);
            if (!line.isBlank() && !Signatures.isMobileFooter(line) && !Signatures.isDashes(line)
                    && !disclaimerStart(lines, j, b)) {
                restIsEmpty = false;
                break;
            }
        }
        if (s == firstContent) {
            // a reply never opens with its signature unless that is all there is
            return restIsEmpty;
        }
        if (so.strength() == Signatures.Strength.STRONG) {
            return true;
        }
        boolean named = so.inlineName() != null;
        int k = firstNonBlank(lines, s + 1);
        if (!named && k >= 0 && k < end) {
            named = Signatures.nameLike(lines.get(k)) || Signatures.isContact(lines.get(k));
        }
        return restIsEmpty && (named || end == s + 1);
    }

    private static String signOffName(Lines lines, Signatures.SignOff so, int s, int end) {
        if (so.inlineName() != null) {
            return Signatures.nameOf(so.inlineName());
        }
        return blockName(lines, s + 1, end);
    }

    /**
     * The first name-like line among the first three lines of a signature block: the name
     * usually comes first, but "Esimerkki Oy:n asiakaspalvelu" above it must not hide it.
     */
    private static String blockName(Lines lines, int from, int end) {
        int seen = 0;
        for (int k = from; k < end && seen < 3; k++) {
            String line = lines.get(k);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            if (Signatures.signOff(line) != null || Signatures.isMobileFooter(line) || Signatures.isDashes(line)
                    || Signatures.isSignaturePlaceholder(line)) {
                continue;
            }
            String name = Signatures.nameOf(line);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * A disclaimer sits at the end of the reply's own stretch: no sign-off after it, not the
     * first line, not long. Without a signature above it, the paragraph must read like legal
     * text twice over, so an agent's "Tämä viesti on luottamuksellinen, koska…" stays own text.
     */
    private static boolean disclaimerAt(Lines lines, int c, int a, int b, RunState state) {
        if (c == state.firstContent) {
            return false;
        }
        if (!disclaimerStart(lines, c, b)) {
            return false;
        }
        String para = paragraph(lines, c, b);
        int nonBlank = 0;
        for (int j = c; j < b; j++) {
            String line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            if (++nonBlank > MAX_DISCLAIMER_LINES) {
                return false;
            }
            if (j > c && (Signatures.signOff(line) != null || Signatures.isDashes(line))) {
                return false;
            }
        }
        if (state.signatureSeen) {
            return true;
        }
        boolean paragraphStart = c == a || lines.get(c - 1).isBlank();
        return paragraphStart && Signatures.legalHits(para) >= 2 && nonBlank <= 15;
    }

    /** Line {@code j} opens a confidentiality notice; the paragraph is only built when the opening fits. */
    private static boolean disclaimerStart(Lines lines, int j, int b) {
        return Signatures.opensDisclaimer(lines.get(j))
                && Signatures.isDisclaimerStart(lines.get(j), paragraph(lines, j, b));
    }

    /** Line {@code c} and the non-blank lines right below it (up to 4), joined, for keyword tests. */
    private static String paragraph(Lines lines, int c, int b) {
        StringBuilder sb = new StringBuilder(lines.get(c).strip());
        for (int j = c + 1; j < b && j <= c + 4 && !lines.get(j).isBlank(); j++) {
            sb.append(' ').append(lines.get(j).strip());
        }
        return sb.toString();
    }

    /** Unmarked blank lines join the part above them (or below, at the top); the rest is OWN. */
    private static void fillBlanks(Lines lines, Part[] part) {
        Part prev = null;
        for (int i = 0; i < part.length; i++) {
            if (part[i] == null && !lines.get(i).isBlank()) {
                part[i] = Part.OWN;
            }
            if (part[i] == null && prev != null) {
                part[i] = prev;
            }
            if (part[i] != null) {
                prev = part[i];
            }
        }
        Part next = Part.OWN;
        for (int i = part.length - 1; i >= 0; i--) {
            if (part[i] == null) {
                part[i] = next;
            } else {
                next = part[i];
            }
        }
    }

    private static void mark(Part[] part, int from, int to, Part p) {
        for (int j = from; j < to; j++) {
            part[j] = p;
        }
    }

    private static int firstNonBlank(Lines lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** Quote depth: the number of leading '>' marks, spaces between them allowed ("> > x"). */
    static int depth(String line) {
        int d = 0;
        int p = 0;
        int len = line.length();
        while (p < len && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        while (p < len && line.charAt(p) == '>') {
            d++;
            p++;
            while (p < len && line.charAt(p) == ' ') {
                p++;
            }
        }
        return d;
    }

    /** The text split at '\n' with each line's start offset. */
    static final class Lines {
        private final List<String> lines = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            int s = 0;
            for (int k = 0; k < text.length(); k++) {
                if (text.charAt(k) == '\n') {
                    add(text, s, k);
                    s = k + 1;
                }
            }
            add(text, s, text.length());
        }

        private void add(String text, int s, int e) {
            // a stray '\r' (unnormalised CRLF) must not make a blank line look non-blank
            String line = text.substring(s, e);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            starts.add(s);
        }

        int size() {
            return lines.size();
        }

        String get(int i) {
            return lines.get(i);
        }

        int start(int i) {
            return starts.get(i);
        }

        List<String> all() {
            return lines;
        }
    }
}
