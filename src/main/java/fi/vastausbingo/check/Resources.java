// Reads the project's data files (word lists) from the classpath, where the build puts them.
package fi.vastausbingo.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Classpath access for {@code wordlists/*.txt}. */
public final class Resources {
    private Resources() {}

    public static String read(String path) {
        try (InputStream in = Resources.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(path + ": missing from the build"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
