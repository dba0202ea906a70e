// Finds the .vastausbingo.yml that applies to a file: --config, else the nearest one in the folders above it.
package fi.vastausbingo.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The search starts in the linted file's folder and goes up to the root of the repository (the
 * first folder that holds {@code .git}) or of the file system, so one config at the repository
 * root covers every template and a sub-folder may carry its own. {@code .vastausbingo.yaml} is
 * accepted as well. Results are cached per folder; a broken config raises {@link ConfigException}
 * each time it is asked for, so that the caller can stop before linting anything.
 */
public final class ConfigResolver {
    private static final String[] NAMES = {ConfigLoader.FILE_NAME, ".vastausbingo.yaml"};

    private final Config explicit;
    private final Path cwd = Path.of("").toAbsolutePath();
    private final Map<Path, Object> byDir = new HashMap<>();

    private ConfigResolver(Config explicit) {
        this.explicit = explicit;
    }

    /** --config FILE: that file applies to every input. */
    public static ConfigResolver explicit(Path file) {
        return new ConfigResolver(ConfigLoader.load(file, file.toString()));
    }

    /** --no-config: built-in defaults everywhere. */
    public static ConfigResolver none() {
        return new ConfigResolver(Config.EMPTY);
    }

    /** The default: search upward from each file. */
    public static ConfigResolver searching() {
        return new ConfigResolver(null);
    }

    /** The config for an input path as given ("-" and sources that are not paths: the current folder). */
    public Config forInput(String path) {
        if (explicit != null) {
            return explicit;
        }
        Path dir;
        try {
            Path p = Path.of(path).toAbsolutePath().normalize();
            dir = Files.isDirectory(p) ? p : p.getParent();
        } catch (RuntimeException e) {
            dir = null;
        }
        return forDirectory(dir == null || !Files.isDirectory(dir) ? cwd : dir);
    }

    /** The config that applies to the current folder (run-wide settings such as the message language). */
    public Config forCurrentDirectory() {
        return explicit != null ? explicit : forDirectory(cwd);
    }

    private Config forDirectory(Path dir) {
        Object cached = byDir.get(dir);
        if (cached == null) {
            try {
                cached = find(dir);
            } catch (ConfigException e) {
                cached = e;
            }
            byDir.put(dir, cached);
        }
        if (cached instanceof ConfigException e) {
            throw e;
        }
        return (Config) cached;
    }

    private Config find(Path dir) {
        for (String name : NAMES) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return ConfigLoader.load(candidate, shown(candidate));
            }
        }
        Path parent = dir.getParent();
        if (Files.exists(dir.resolve(".git")) || parent == null) {
            return Config.EMPTY;
        }
        return forDirectory(parent);
    }

    /** Relative to the current folder when the file is below it, as users typed their paths. */
    private String shown(Path file) {
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}
