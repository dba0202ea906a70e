// Reads and validates .vastausbingo.yml strictly: unknown keys and bad values fail with file:line.
package fi.vastausbingo.config;

import fi.vastausbingo.check.CheckRegistry;
import fi.vastausbingo.check.StockPhrases;
import fi.vastausbingo.check.WordlistException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The file is composed into YAML nodes (SnakeYAML Engine keeps each node's line) and walked by
 * hand rather than bound to a class: that way every unknown key, wrong type and bad value is
 * reported at its own line, the way the word-list loaders report theirs. A typo must fail the
 * CI run, not silently turn a setting off.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".vastausbingo.yml";
    static final List<String> KEYS = List.of("checks", "products", "stock-phrases", "vague-terms", "placeholders",
            "ours", "fail-on", "lang", "keys");
    private static final List<String> PHRASE_KEYS = List.of("id", "pattern", "say", "bad", "good", "order", "gap");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+|@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern BASE_FORM = Pattern.compile("[\\p{Ll}][\\p{Ll}\\-]*");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final String name;

    private ConfigLoader(String name) {
        this.name = name;
    }

    /** Reads {@code file}; {@code shownAs} is how messages name it. */
    public static Config load(Path file, String shownAs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(shownAs + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(shownAs + ": cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(shownAs, 1, "not UTF-8 text");
        }
        return parse(file, shownAs, text);
    }

    /** Parses config text; {@code file} is recorded in the result, {@code shownAs} names it in errors. */
    public static Config parse(Path file, String shownAs, String text) {
        return new ConfigLoader(shownAs).read(file, text);
    }

    private Config read(Path file, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(name).setUseMarks(true).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
            throw new ConfigException(name, line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ConfigException(name, 1, "not valid YAML: " + firstLine(e.getMessage()));
        }
        if (root.isEmpty() || isNull(root.get())) {
            return new Config(file, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
        }
        MappingNode map = mapping(root.get(), "the config");
        Map<String, Config.CheckSetting> checks = Map.of();
        List<String> products = List.of();
        List<Config.Phrase> phrases = List.of();
        List<String> vague = List.of();
        List<String> placeholders = List.of();
        List<String> ours = List.of();
        Integer failOn = null;
        String lang = null;
        List<String> keys = List.of();
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = keyOf(t);
            Integer first = seen.putIfAbsent(key, line(t.getKeyNode()));
            if (first != null) {
                throw error(t.getKeyNode(), "\"" + key + "\" appears twice (first on line " + first + ")");
            }
            Node v = t.getValueNode();
            switch (key) {
                case "checks" -> checks = checks(v);
                case "products" -> products = strings(v, key, s -> s.isBlank() ? "an empty name" : null);
                case "stock-phrases" -> phrases = phrases(v);
                case "vague-terms" -> vague = strings(v, key, s -> BASE_FORM.matcher(s).matches() ? null
                        : "\"" + s + "\" is not a lower-case base form (one word, e.g. \"sovellus\")");
                case "placeholders" -> placeholders = strings(v, key, ConfigLoader::regexProblem);
                case "ours" -> ours = strings(v, key, s -> ADDRESS.matcher(s).matches() ? null
                        : "\"" + s + "\" is not an address (name@example.fi) or a domain (@example.fi)");
                case "fail-on" -> failOn = integer(v, key, 0, 100);
                case "lang" -> {
                    lang = scalar(v, key);
                    if (!lang.equals("fi") && !lang.equals("en")) {
                        throw error(v, "lang must be fi or en, not \"" + lang + "\"");
                    }
                }
                case "keys" -> keys = strings(v, key, s -> s.isBlank() ? "an empty glob" : null);
                default -> throw error(t.getKeyNode(), "unknown key \"" + key + "\"" + didYouMean(key, KEYS)
                        + "; known keys: " + String.join(", ", KEYS));
            }
        }
        return new Config(file, checks, products, phrases, vague, placeholders, ours, failOn, lang, keys);
    }

    // ---- sections ----

    private Map<String, Config.CheckSetting> checks(Node v) {
        MappingNode m = mapping(v, "checks");
        Map<String, Config.CheckSetting> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String id = keyOf(t);
            if (!CheckRegistry.BINGO_ITEMS.contains(id)) {
                throw error(t.getKeyNode(), "unknown check \"" + id + "\"" + didYouMean(id, CheckRegistry.BINGO_ITEMS)
                        + "; checks: " + String.join(", ", CheckRegistry.BINGO_ITEMS));
            }
            if (out.containsKey(id)) {
                throw error(t.getKeyNode(), "check \"" + id + "\" appears twice");
            }
            Node val = t.getValueNode();
            if (!(val instanceof ScalarNode s) || isNull(val)) {
                throw error(val, "checks." + id + " must be on, off or the most points it may score (0-7)");
            }
            String raw = s.getValue();
            Config.CheckSetting setting;
            if (s.getTag().equals(Tag.INT)) {
                int n = integer(val, "checks." + id, 0, 7);
                setting = new Config.CheckSetting(true, n, line(val));
            } else if (raw.equals("on") || raw.equals("true")) {
                setting = new Config.CheckSetting(true, null, line(val));
            } else if (raw.equals("off") || raw.equals("false")) {
                setting = new Config.CheckSetting(false, null, line(val));
            } else {
                throw error(val, "checks." + id + " must be on, off or the most points it may score (0-7), not \""
                        + raw + "\"");
            }
            out.put(id, setting);
        }
        return out;
    }

    private List<Config.Phrase> phrases(Node v) {
        if (!(v instanceof SequenceNode seq)) {
            throw error(v, "stock-phrases must be a list of entries (- id: … pattern: … say: …)");
        }
        List<Config.Phrase> out = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Node item : seq.getValue()) {
            MappingNode m = mapping(item, "a stock-phrases entry");
            String id = null;
            String pattern = null;
            int patternLine = line(item);
            boolean anyOrder = false;
            int gap = 2;
            List<String> say = new ArrayList<>();
            List<Config.Example> examples = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple t : m.getValue()) {
                String key = keyOf(t);
                if (!PHRASE_KEYS.contains(key)) {
                    throw error(t.getKeyNode(), "unknown key \"" + key + "\" in a stock phrase" + didYouMean(key, PHRASE_KEYS)
                            + "; expected " + String.join(", ", PHRASE_KEYS));
                }
                if (!seen.add(key)) {
                    throw error(t.getKeyNode(), "\"" + key + "\" appears twice in one stock phrase");
                }
                Node val = t.getValueNode();
                switch (key) {
                    case "id" -> {
                        id = scalar(val, "id");
                        if (!KEBAB.matcher(id).matches()) {
                            throw error(val, "id must be kebab-case ASCII (e.g. pahoittelemme-viivetta), not \"" + id + "\"");
                        }
                        if (!ids.add(id)) {
                            throw error(val, "stock phrase id \"" + id + "\" appears twice");
                        }
                    }
                    case "pattern" -> {
                        pattern = scalar(val, "pattern");
                        patternLine = line(val);
                    }
                    case "say" -> {
                        for (String s : strings(val, "say", x -> x.isBlank() ? "an empty alternative" : null)) {
                            for (String part : s.split("\\s*\\|\\s*")) {
                                if (!part.isBlank()) {
                                    say.add(part.strip());
                                }
                            }
                        }
                    }
                    case "bad", "good" -> {
                        List<Node> nodes = val instanceof SequenceNode sn ? sn.getValue() : List.of(val);
                        for (Node n : nodes) {
                            examples.add(new Config.Example(scalar(n, key), key.equals("bad"), line(n)));
                        }
                    }
                    case "order" -> {
                        if (!scalar(val, "order").equals("any")) {
                            throw error(val, "order must be \"any\"");
                        }
                        anyOrder = true;
                    }
                    case "gap" -> gap = integer(val, "gap", 0, 6);
                    default -> throw new IllegalStateException(key);
                }
            }
            if (id == null) {
                throw error(item, "stock phrase without an id");
            }
            if (pattern == null) {
                throw error(item, "stock phrase " + id + " has no pattern");
            }
            if (say.isEmpty()) {
                throw error(item, "stock phrase " + id + " has no \"say\" alternative (the suggestion)");
            }
            List<StockPhrases.Element> elements;
            try {
                elements = StockPhrases.parsePattern(name, patternLine, pattern);
            } catch (WordlistException e) {
                throw new ConfigException(e.getMessage());
            }
            List<String> bad = examples.stream().filter(Config.Example::bad).map(Config.Example::text).toList();
            List<String> good = examples.stream().filter(e -> !e.bad()).map(Config.Example::text).toList();
            StockPhrases.Entry entry = new StockPhrases.Entry(id, elements, anyOrder, gap, List.copyOf(say), bad, good,
                    name, line(item));
            out.add(new Config.Phrase(entry, List.copyOf(examples)));
        }
        return out;
    }

    // ---- values ----

    private interface Check {
        /** The problem with a value, or null when it is fine. */
        String problem(String value);
    }

    /** A list of strings; a single string is a list of one. */
    private List<String> strings(Node v, String key, Check check) {
        List<Node> nodes;
        if (v instanceof SequenceNode seq) {
            nodes = seq.getValue();
        } else if (v instanceof ScalarNode && !isNull(v)) {
            nodes = List.of(v);
        } else {
            throw error(v, key + " must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            String s = scalar(n, key);
            String problem = check.problem(s);
            if (problem != null) {
                throw error(n, key + ": " + problem);
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private String scalar(Node v, String key) {
        if (!(v instanceof ScalarNode s) || isNull(v)) {
            throw error(v, key + " must be a single value" + (v instanceof ScalarNode ? ", not empty" : ""));
        }
        return s.getValue();
    }

    private int integer(Node v, String key, int min, int max) {
        String s = scalar(v, key);
        if (!((ScalarNode) v).getTag().equals(Tag.INT)) {
            throw error(v, key + " must be a whole number from " + min + " to " + max + ", not \"" + s + "\"");
        }
        long n;
        try {
            n = Long.decode(s.replace("_", "").replace("0o", "0"));
        } catch (NumberFormatException e) {
            throw error(v, key + " must be a whole number from " + min + " to " + max + ", not \"" + s + "\"");
        }
        if (n < min || n > max) {
            throw error(v, key + " must be from " + min + " to " + max + ", not " + n);
        }
        return (int) n;
    }

    private MappingNode mapping(Node v, String what) {
        if (!(v instanceof MappingNode m)) {
            throw error(v, what + " must be a mapping of keys to values");
        }
        return m;
    }

    private String keyOf(NodeTuple t) {
        if (!(t.getKeyNode() instanceof ScalarNode s)) {
            throw error(t.getKeyNode(), "keys must be plain names");
        }
        return s.getValue();
    }

    static String regexProblem(String s) {
        Pattern p;
        try {
            p = Pattern.compile(s);
        } catch (PatternSyntaxException e) {
            return "not a regular expression: " + firstLine(e.getDescription()) + " near index " + e.getIndex()
                    + " in " + s;
        }
        if (p.matcher("").matches()) {
            return "\"" + s + "\" matches the empty string";
        }
        return null;
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private ConfigException error(Node n, String problem) {
        return new ConfigException(name, line(n), problem);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** "; did you mean "fail-on"?" for a key one or two edits away from a known one. */
    static String didYouMean(String key, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
