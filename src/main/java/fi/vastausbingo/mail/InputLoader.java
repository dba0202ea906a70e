// Turns the command-line inputs (files, folders, stdin) into messages or one-line failures.
package fi.vastausbingo.mail;

import fi.vastausbingo.reply.SourceText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what the user named on the command line. A path may be a file (read whatever its
 * extension: the content decides unless the extension does), a folder (searched recursively
 * for lintable files, in path order so that runs are reproducible, hidden entries skipped) or
 * "-" for stdin. Every input yields at least one result; a problem is a {@link Loaded.Failed}
 * with a one-line reason, never an exception, so one bad file cannot stop a batch.
 */
public final class InputLoader {
    private static final Set<String> LINTABLE = Set.of("eml", "txt", "md", "markdown", "html", "htm", "jsonl", "mbox");
    private static final long KB = 1024;
    private static final long MB = 1024 * 1024;
    /** How far an oversized stream is drained to report its size; /dev/zero never ends. */
    private static final long DRAIN_CAP = 1024 * MB;

    private final long maxMessageBytes;
    private final InputStream stdin;
    private final java.util.Map<String, FormatReader> formats = new java.util.HashMap<>();
    private byte[] stdinData;
    private String stdinFailure;

    /** @param maxMessageBytes the largest message (or JSONL line) read; larger ones fail as too large */
    public InputLoader(long maxMessageBytes) {
        this(maxMessageBytes, System.in);
    }

    /** As {@link #InputLoader(long)}, reading "-" from the given stream instead of System.in. */
    public InputLoader(long maxMessageBytes, InputStream stdin) {
        this.maxMessageBytes = maxMessageBytes;
        this.stdin = stdin;
    }

    /** Reads a file type this package does not know (locale files: .po, .properties, .yml, .json). */
    public interface FormatReader {
        /** Items read from the file, or failures; {@code ext} is the lower-case extension. */
        List<Loaded> read(String source, String ext, byte[] data);
    }

    /** Adds file types read by {@code reader}; folders then include files with these extensions. */
    public InputLoader withFormat(Set<String> extensions, FormatReader reader) {
        for (String e : extensions) {
            formats.put(e, reader);
        }
        return this;
    }

    /** Receives loaded items one by one, in input order. */
    @FunctionalInterface
    public interface Sink {
        void add(Loaded item);
    }

    /** Loads every argument in order; folders expand to their files in path order. */
    public List<Loaded> load(List<String> args) {
        List<Loaded> list = new ArrayList<>();
        stream(args, list::add);
        return list;
    }

    /**
     * As {@link #load} but hands each item to {@code out} as soon as it is read, so that an mbox
     * or an export of any size passes through with one message in memory at a time.
     */
    public void stream(List<String> args, Sink out) {
        for (String arg : args) {
            try {
                loadArg(arg, out);
            } catch (RuntimeException e) {
                // a bug or an exotic file system error must cost one input, not the run
                out.add(new Loaded.Failed(arg, "cannot read: " + (e.getMessage() != null
                        ? firstLine(e.getMessage()) : e.getClass().getSimpleName())));
            }
        }
    }

