// Loader for simple word-list files: "[section]" headers, one entry per line, '#' comments.
package fi.vastausbingo.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A word list split into named sections; entries are lower-cased and trimmed. */
public final class SectionedList {
    private final String file;
    private final Map<String, List<String>> sections;

    private SectionedList(String file, Map<String, List<String>> sections) {
        this.file = file;
        this.sections = sections;
    }

    /** Parses {@code text}; {@code allowed} are the section names the file may use. */
    public static SectionedList parse(String file, String text, Set<String> allowed) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String current = null;
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            int hash = line.indexOf(" #");
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1).strip();
                if (!allowed.contains(current)) {
                    throw new WordlistException(file, lineNo, "unknown section [" + current + "]; expected one of " + allowed);
                }
                if (sections.containsKey(current)) {
                    throw new WordlistException(file, lineNo, "section [" + current + "] appears twice");
                }
                sections.put(current, new ArrayList<>());
                continue;
            }
            if (current == null) {
                throw new WordlistException(file, lineNo, "entry before the first [section] header");
            }
            String entry = line.toLowerCase(Locale.ROOT);
            List<String> list = sections.get(current);
            if (list.contains(entry)) {
                throw new WordlistException(file, lineNo, "duplicate entry \"" + entry + "\" in [" + current + "]");
            }
            list.add(entry);
        }
        for (String s : allowed) {
            if (!sections.containsKey(s)) {
                throw new WordlistException(file, lineNo, "section [" + s + "] is missing");
            }
        }
        return new SectionedList(file, sections);
    }

    public static SectionedList load(String path, Set<String> allowed) {
        return parse(path, Resources.read(path), allowed);
    }

    /** A copy with {@code extra} entries (lower-cased, duplicates dropped) added to one section, e.g. from a config. */
    public SectionedList withExtra(String section, List<String> extra) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        sections.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        List<String> list = copy.get(section);
        if (list == null) {
            throw new IllegalArgumentException(file + ": no section " + section);
        }
        for (String e : extra) {
            String entry = e.strip().toLowerCase(Locale.ROOT);
            if (!list.contains(entry)) {
                list.add(entry);
            }
        }
        return new SectionedList(file, copy);
    }

    public List<String> section(String name) {
        List<String> l = sections.get(name);
        if (l == null) {
            throw new IllegalArgumentException(file + ": no section " + name);
        }
        return l;
    }
}
