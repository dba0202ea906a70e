// One string value read from a locale file: its key, where the key stands, and its text mapped to the file.
package fi.vastausbingo.templates;

import fi.vastausbingo.reply.SourceText;

/**
 * @param key     the dotted key path (YAML, JSON), the property key, or the gettext msgid
 *                ("ctxt|msgid", "msgid[1]" for plural forms)
 * @param keyLine 1-based file line where the entry starts (its key, or msgctxt/msgid); a
 *                disable-next-line comment right above it covers the whole value
 * @param value   the decoded value with each character's file line and column
 */
public record LocaleEntry(String key, int keyLine, SourceText value) {}