    /**
     * The files the arguments name or hold (folders walked as {@link #stream} walks them), without
     * reading them: lets a run check every file's config before linting anything.
     */
    public List<String> files(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                continue;
            }
            try {
                Path path = Path.of(arg);
                if (Files.isDirectory(path)) {
                    List<Entry> entries = new ArrayList<>();
                    collect(path, arg, new HashSet<>(), entries);
                    for (Entry e : entries) {
                        if (e.failure() == null) {
                            out.add(e.display());
                        }
                    }
                } else if (Files.isRegularFile(path)) {
                    out.add(arg);
                }
            } catch (InvalidPathException | SecurityException e) {
                // reported when the argument is read
            }
        }
        return out;
    }

    /**
     * Loads in-memory data as if it were a file named {@code source}: the name's extension
     * decides the format when it is a known one, else the content is sniffed.
     */
    public List<Loaded> loadBytes(String source, byte[] data) {
        List<Loaded> list = new ArrayList<>();
        Sink out = list::add;
        if (data.length > maxMessageBytes && !extension(source).equals("jsonl")) {
            out.add(new Loaded.Failed(source, tooLarge(data.length, maxMessageBytes)));
            return list;
        }
        loadData(source, extension(source), data, out);
        return list;
    }

    private void loadArg(String arg, Sink out) {
        if (arg.equals("-")) {
            loadStdin(out);
            return;
        }
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            out.add(new Loaded.Failed(arg, "no such file"));
            return;
        }
        if (!Files.exists(path)) {
            boolean danglingLink = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
            out.add(new Loaded.Failed(arg, danglingLink ? "no such file (broken symbolic link)" : "no such file"));
            return;
        }
        if (Files.isDirectory(path)) {
            loadDirectory(arg, path, out);
            return;
        }
        loadFile(arg, path, out);
    }

    private void loadStdin(Sink out) {
        if (stdinData == null && stdinFailure == null) {
            try {
                Bounded r = readBounded(stdin, maxMessageBytes);
                if (r.data() == null) {
                    stdinFailure = tooLarge(r.total(), maxMessageBytes, r.capped());
                } else {
                    stdinData = r.data();
                }
            } catch (IOException e) {
                stdinFailure = "cannot read: " + ioReason(e);
            }
        }
        if (stdinFailure != null) {
            out.add(new Loaded.Failed("-", stdinFailure));
            return;
        }
        loadData("-", "", stdinData, out);
    }

    // ---- folders ----

    private record Entry(String display, Path path, String failure) {}

    private void loadDirectory(String arg, Path dir, Sink out) {
        List<Entry> entries = new ArrayList<>();
        collect(dir, arg, new HashSet<>(), entries);
        if (entries.isEmpty()) {
            out.add(new Loaded.Failed(arg, "no .eml, .mbox, .txt, .md, .html or .jsonl files or Maildir found"));
            return;
        }
        for (Entry e : entries) {
            if (e.failure() != null) {
                out.add(new Loaded.Failed(e.display(), e.failure()));
            } else {
                loadFile(e.display(), e.path(), out);
            }
        }
    }

    /** Depth-first with each folder's entries sorted by name: the order of a sorted path list. */
    private void collect(Path dir, String display, Set<Path> visited, List<Entry> entries) {
        try {
            if (!visited.add(dir.toRealPath())) {
                return; // a symbolic link back up the tree
            }
        } catch (IOException e) {
            entries.add(new Entry(display, dir, "cannot read: " + ioReason(e)));
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                children.add(p);
            }
        } catch (IOException | SecurityException e) {
            entries.add(new Entry(display, dir, "cannot read: "
                    + (e instanceof IOException io ? ioReason(io) : "permission denied")));
            return;
        }
        if (Maildir.isMaildir(dir)) {
            // message files have no extension; cur/ and new/ (and .Sent-style sub-folders) hold them
            try {
                for (Path m : Maildir.messages(dir)) {
                    entries.add(new Entry(join(display, dir.relativize(m).toString()), m, null));
                }
            } catch (IOException e) {
                entries.add(new Entry(display, dir, "cannot read: " + ioReason(e)));
            }
            return;
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            String childDisplay = join(display, name);
            if (Files.isDirectory(child)) {
                collect(child, childDisplay, visited, entries);
            } else if (Files.isRegularFile(child) && (LINTABLE.contains(extension(name))
                    || formats.containsKey(extension(name)))) {
                entries.add(new Entry(childDisplay, child, null));
            }
        }
    }

    private static String join(String dir, String name) {
        return dir.endsWith("/") || dir.endsWith(java.io.File.separator) ? dir + name
                : dir + java.io.File.separator + name;
    }

    // ---- files ----

    private void loadFile(String source, Path path, Sink out) {
        String ext = extension(path.getFileName() == null ? source : path.getFileName().toString());
        if (ext.equals("jsonl")) {
            loadJsonl(source, path, out);
            return;
        }
        if (ext.equals("mbox") || isMbox(path)) {
            loadMbox(source, path, out);
            return;
        }
        try {
            if (Files.isRegularFile(path)) {
                long size = Files.size(path);
                if (size > maxMessageBytes) {
                    out.add(new Loaded.Failed(source, tooLarge(size, maxMessageBytes)));
                    return;
                }
            }
            Bounded r;
            try (InputStream in = Files.newInputStream(path)) {
                r = readBounded(in, maxMessageBytes);
            }
            if (r.data() == null) {
                out.add(new Loaded.Failed(source, tooLarge(r.total(), maxMessageBytes, r.capped())));
                return;
            }
            loadData(source, ext, r.data(), out);
        } catch (IOException | SecurityException e) {
            out.add(readFailure(source, e));
        }
    }

    private static boolean isMbox(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return MboxReader.looksLikeMbox(in.readNBytes(1024));
        } catch (IOException | SecurityException e) {
            return false; // the regular path reports the problem
        }
    }

    /** Each message of an mbox on its own ("file#N"); the size limit applies per message, not to the file. */
    private void loadMbox(String source, Path path, Sink out) {
        int count = 0;
        try (MboxReader r = MboxReader.open(path, source, maxMessageBytes)) {
            while (r.hasNext()) {
                out.add(r.next());
                count++;
            }
            if (count == 0) {
                out.add(new Loaded.Failed(source, "no messages in the mbox"));
            }
        } catch (IOException | SecurityException e) {
            out.add(readFailure(source, e));
        }
    }

    /** The one line for a file that could not be read. */
    private static Loaded.Failed readFailure(String source, Exception e) {
        if (e instanceof NoSuchFileException) {
            return new Loaded.Failed(source, "no such file");
        }
        return new Loaded.Failed(source, "cannot read: " + (e instanceof IOException io ? ioReason(io) : "permission denied"));
    }

    private void loadJsonl(String source, Path path, Sink out) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(8192);
            byte[] probe = head;
            if (startsWithUtf16Bom(head)) {
                // a UTF-16 export is rare enough to read whole rather than stream
                byte[] all = concat(head, in.readAllBytes());
                probe = toUtf8(all);
                loadData(source, "jsonl", probe, out);
                return;
            }
            if (Sniffer.isBlank(head) && head.length < 8192) {
                out.add(new Loaded.Failed(source, "empty file"));
                return;
            }
            if (Sniffer.isBinary(probe, 0, probe.length)) {
                out.add(new Loaded.Failed(source, "binary data, not a text or e-mail message"));
                return;
            }
            int items = JsonlReader.read(source, new SequenceInputStream(new ByteArrayInputStream(head), in),
                    maxMessageBytes, out);
            if (items == 0) {
                out.add(new Loaded.Failed(source, "empty file"));
            }
        } catch (IOException | SecurityException e) {
            out.add(readFailure(source, e));
        }
    }

    /** Checks and dispatches bytes already in memory; {@code ext} is "" when unknown. */
    private void loadData(String source, String ext, byte[] data, Sink out) {
        if (startsWithUtf16Bom(data)) {
            // Notepad's "Unicode": the rest of the pipeline (and the binary test) expects ASCII-compatible bytes
            data = toUtf8(data);
        }
        if (Sniffer.isBlank(data)) {
            out.add(new Loaded.Failed(source, "empty file"));
            return;
        }
        FormatReader reader = formats.get(ext);
        if (reader != null) {
            if (Sniffer.isBinary(data, 0, data.length)) {
                out.add(new Loaded.Failed(source, "binary data, not a text or e-mail message"));
                return;
            }
            reader.read(source, ext, data).forEach(out::add);
            return;
        }
        Sniffer.Kind kind = kindOf(ext, data);
        // binary attachments legitimately follow the headers of a message; judge its header block only
        int sampleEnd = kind == Sniffer.Kind.EML ? Sniffer.headerBlockEnd(data) : data.length;
        if (Sniffer.isBinary(data, 0, sampleEnd)) {
            out.add(new Loaded.Failed(source, "binary data, not a text or e-mail message"));
            return;
        }
        switch (kind) {
            case EML -> {
                if (looksLikeMbox(data)) {
                    // several messages in one buffer (stdin): each on its own, none silently dropped
                    try (MboxReader r = MboxReader.of(new ByteArrayInputStream(data), source, maxMessageBytes)) {
                        r.forEachRemaining(out::add);
                    } catch (IOException e) {
                        out.add(new Loaded.Failed(source, "cannot read: " + ioReason(e)));
                    }
                    return;
                }
                out.add(EmlReader.read(source, data));
            }
            case HTML -> {
                SourceText body = HtmlText.toSourceText(TextDecoding.decodeGuessing(data));
                if (body.text().isBlank()) {
                    out.add(new Loaded.Failed(source, "no visible text in the HTML"));
                    return;
                }
                out.add(new Loaded.Ok(new Message(source, null, null, null, null, null, null, null,
                        body, true, null, null, null)));
            }
            case JSONL -> {
                List<Loaded> items = JsonlReader.read(source, data, maxMessageBytes);
                if (items.isEmpty()) {
                    out.add(new Loaded.Failed(source, "empty file"));
                } else {
                    items.forEach(out::add);
                }
            }
            case TEXT -> out.add(new Loaded.Ok(Message.ofText(source,
                    SourceText.identity(unescapeEntities(TextDecoding.decodeGuessing(data))))));
        }
    }

    private static Sniffer.Kind kindOf(String ext, byte[] data) {
        switch (ext) {
            case "eml":
                // an .eml without header lines is a draft saved with the wrong name; parsing it as
                // MIME would swallow its first paragraph as headers
                if (Sniffer.looksLikeMessage(data, false)) {
                    return Sniffer.Kind.EML;
                }
                return Sniffer.looksLikeHtml(data) ? Sniffer.Kind.HTML : Sniffer.Kind.TEXT;
            case "html":
            case "htm":
                return Sniffer.Kind.HTML;
            case "md":
            case "markdown":
                return Sniffer.Kind.TEXT;
            case "txt":
                // mail clients save messages as .txt with their headers on top; template repositories
                // keep HTML bodies in .txt files
                if (Sniffer.looksLikeMessage(data, true)) {
                    return Sniffer.Kind.EML;
                }
                return Sniffer.looksLikeHtml(data) || Sniffer.hasHtmlMarkup(data) ? Sniffer.Kind.HTML : Sniffer.Kind.TEXT;
            case "jsonl":
                return Sniffer.Kind.JSONL;
            default:
                return Sniffer.sniff(data);
        }
    }

    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{2,5}|#x[0-9a-fA-F]{2,4});");

    /**
     * Plain-text templates sometimes carry HTML entities ("k&auml;yt&ouml;st&auml;"). They are
     * decoded line by line so that line numbers stay exact; columns after an entity shift.
     */
    static String unescapeEntities(String text) {
        if (!ENTITY.matcher(text).find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(ENTITY.matcher(line).find() ? org.jsoup.parser.Parser.unescapeEntities(line, false) : line);
        }
        return sb.toString();
    }

    /** An mbox file: a "From " separator line, headers, and a later separator followed by headers. */
    static boolean looksLikeMbox(byte[] data) {
        if (data.length < 5 || !new String(data, 0, 5, StandardCharsets.ISO_8859_1).equals("From ")) {
            return false;
        }
        String s = new String(data, StandardCharsets.ISO_8859_1);
        int i = 0;
        while ((i = s.indexOf("\nFrom ", i + 1)) >= 0) {
            int lineEnd = s.indexOf('\n', i + 1);
            if (lineEnd < 0) {
                return false;
            }
            // the separator is preceded by an empty line and followed by a header field
            boolean blankBefore = i >= 1 && (s.charAt(i - 1) == '\n'
                    || (s.charAt(i - 1) == '\r' && i >= 2 && s.charAt(i - 2) == '\n'));
            int next = lineEnd + 1;
            int nextEnd = s.indexOf('\n', next);
            String nextLine = nextEnd < 0 ? s.substring(next) : s.substring(next, nextEnd);
            if (blankBefore && nextLine.matches("[!-9;-~]+:.*\\r?")) {
                return true;
            }
        }
        return false;
    }

    // ---- reading ----

    /** {@code data} is null when the input is larger than the limit; {@code total} is then its size. */
    private record Bounded(byte[] data, long total, boolean capped) {}

    private static Bounded readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                // drain to say how large it is, without keeping it
                while (total < DRAIN_CAP && (n = in.read(buf)) > 0) {
                    total += n;
                }
                return new Bounded(null, total, total >= DRAIN_CAP);
            }
            out.write(buf, 0, n);
        }
        return new Bounded(out.toByteArray(), total, false);
    }

    private static boolean startsWithUtf16Bom(byte[] d) {
        return d.length >= 2 && (((d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xFE)
                || ((d[0] & 0xFF) == 0xFE && (d[1] & 0xFF) == 0xFF));
    }

    private static byte[] toUtf8(byte[] utf16) {
        return TextDecoding.decodeGuessing(utf16).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ---- messages ----

    static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf(java.io.File.separatorChar));
        String base = name.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** "too large (52.4 MB; limit 20 MB)". */
    static String tooLarge(long size, long limit) {
        return tooLarge(size, limit, false);
    }

    private static String tooLarge(long size, long limit, boolean atLeast) {
        String s = humanSize(size);
        String l = humanSize(limit);
        if (s.equals(l)) {
            // 20 MB + 1 byte must not read "20 MB; limit 20 MB"
            s = size + " bytes";
            l = limit + " bytes";
        }
        return "too large (" + (atLeast ? "over " : "") + s + "; limit " + l + ")";
    }

    /** Sizes in binary units written the way people write them (the --max-size option counts MB as 1024²). */
    static String humanSize(long bytes) {
        if (bytes >= MB) {
            return oneDecimal(bytes / (double) MB) + " MB";
        }
        if (bytes >= KB) {
            return oneDecimal(bytes / (double) KB) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String oneDecimal(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** A short reason for an I/O error, without exception class names. */
    static String ioReason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return firstLine(fse.getReason()).toLowerCase(Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "I/O error" : firstLine(m);
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl > 0 ? t.substring(0, nl) : t;
    }
}
