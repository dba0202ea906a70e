// Indexes a mailbox (mbox file or Maildir) by headers only, and re-reads single messages from the index.
package fi.vastausbingo.mail;

import jakarta.mail.internet.InternetAddress;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairing replies with the customer messages they answer needs to see the whole mailbox before
 * linting anything, but holding every decoded message would make memory grow with the export.
 * So a first pass keeps only what threading needs (ids, subject, addresses, date) and where the
 * message lies (mbox byte offset and length, or the Maildir file); the lint pass then re-reads
 * one reply and its customer message at a time.
 */
public final class Mailbox implements Closeable {
    /**
     * One message of the index. {@code failure} is set when the message could not be read even
     * for its headers (too large, empty); such a message is neither ours nor theirs.
     *
     * @param sentFlag   the mail client filed it as sent (Maildir Sent folder, Gmail "Sent" label)
     * @param replyLike  it answers something: In-Reply-To/References, or a Re:/VS:/SV: subject
     */
    public record Entry(int seq, String source, Path file, long offset, long length, int firstLine, String failure,
                        String messageId, String inReplyTo, List<String> references, String subject,
                        String threadSubject, String fromName, String fromAddress, List<String> to,
                        OffsetDateTime date, boolean sentFlag, boolean replyLike) {}

    private final String name;
    private final Path path;
    private final boolean mbox;
    private final List<Entry> entries;
    private RandomAccessFile raf;

