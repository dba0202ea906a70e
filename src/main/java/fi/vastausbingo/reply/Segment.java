// One stretch of whole lines of a reply's text and what kind of text it is.
package fi.vastausbingo.reply;

/**
 * Lines {@code [start, end)} of a reply's text, as character offsets. A segment always starts at
 * the beginning of a line and ends just after a '\n' or at the end of the text.
 */
public record Segment(Part part, int start, int end) {
    public Segment {
        if (part == null) {
            throw new IllegalArgumentException("part is null");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment bounds " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** True when {@code offset} falls inside this segment. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
