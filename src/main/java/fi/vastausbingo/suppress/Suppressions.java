// Inline suppressions: vastausbingo-disable-next-line / -disable-line / -disable … -enable comments in a template file.
package fi.vastausbingo.suppress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Directives live in the comment syntax of the file type, so that the template engine (and the
 * customer) never sees them:
 * <ul>
 *   <li>{@code #} lines in .po, .properties ({@code !} too) and .yml/.yaml files;</li>
 *   <li>{@code <!-- … -->} and Jinja/Twig {@code {# … #}} in .html, .md and .txt templates;</li>
 *   <li>none in .json (JSON has no comments) or e-mail: use the baseline or the config there.</li>
 * </ul>
 * A directive names check ids separated by commas or spaces, or none for every check, and may end
 * with "-- reason". {@code disable-next-line} covers the next line that is neither blank nor a
 * comment — and when that line starts a locale entry (its key, or msgid), the whole value.
 * {@code disable} … {@code enable} cover the lines between; without an {@code enable}, to the end.
 * Lines are those of the file, the same lines findings are reported at.
 */
public final class Suppressions {
    /** How a file type writes comments. */
    public enum Syntax { HASH, MARKUP, NONE }

    private static final Pattern DIRECTIVE = Pattern.compile(
            "^vastausbingo-(disable-next-line|disable-line|disable|enable)(?=\\s|$)(.*)$");
    private static final Pattern MARKUP_COMMENT = Pattern.compile("<!--(.*?)-->|\\{#(.*?)#\\}");

    /** Lines [from, to] where {@code checks} (null: all but {@code except}) are off; {@code entry}: whole entries starting at {@code from}. */
    private record Rule(Set<String> checks, Set<String> except, int from, int to, boolean entry) {
        boolean covers(String check) {
            return checks == null ? !except.contains(check) : checks.contains(check);
        }
    }

    /** A directive that names an unknown check or cannot be understood: reported as file:line. */
    public record Problem(int line, String message) {}

    public static final Suppressions NONE = new Suppressions(List.of(), List.of(), false);

    private final List<Rule> rules;
    private final List<Problem> problems;
    private final boolean any;

    private Suppressions(List<Rule> rules, List<Problem> problems, boolean any) {
        this.rules = rules;
        this.problems = problems;
        this.any = any;
    }

    /** The comment syntax of a file, by its extension. */
    public static Syntax syntaxFor(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "po", "pot", "properties", "yml", "yaml" -> Syntax.HASH;
            case "html", "htm", "md", "markdown", "txt", "twig", "j2", "jinja", "jinja2" -> Syntax.MARKUP;
            default -> Syntax.NONE;
        };
    }

    /**
     * Reads the directives of a file's text ('\n' or "\r\n" line breaks).
     *
     * @param known the check ids a directive may name
     */
    public static Suppressions scan(String text, Syntax syntax, Set<String> known) {
        if (syntax == Syntax.NONE || !text.contains("vastausbingo-")) {
            return NONE;
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Rule> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int allFrom = -1;
        Set<String> allExcept = new HashSet<>();
        Map<String, Integer> open = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            for (String body : comments(lines[i], syntax)) {
                Matcher m = DIRECTIVE.matcher(body.strip());
                if (!m.matches()) {
                    continue;
                }
                String kind = m.group(1);
                String rest = m.group(2);
                int dash = rest.indexOf("--");
                if (dash >= 0) {
                    rest = rest.substring(0, dash); // "-- reason"
                }
                Set<String> ids = new HashSet<>();
                boolean ok = true;
                for (String id : rest.strip().split("[,\\s]+")) {
                    if (id.isEmpty()) {
                        continue;
                    }
                    if (!known.contains(id)) {
                        problems.add(new Problem(lineNo, "unknown check \"" + id + "\" in vastausbingo-" + kind
                                + "; checks: " + String.join(", ", known.stream().sorted().toList())));
                        ok = false;
                    }
                    ids.add(id);
                }
                if (!ok) {
                    continue;
                }
                Set<String> checks = ids.isEmpty() ? null : Set.copyOf(ids);
                switch (kind) {
                    case "disable-line" -> rules.add(new Rule(checks, Set.of(), lineNo, lineNo, true));
                    case "disable-next-line" -> {
                        int target = nextContentLine(lines, i + 1, syntax);
                        if (target > 0) {
                            rules.add(new Rule(checks, Set.of(), target, target, true));
                        }
                    }
                    case "disable" -> {
                        if (checks == null) {
                            if (allFrom < 0) {
                                allFrom = lineNo;
                                allExcept = new HashSet<>();
                            }
                        } else {
                            for (String id : checks) {
                                if (allFrom >= 0 && allExcept.contains(id)) {
                                    rules.add(new Rule(null, Set.copyOf(allExcept), allFrom, lineNo - 1, false));
                                    allFrom = lineNo;
                                    allExcept.remove(id);
                                } else {
                                    open.putIfAbsent(id, lineNo);
                                }
                            }
                        }
                    }
                    case "enable" -> {
                        if (checks == null) {
                            if (allFrom >= 0) {
                                rules.add(new Rule(null, Set.copyOf(allExcept), allFrom, lineNo, false));
                                allFrom = -1;
                            }
                            open.forEach((id, from) -> rules.add(new Rule(Set.of(id), Set.of(), from, lineNo, false)));
                            open.clear();
                        } else {
                            for (String id : checks) {
                                Integer from = open.remove(id);
                                if (from != null) {
                                    rules.add(new Rule(Set.of(id), Set.of(), from, lineNo, false));
                                }
                                if (allFrom >= 0 && !allExcept.contains(id)) {
                                    rules.add(new Rule(null, Set.copyOf(allExcept), allFrom, lineNo, false));
                                    allFrom = lineNo + 1;
                                    allExcept.add(id);
                                }
                            }
                        }
                    }
                    default -> throw new IllegalStateException(kind);
                }
            }
        }
        if (allFrom >= 0) {
            rules.add(new Rule(null, Set.copyOf(allExcept), allFrom, Integer.MAX_VALUE, false));
        }
        open.forEach((id, from) -> rules.add(new Rule(Set.of(id), Set.of(), from, Integer.MAX_VALUE, false)));
        return new Suppressions(List.copyOf(rules), List.copyOf(problems), true);
    }

    /** The comment bodies on one line. */
    private static List<String> comments(String line, Syntax syntax) {
        if (syntax == Syntax.HASH) {
            String s = line.strip();
            return s.startsWith("#") || s.startsWith("!") ? List.of(s.substring(1)) : List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = MARKUP_COMMENT.matcher(line);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    /** 1-based number of the first line from index {@code i} on that is neither blank nor only comments, or -1. */
    private static int nextContentLine(String[] lines, int i, Syntax syntax) {
        for (int k = i; k < lines.length; k++) {
            String s = lines[k].strip();
            if (s.isEmpty()) {
                continue;
            }
            if (syntax == Syntax.HASH && (s.startsWith("#") || s.startsWith("!"))) {
                continue;
            }
            if (syntax == Syntax.MARKUP && MARKUP_COMMENT.matcher(s).replaceAll("").isBlank()) {
                continue;
            }
            return k + 1;
        }
        return -1;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** True when the file has any directive at all. */
    public boolean any() {
        return any && !rules.isEmpty();
    }

    /**
     * @param line     the 1-based file line the finding starts on
     * @param entryLine the line where the finding's locale entry starts (its key), or 0
     */
    public boolean suppresses(String check, int line, int entryLine) {
        for (Rule r : rules) {
            if (!r.covers(check)) {
                continue;
            }
            if (line >= r.from() && line <= r.to()) {
                return true;
            }
            if (r.entry() && entryLine > 0 && entryLine == r.from()) {
                return true;
            }
        }
        return false;
    }
}