    private Mailbox(String name, Path path, boolean mbox, List<Entry> entries) {
        this.name = name;
        this.path = path;
        this.mbox = mbox;
        this.entries = entries;
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** True for an mbox file (by extension or content) or a Maildir folder: inputs whose messages get paired. */
    public static boolean isMailbox(Path p) {
        try {
            if (Files.isDirectory(p)) {
                return Maildir.isMaildir(p);
            }
            if (!Files.isRegularFile(p)) {
                return false;
            }
            if (InputLoader.extension(p.toString()).equals("mbox")) {
                return true;
            }
            try (InputStream in = Files.newInputStream(p)) {
                return MboxReader.looksLikeMbox(in.readNBytes(1024));
            }
        } catch (IOException | RuntimeException e) {
            return false; // the ordinary loader reports the problem
        }
    }

    /** The index pass: headers only, one message in memory at a time. */
    public static Mailbox index(String name, Path path, long maxBytes) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            int seq = 0;
            for (Path m : Maildir.messages(path)) {
                String source = name + (name.endsWith("/") ? "" : "/") + path.relativize(m);
                seq++;
                long size;
                try {
                    size = Files.size(m);
                } catch (IOException e) {
                    out.add(failed(seq, source, "cannot read: " + InputLoader.ioReason(e)));
                    continue;
                }
                if (size > maxBytes) {
                    out.add(failed(seq, source, InputLoader.tooLarge(size, maxBytes)));
                    continue;
                }
                byte[] head;
                try (InputStream in = Files.newInputStream(m)) {
                    head = in.readNBytes((int) Math.min(size, 256 * 1024));
                } catch (IOException e) {
                    out.add(failed(seq, source, "cannot read: " + InputLoader.ioReason(e)));
                    continue;
                }
                if (Sniffer.isBlank(head)) {
                    out.add(failed(seq, source, "empty file"));
                    continue;
                }
                out.add(entry(seq, source, m, 0, size, 1, head, Maildir.isSentFolder(m)));
            }
            return new Mailbox(name, path, false, out);
        }
        try (MboxReader r = MboxReader.openIndex(path, name, maxBytes)) {
            MboxReader.Raw raw;
            int seq = 0;
            while ((raw = r.nextRaw()) != null) {
                seq++;
                out.add(raw.failure() != null ? failed(seq, raw.source(), raw.failure())
                        : entry(seq, raw.source(), path, raw.offset(), raw.length(), raw.firstLine(), raw.headers(), false));
            }
        }
        return new Mailbox(name, path, true, out);
    }

    /** Reads one indexed message in full. */
    public Loaded read(Entry e) {
        if (e.failure() != null) {
            return new Loaded.Failed(e.source(), e.failure());
        }
        if (!mbox) {
            try {
                return EmlReader.read(e.source(), Files.readAllBytes(e.file()));
            } catch (IOException ex) {
                return new Loaded.Failed(e.source(), "cannot read: " + InputLoader.ioReason(ex));
            }
        }
        try {
            if (raf == null) {
                raf = new RandomAccessFile(path.toFile(), "r");
            }
        } catch (IOException ex) {
            return new Loaded.Failed(e.source(), "cannot read: " + InputLoader.ioReason(ex));
        }
        return MboxReader.readAt(raf, e.source(), e.offset(), e.length(), e.firstLine());
    }

    @Override
    public void close() throws IOException {
        if (raf != null) {
            raf.close();
        }
    }

    private static Entry failed(int seq, String source, String why) {
        return new Entry(seq, source, null, -1, 0, 0, why, null, null, List.of(), null, null, null, null, List.of(),
                null, false, false);
    }

    private static final Pattern ID = Pattern.compile("<[^<>\\s]+>");

    /** Parses the header block at the start of {@code head}. */
    static Entry entry(int seq, String source, Path file, long offset, long length, int firstLine, byte[] head,
                       boolean sentFolder) {
        RawMime rm = new RawMime(head, firstLine);
        int start = rm.skipLeadingBlankLines(rm.skipFromLine(0));
        int bodyStart = rm.bodyStart(start, head.length);
        Map<String, byte[]> h = rm.headerFields(start, bodyStart);
        String messageId = firstId(str(h, "message-id"));
        String inReplyTo = firstId(str(h, "in-reply-to"));
        List<String> refs = new ArrayList<>();
        String r = str(h, "references");
        if (r != null) {
            Matcher m = ID.matcher(r);
            while (m.find() && refs.size() < 50) {
                refs.add(m.group());
            }
        }
        String subject = h.get("subject") == null ? null : HeaderDecoding.text(h.get("subject"));
        String[] from = {null, null};
        List<String> to = new ArrayList<>();
        addresses(str(h, "from"), from, null);
        addresses(str(h, "to"), null, to);
        addresses(str(h, "cc"), null, to);
        String labels = str(h, "x-gmail-labels");
        boolean gmailSent = labels != null && labels.toLowerCase(Locale.ROOT).matches("(?s).*\\b(sent|lähetetyt)\\b.*");
        boolean replyLike = inReplyTo != null || !refs.isEmpty() || (subject != null && Subjects.isReply(subject));
        return new Entry(seq, source, file, offset, length, firstLine, null, messageId, inReplyTo, List.copyOf(refs),
                subject, Subjects.normalise(subject), from[0], from[1], List.copyOf(to),
                MailDates.parseHeader(str(h, "date")), sentFolder || gmailSent, replyLike);
    }

    private static String str(Map<String, byte[]> h, String name) {
        byte[] v = h.get(name);
        return v == null ? null : TextDecoding.decodeGuessing(v).strip();
    }

    private static String firstId(String v) {
        if (v == null) {
            return null;
        }
        Matcher m = ID.matcher(v);
        return m.find() ? m.group() : v.isBlank() ? null : v.strip();
    }

    /** Fills {@code first} with [name, address] of the first address, or adds every address to {@code all}. */
    private static void addresses(String value, String[] first, List<String> all) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(value, false);
            for (InternetAddress a : parsed) {
                String addr = a.getAddress() == null ? null : a.getAddress().toLowerCase(Locale.ROOT);
                if (first != null) {
                    first[0] = a.getPersonal();
                    first[1] = addr;
                    return;
                }
                if (addr != null) {
                    all.add(addr);
                }
            }
        } catch (jakarta.mail.internet.AddressException | RuntimeException e) {
            // an unparsable address list threads by subject only
        }
    }
}
