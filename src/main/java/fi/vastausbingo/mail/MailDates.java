// Parses the dates mail and helpdesk exports carry (RFC 5322 Date headers, ISO 8601, epoch numbers).
package fi.vastausbingo.mail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient date parsing that keeps the sender's UTC offset (response times are computed across
 * messages from different zones, and java.util.Date would drop the offset). Returns null for
 * anything it cannot read rather than guessing a wrong date.
 */
final class MailDates {
    // day-of-week is optional and ignored (it is wrong surprisingly often); seconds are optional
    private static final Pattern RFC5322 = Pattern.compile(
            "^(?:[A-Za-z]{2,9},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2,4})\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("WET", 0), Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("CEST", 120),
            Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("MSK", 180),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420));

    private MailDates() {}

    /** A Date header value; ISO 8601 is accepted too because some tools write it there. */
    static OffsetDateTime parseHeader(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        Matcher m = RFC5322.matcher(v);
        if (m.find()) {
            try {
                int day = Integer.parseInt(m.group(1));
                int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
                int year = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) {
                    year += year < 50 ? 2000 : 1900; // RFC 5322 §4.3
                } else if (m.group(3).length() == 3) {
                    year += 1900;
                }
                int hour = Integer.parseInt(m.group(4));
                int minute = Integer.parseInt(m.group(5));
                int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                if (month == 0) {
                    return null;
                }
                LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59));
                return OffsetDateTime.of(local, zone(m.group(7)));
            } catch (DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        return parseIso(v);
    }

    /** JSONL timestamps: ISO 8601 with or without offset (then UTC), a space for 'T', epoch s/ms. */
    static OffsetDateTime parseIso(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.matches("\\d{9,13}")) {
            long n = Long.parseLong(v);
            Instant t = v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return t.atOffset(ZoneOffset.UTC);
        }
        if (v.length() > 10 && v.charAt(10) == ' ') {
            v = v.substring(0, 10) + 'T' + v.substring(11);
        }
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeException e) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v).toOffsetDateTime();
        } catch (DateTimeException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            // not a date we can read
        }
        return parseHeaderIfRfc(v);
    }

    private static OffsetDateTime parseHeaderIfRfc(String v) {
        return RFC5322.matcher(v).find() ? parseHeader(v) : null;
    }

    private static ZoneOffset zone(String z) {
        if (z == null) {
            return ZoneOffset.UTC; // "-0000" and a missing zone both mean "unknown"; UTC is the convention
        }
        if (z.charAt(0) == '+' || z.charAt(0) == '-') {
            String digits = z.replace(":", "");
            int h = Integer.parseInt(digits.substring(1, 3));
            int mi = Integer.parseInt(digits.substring(3, 5));
            int total = h * 3600 + mi * 60;
            if (h > 18 || mi > 59) {
                return ZoneOffset.UTC;
            }
            return ZoneOffset.ofTotalSeconds(z.charAt(0) == '-' ? -total : total);
        }
        Integer minutes = ZONES.get(z.toUpperCase(Locale.ROOT));
        return minutes == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(minutes * 60);
    }
}
