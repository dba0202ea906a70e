// The baseline file: findings accepted so far, by fingerprint and count, so CI fails only on new ones.
package fi.vastausbingo.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.vastausbingo.config.ConfigException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON, sorted, one entry per distinct fingerprint with how many times it occurs, and no line
 * numbers, so that the file changes only when findings do. A fingerprint seen N times in the
 * baseline excuses its first N occurrences in a run; an (N+1)th is new. The evidence is stored
 * for the reader of a diff and is the redacted evidence the reports show.
 *
 * <pre>
 * {"tool": "vastausbingo", "baselineVersion": 1, "findings": [
 *   {"location": "templates/fi.yml#fi.mail.welcome.body", "check": "stock-phrase",
 *    "evidence": "Kiitämme yhteydenotostanne", "fingerprint": "3f…", "count": 1}]}
 * </pre>
 */
public final class Baseline {
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** One accepted finding. */
    public record Entry(String location, String check, String evidence, String fingerprint, int count) {}

    private final Path file;
    private final List<Entry> entries;
    private final Map<String, Integer> remaining = new HashMap<>();

    private Baseline(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            remaining.merge(e.fingerprint(), e.count(), Integer::sum);
        }
    }

    public static Baseline empty(Path file) {
        return new Baseline(file, List.of());
    }

    /** The folder that locations are relative to. */
    public Path base() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    public Path file() {
        return file;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads a baseline; a missing or malformed file is a ConfigException ("file:line: problem"). */
    public static Baseline read(Path file) {
        String shown = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(shown + ": no such file (create it with --update-baseline)");
        } catch (IOException e) {
            throw new ConfigException(shown + ": cannot read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? Math.max(1, e.getLocation().getLineNr()) : 1;
            throw new ConfigException(shown, line, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new ConfigException(shown, 1, "not a vastausbingo baseline (expected an object with \"findings\": [...])");
        }
        int version = root.path("baselineVersion").asInt(VERSION);
        if (version != VERSION) {
            throw new ConfigException(shown, 1, "baseline version " + version + " is not supported (expected " + VERSION + ")");
        }
        List<Entry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.get("findings")) {
            i++;
            String fp = n.path("fingerprint").asText("");
            int count = n.path("count").asInt(1);
            if (!fp.matches("[0-9a-f]{32}") || count < 1) {
                throw new ConfigException(shown, lineOf(text, i), "finding " + i
                        + " needs a \"fingerprint\" (32 hex digits) and a \"count\" of at least 1");
            }
            out.add(new Entry(n.path("location").asText(""), n.path("check").asText(""), n.path("evidence").asText(""),
                    fp, count));
        }
        return new Baseline(file, out);
    }

    /** The line of the i-th "fingerprint" in the text, for messages; Jackson's tree keeps no positions. */
    private static int lineOf(String text, int i) {
        int at = -1;
        for (int k = 0; k < i; k++) {
            at = text.indexOf("\"fingerprint\"", at + 1);
            if (at < 0) {
                return 1;
            }
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** True (and one occurrence used up) when the baseline still excuses this fingerprint. */
    public boolean consume(String fingerprint) {
        Integer n = remaining.get(fingerprint);
        if (n == null || n == 0) {
            return false;
        }
        remaining.put(fingerprint, n - 1);
        return true;
    }

    /**
     * Writes a new baseline: the findings of this run, plus the old entries of locations this run
     * did not lint (a pre-commit run over a few files must not forget the rest).
     */
    public static void write(Path file, List<Entry> current, Set<String> lintedLocations, Baseline old) throws IOException {
        Map<String, Entry> merged = new LinkedHashMap<>();
        for (Entry e : current) {
            merged.merge(e.fingerprint(), e, (a, b) -> new Entry(a.location(), a.check(), a.evidence(), a.fingerprint(),
                    a.count() + b.count()));
        }
        if (old != null) {
            for (Entry e : old.entries()) {
                if (!lintedLocations.contains(e.location()) && !merged.containsKey(e.fingerprint())) {
                    merged.put(e.fingerprint(), e);
                }
            }
        }
        List<Entry> sorted = new ArrayList<>(merged.values());
        sorted.sort(Comparator.comparing(Entry::location).thenComparing(Entry::check).thenComparing(Entry::evidence)
                .thenComparing(Entry::fingerprint));
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "vastausbingo");
        root.put("baselineVersion", VERSION);
        ArrayNode arr = root.putArray("findings");
        for (Entry e : sorted) {
            ObjectNode o = arr.addObject();
            o.put("location", e.location());
            o.put("check", e.check());
            o.put("evidence", e.evidence());
            o.put("fingerprint", e.fingerprint());
            o.put("count", e.count());
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            MAPPER.writeValue(w, root);
            w.write('\n');
        }
    }
}
