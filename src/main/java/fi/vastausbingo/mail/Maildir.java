// Recognises Maildir folders (cur/ new/, Maildir++ sub-folders such as .Sent) and lists their messages in a stable order.
package fi.vastausbingo.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Maildir message files have no extension, so a plain folder walk would pass them by. A folder
 * with {@code cur/} or {@code new/} (and usually {@code tmp/}) is a Maildir; its Maildir++
 * sub-folders (".Sent", ".INBOX.Archive") are Maildirs too. {@code tmp/} holds half-delivered
 * mail and is skipped.
 */
public final class Maildir {
    private Maildir() {}

    public static boolean isMaildir(Path dir) {
        return Files.isDirectory(dir.resolve("cur")) || Files.isDirectory(dir.resolve("new"));
    }

    /** Message files of this Maildir and its Maildir++ sub-folders, sorted by path. */
    public static List<Path> messages(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        collect(dir, out);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path sub : s.sorted().toList()) {
                String n = sub.getFileName().toString();
                if (n.startsWith(".") && !n.equals(".") && !n.equals("..") && Files.isDirectory(sub) && isMaildir(sub)) {
                    collect(sub, out);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static void collect(Path dir, List<Path> out) throws IOException {
        for (String part : new String[] {"cur", "new"}) {
            Path p = dir.resolve(part);
            if (!Files.isDirectory(p)) {
                continue;
            }
            try (Stream<Path> s = Files.list(p)) {
                s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).forEach(out::add);
            }
        }
    }

    /** True for a Maildir folder that holds our sent mail (".Sent", ".Lähetetyt", ".INBOX.Sent"). */
    public static boolean isSentFolder(Path messageFile) {
        Path folder = messageFile.getParent() == null ? null : messageFile.getParent().getParent();
        if (folder == null || folder.getFileName() == null) {
            return false;
        }
        String n = folder.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith("sent") || n.endsWith("sent items") || n.endsWith("lähetetyt") || n.endsWith("skickat")
                || n.endsWith("sent messages");
    }
}
