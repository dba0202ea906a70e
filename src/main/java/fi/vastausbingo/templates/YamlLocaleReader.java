// Reads YAML locale files (Rails i18n, Discourse, Symfony …): every string scalar under its dotted key path.
package fi.vastausbingo.templates;

import fi.vastausbingo.reply.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * SnakeYAML Engine (YAML 1.2) composes the node tree with start and end marks; the value of a
 * scalar is then aligned with its raw text between those marks, so that folded lines, block
 * indentation, '' in single quotes and escapes in double quotes all map back to the exact file
 * column. Should the alignment ever disagree with the parser, every character of that value is
 * pinned to the value's first position instead (the line is still right). Only scalars that
 * resolve to strings are read: numbers, booleans and nulls are not texts. Keys are joined with
 * '.', sequence items numbered from 0; a Rails file's language key is part of the path
 * ("fi.mailer.welcome.body").
 */
public final class YamlLocaleReader {
    private YamlLocaleReader() {}

    public static List<LocaleEntry> read(String raw) throws LocaleFormatException {
        FileText f = new FileText(raw);
        LoadSettings settings = LoadSettings.builder().setLabel("yaml").setUseMarks(true)
                .setCodePointLimit(Integer.MAX_VALUE).build();
        List<LocaleEntry> out = new ArrayList<>();
        try {
            for (Node root : new Compose(settings).composeAllFromString(f.text)) {
                walk(f, root, "", line(root), out, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
            throw new LocaleFormatException(line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new LocaleFormatException(1, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return out;
    }

    private static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static void walk(FileText f, Node node, String path, int keyLine, List<LocaleEntry> out, Set<Node> onPath) {
        if (!onPath.add(node)) {
            return; // an alias pointing back up the tree
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                walk(f, t.getValueNode(), path.isEmpty() ? key : path + "." + key, line(t.getKeyNode()), out, onPath);
            }
        } else if (node instanceof SequenceNode s) {
            int i = 0;
            for (Node item : s.getValue()) {
                String p = path.isEmpty() ? String.valueOf(i) : path + "." + i;
                walk(f, item, p, line(item), out, onPath);
                i++;
            }
        } else if (node instanceof ScalarNode s && Tag.STR.equals(s.getTag())) {
            out.add(new LocaleEntry(path, keyLine, map(f, s)));
        }
        onPath.remove(node);
    }

    /** The scalar's value mapped to the file, or pinned to its start when alignment fails. */
    static SourceText map(FileText f, ScalarNode s) {
        String value = s.getValue();
        Mark start = s.getStartMark().orElse(null);
        Mark end = s.getEndMark().orElse(null);
        if (start == null || end == null) {
            return MappedTextBuilder.pinned(value, 1, 1);
        }
        int from = offset(f, start);
        int to = Math.min(f.text.length(), offset(f, end));
        ScalarStyle style = s.getScalarStyle();
        int p = from;
        if (style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED) {
            p++;
            to = Math.max(p, to - 1);
        } else if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            int nl = f.text.indexOf('\n', p);
            p = nl < 0 ? to : nl + 1;
        }
        SourceText aligned = align(f, value, p, to, style);
        if (aligned != null) {
            return aligned;
        }
        return MappedTextBuilder.pinned(value, f.line(p), f.column(p));
    }

    /** Mark columns count code points; our columns count UTF-16 units like the rest of the tool. */
    private static int offset(FileText f, Mark m) {
        int o = f.lineStart(m.getLine() + 1);
        int n = f.text.length();
        for (int cp = 0; cp < m.getColumn() && o < n; cp++) {
            o += Character.isHighSurrogate(f.text.charAt(o)) && o + 1 < n ? 2 : 1;
        }
        return o;
    }

    /**
     * Walks the decoded value and the raw text together: equal characters map to each other; raw
     * white space that the value does not have (indentation, folded line breaks) is skipped; an
     * escape or a doubled quote maps to where it starts. Returns null when they cannot be matched.
     */
    static SourceText align(FileText f, String value, int from, int to, ScalarStyle style) {
        String raw = f.text;
        MappedTextBuilder b = new MappedTextBuilder();
        int p = from;
        int last = from;
        String v = SourceText.normalise(value);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            while (true) {
                if (p >= to) {
                    // chomping "keep" and clipped final line breaks may lie at or past the end mark
                    if (c == '\n') {
                        f.copy(b, c, Math.min(p, raw.length()));
                        break;
                    }
                    return null;
                }
                char r = raw.charAt(p);
                if (style == ScalarStyle.DOUBLE_QUOTED && r == '\\' && p + 1 < to) {
                    char e = raw.charAt(p + 1);
                    if (e == '\n') {
                        // an escaped line break joins the lines without a space
                        p += 2;
                        while (p < to && (raw.charAt(p) == ' ' || raw.charAt(p) == '\t')) {
                            p++;
                        }
                        continue;
                    }
                    int len = switch (e) {
                        case 'x' -> 4;
                        case 'u' -> 6;
                        case 'U' -> 10;
                        default -> 2;
                    };
                    f.copy(b, c, p);
                    if (e == 'U' && Character.isHighSurrogate(c) && i + 1 < v.length()) {
                        f.copy(b, v.charAt(++i), p);
                    }
                    p += len;
                    break;
                }
                if (style == ScalarStyle.SINGLE_QUOTED && r == '\'' && c == '\'' && p + 1 < to && raw.charAt(p + 1) == '\'') {
                    f.copy(b, c, p);
                    p += 2;
                    break;
                }
                if (c == r) {
                    f.copy(b, c, p);
                    p++;
                    break;
                }
                boolean rawSpace = r == ' ' || r == '\t' || r == '\n';
                if (rawSpace && (c == ' ' || c == '\n')) {
                    // a folded line break (raw newline, value space) or a kept one
                    f.copy(b, c, p);
                    p++;
                    break;
                }
                if (rawSpace) {
                    p++; // indentation or the rest of a folded break
                    continue;
                }
                return null;
            }
            last = p;
        }
        return f.build(b, Math.max(last, Math.min(p, to)));
    }
}
