// Recovers the customer's latest message, as clean text, from the quoted part of a reply.
package fi.vastausbingo.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * The quote of a reply often holds a whole thread; the checks want only the message being
 * answered. So: take the first quoted message, strip one level of ">" (or none for an
 * unprefixed Outlook original), drop its header, and cut at the first header inside it, which
 * is where the customer's own quote of the earlier exchange begins.
 */
record QuotedOriginal(String text, String author) {

    /** Marks a stretch of the agent's own text between quote blocks (inline replies). */
    private static final String GAP = null;

    static QuotedOriginal extract(List<String> lines, int[] depth, Part[] part, QuoteHeaders.Header firstHeader) {
        int n = lines.size();
        int q = -1;
        for (int i = 0; i < n; i++) {
            if (part[i] == Part.QUOTE && !lines.get(i).isBlank()) {
                q = i;
                break;
            }
        }
        if (q < 0) {
            return null;
        }
        String author = null;
        int bodyStart = q;
        int level = 1;
        if (firstHeader != null && firstHeader.start() == q) {
            author = firstHeader.author();
            bodyStart = firstHeader.end();
            level = 0;
            for (int j = bodyStart; j < n && part[j] == Part.QUOTE; j++) {
                if (!lines.get(j).isBlank()) {
                    level = depth[j] > 0 ? 1 : 0;
                    break;
                }
            }
        }

        List<String> view = new ArrayList<>();
        for (int j = bodyStart; j < n; j++) {
            String line = lines.get(j);
            if (part[j] != Part.QUOTE) {
                if (!line.isBlank() && (view.isEmpty() || view.get(view.size() - 1) != GAP)) {
                    view.add(GAP);
                }
                continue;
            }
            if (level == 1 && depth[j] == 0 && !line.isBlank()) {
                break; // the header of another quoted message at the top level
            }
            view.add(level == 1 ? stripOne(line) : line);
        }

        // header detection needs real strings; a gap reads as a blank line
        List<String> probe = new ArrayList<>(view.size());
        for (String s : view) {
            probe.add(s == GAP ? "" : s);
        }
        int start = 0;
        if (author == null && (firstHeader == null || firstHeader.start() != q)) {
            // a fully ">"-quoted original may carry its own header ("> Lähettäjä: …")
            int k = firstNonBlank(probe, 0);
            QuoteHeaders.Header h = k < 0 ? null : QuoteHeaders.at(probe, k);
            if (h != null) {
                author = h.author();
                start = h.end();
            }
        }
        int cut = view.size();
        for (int j = start; j < view.size(); j++) {
            if (view.get(j) != GAP && QuoteHeaders.at(probe, j) != null) {
                cut = j;
                break;
            }
        }

        List<String> out = new ArrayList<>();
        for (int j = start; j < cut; j++) {
            String s = view.get(j);
            if (s == GAP) {
                if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                    out.add("");
                }
                continue;
            }
            if (Segmenter.depth(s) > 0) {
                continue; // deeper quote levels are older messages, not the customer's words
            }
            out.add(stripTrailing(s));
        }
        while (!out.isEmpty() && out.get(0).isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        // collapse runs of blank lines that dropping deeper levels may have left
        List<String> clean = new ArrayList<>();
        for (String s : out) {
            if (s.isBlank() && !clean.isEmpty() && clean.get(clean.size() - 1).isBlank()) {
                continue;
            }
            clean.add(s.isBlank() ? "" : s);
        }
        return new QuotedOriginal(String.join("\n", clean), author);
    }

    /** Removes one '>' and the single space after it ("> > x" → "> x"). */
    static String stripOne(String line) {
        int p = 0;
        while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        if (p < line.length() && line.charAt(p) == '>') {
            p++;
            if (p < line.length() && line.charAt(p) == ' ') {
                p++;
            }
            return line.substring(p);
        }
        return line;
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }
}
