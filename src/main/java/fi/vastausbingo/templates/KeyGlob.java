// A --keys pattern: '*' matches any run of characters (dots too), '?' one character.
package fi.vastausbingo.templates;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Globs over the whole dotted key path, so "mail.*" selects every key under "mail" at any depth
 * and "*.body" every key that ends in ".body". Matching is case-sensitive, as keys are.
 */
public record KeyGlob(String glob, Pattern pattern) {
    public static KeyGlob of(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new KeyGlob(glob, Pattern.compile(re.toString(), Pattern.DOTALL));
    }

    public boolean matches(String key) {
        return pattern.matcher(key).matches();
    }

    /** True when any glob matches. */
    public static boolean any(List<KeyGlob> globs, String key) {
        for (KeyGlob g : globs) {
            if (g.matches(key)) {
                return true;
            }
        }
        return false;
    }
}
