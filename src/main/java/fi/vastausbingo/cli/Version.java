// The tool's version, written into the jar by the build.
package fi.vastausbingo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads version.properties (filtered by Maven). */
public final class Version implements CommandLine.IVersionProvider {
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/fi/vastausbingo/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"vastausbingo " + get()};
    }
}
