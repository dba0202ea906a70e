// Recognises template placeholders ({{x}}, ${x}, %NAME%, {$a->x} …) so they tokenize as one unit.
package fi.vastausbingo.finnish;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholder syntaxes of the template engines reply templates are written in: Mustache /
 * Handlebars / Jinja / Twig / Liquid, Java EL and Freemarker, Moodle, PHP, Ruby i18n,
 * printf and Python's %(name)s, phpBB, Salesforce, MediaWiki-style, Template Toolkit, ERB, hand-written [Nimi].
 */
public final class Placeholders {
    /** Built-in patterns, most specific first (so "{{x}}" is not read as "{x}"). */
    public static final List<String> BUILT_IN = List.of(
            "\\{\\{.{1,80}?\\}\\}",                 // {{x}}  {{ x | upper }}
            "\\{%.{1,120}?%\\}",                    // {% if x %}
            "\\$\\{[^}\\n]{1,80}\\}",               // ${x}
            "\\{\\$[^}\\n]{1,80}\\}",               // {$a->x}
            "\\$[A-Za-z_]\\w*(?:->\\w+)+",          // $a->x
            "%\\{[^}\\n]{1,80}\\}",                 // %{x}
            "%[A-Za-z_][\\w.]{0,60}%",              // %NAME%
            "%(?:\\d\\$)?[sd](?![\\p{L}\\d])",      // %s %1$s
            "%\\([A-Za-z_][\\w.]{0,60}\\)[sdif]",       // %(name)s (Python, gettext)
            "\\{![^}\\n]{1,80}\\}",                 // {!Contact.FirstName}
            "\\{[A-Za-z_][\\w.\\-]{0,60}\\}",       // {firstname} {USERNAME}
            "\\{\\d{1,2}\\}",                       // {0}
            "\\[\\[[^\\]\\n]{1,80}\\]\\]",          // [[x]]
            "<<[^>\\n]{1,80}>>",                    // <<x.y>>
            "\\[%.{1,80}?%\\]",                     // [% x %]
            "<%=?.{1,120}?%>",                      // <%= x %>
            "<!--\\s*(?:IF|ELSE|ELSEIF|ENDIF|BEGIN|END)\\b.{0,120}?-->", // phpBB conditionals
            "<!--.{0,200}?-->",                     // other HTML comments in .md/.txt templates: never shown
            "\\{#.{0,200}?#\\}",                     // Jinja/Twig comments {# … #}: never shown
            "\\[[A-ZÄÖÅ][\\p{L} .]{0,30}\\](?!\\()"  // [Nimi] [Asiakkaan nimi], not a Markdown link
    );

    /** Control-flow placeholders (if/else/for…) and template comments that never stand for words of the reply. */
    private static final Pattern DIRECTIVE = Pattern.compile(
            // Template Toolkit: [% IF x %] is control flow, [% name %] prints a value (a name in a greeting)
            "^(?:\\{%|\\{#|\\[%[-+~]?\\s*(?i:IF|ELSIF|ELSE|END|UNLESS|FOREACH|FOR|WHILE|SWITCH|CASE|BLOCK|SET|"
                    + "INCLUDE|PROCESS|WRAPPER|FILTER|LAST|NEXT)\\b|<%(?!=)|<!--|\\{\\{[#/^]|\\{\\{\\s*(?:else|end)).*",
            Pattern.DOTALL);

    private final Pattern pattern;

    public Placeholders(List<String> extraPatterns) {
        List<String> all = new ArrayList<>(extraPatterns);
        all.addAll(BUILT_IN);
        StringBuilder sb = new StringBuilder();
        for (String p : all) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("(?:").append(p).append(')');
        }
        this.pattern = Pattern.compile(sb.toString());
    }

    public static Placeholders builtIn() {
        return new Placeholders(List.of());
    }

    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    public boolean isPlaceholder(String s) {
        return pattern.matcher(s).matches();
    }

    /** True for a control-flow placeholder such as {@code {% if x %}} or {@code <!-- IF X -->}. */
    public static boolean isDirective(String placeholder) {
        return DIRECTIVE.matcher(placeholder).matches();
    }
}
