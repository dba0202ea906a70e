// Stable identity of a finding for baselines and SARIF: file (and key) + check + normalised evidence, no line numbers.
package fi.vastausbingo.baseline;

import fi.vastausbingo.check.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Line numbers change whenever someone edits a template above a finding; the words the finding
 * is about do not. So the fingerprint hashes where the finding lives (the file path relative to
 * the baseline's folder, plus the locale key), the check id, and the evidence with case, Unicode
 * form and white space normalised. Evidence of a password finding is already redacted by the
 * check, so no secret is ever hashed or stored.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /** The path of {@code file} relative to {@code base}, with '/' separators ("templates/tervetuloa.po"). */
    public static String relativePath(Path base, String file) {
        if (file == null || file.equals("-")) {
            return file == null ? "" : "-";
        }
        try {
            Path abs = Path.of(file).toAbsolutePath().normalize();
            Path b = base.toAbsolutePath().normalize();
            Path rel = abs.startsWith(b) ? b.relativize(abs) : abs;
            return rel.toString().replace('\\', '/');
        } catch (RuntimeException e) {
            return file.replace('\\', '/');
        }
    }

    /** Case, Unicode composition, quotes and white space do not make a finding new. */
    public static String normaliseEvidence(Finding f) {
        String e = f.evidence() != null ? f.evidence() : f.kind() + ":" + String.join("|", f.args());
        e = Normalizer.normalize(e, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        e = e.replaceAll("[\\s\\u00A0]+", " ").strip();
        return e.replaceAll("^[\"'„“”«»]+|[\"'„“”«».,!?;:]+$", "");
    }

    /**
     * @param location "path" or "path#key", as {@link #relativePath} and the item's key make it
     */
    public static String of(String location, Finding f) {
        String material = location + "\n" + f.check() + "\n" + normaliseEvidence(f);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
