// Resource-bundle lookup for user-facing texts in Finnish or English.
package fi.vastausbingo.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts by key; a missing key shows as the key itself rather than failing a run. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("fi.vastausbingo.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "fi" or "en"; anything else is English. */
    public static Messages of(String lang) {
        return new Messages("fi".equals(lang) ? Locale.forLanguageTag("fi") : Locale.ENGLISH);
    }

    /** The message language from the environment: Finnish when LC_ALL/LC_MESSAGES/LANG start with fi. */
    public static String defaultLanguage() {
        for (String v : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String s = System.getenv(v);
            if (s != null && !s.isEmpty()) {
                return s.startsWith("fi") ? "fi" : "en";
            }
        }
        return Locale.getDefault().getLanguage().equals("fi") ? "fi" : "en";
    }

    public String language() {
        return locale.getLanguage().equals("fi") ? "fi" : "en";
    }

    public String raw(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String get(String key, Object... args) {
        String pattern = raw(key);
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat f = new MessageFormat(pattern.replace("'", "''"), locale);
        return f.format(args);
    }

    public String get(String key, List<String> args) {
        return get(key, args.toArray());
    }
}
