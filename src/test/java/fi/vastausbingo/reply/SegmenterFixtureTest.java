// Runs every annotated reply in src/test/resources/reply/ through the segmenter, line by line.
package fi.vastausbingo.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixture files mark the expected part of every line, so a regression shows up as the exact
 * line that moved; the format is described in the directory's README.md.
 */
class SegmenterFixtureTest {

    private final Segmenter segmenter = new Segmenter();

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(SegmenterFixtureTest.class.getResource("/reply").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 15, "fixtures missing from " + dir);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(Path file) throws IOException {
        Fixture f = Fixture.read(file);
        Segmentation seg = segmenter.segment(f.text);

        SegmentationAssert.wellFormed(f.text, seg);
        assertEquals(f.expectedParts(), SegmentationAssert.lineParts(f.text, seg),
                () -> file.getFileName() + "\n" + SegmentationAssert.render(f.text, seg));

        if (f.meta.containsKey("author")) {
            assertEquals(nullable(f.meta.get("author")), seg.quotedAuthorName(), "quotedAuthorName");
        }
        if (f.meta.containsKey("signature")) {
            assertEquals(nullable(f.meta.get("signature")), seg.signatureName(), "signatureName");
        }
        if (f.meta.containsKey("hasOwn")) {
            assertEquals(Boolean.parseBoolean(f.meta.get("hasOwn")), seg.hasOwnText(), "hasOwnText");
        }
        if (f.original != null) {
            assertEquals(String.join("\n", f.original), seg.quotedOriginal(), "quotedOriginal");
        } else if (f.meta.containsKey("original")) {
            assertEquals(null, seg.quotedOriginal(), "quotedOriginal");
        }
        if (f.expectedParts().contains("O")) {
            assertTrue(seg.hasOwnText());
        } else {
            assertFalse(seg.hasOwnText());
        }
    }

    private static String nullable(String v) {
        return "null".equals(v) ? null : v;
    }

    /** One parsed fixture file. */
    private static final class Fixture {
        final Map<String, String> meta = new LinkedHashMap<>();
        List<String> original;
        final List<Character> parts = new ArrayList<>();
        String text;

        static Fixture read(Path file) throws IOException {
            Fixture f = new Fixture();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int i = 0;
            for (; i < lines.size() && !lines.get(i).equals("===="); i++) {
                String l = lines.get(i);
                if (l.startsWith("#") || l.isBlank()) {
                    continue;
                }
                if (l.startsWith("original|")) {
                    if (f.original == null) {
                        f.original = new ArrayList<>();
                    }
                    f.original.add(l.substring("original|".length()));
                    continue;
                }
                int eq = l.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException(file + ": bad header line: " + l);
                }
                f.meta.put(l.substring(0, eq), l.substring(eq + 1));
            }
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.length() < 2 || l.charAt(1) != '|' || "OQSD".indexOf(l.charAt(0)) < 0) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected X|text, got: " + l);
                }
                f.parts.add(l.charAt(0));
                body.add(l.substring(2));
            }
            f.text = String.join("\n", body) + "\n";
            return f;
        }

        String expectedParts() {
            StringBuilder sb = new StringBuilder();
            for (char c : parts) {
                sb.append(c);
            }
            return sb.toString();
        }
    }
}
