// The morphological-analysis calls of libvoikko through JNA direct mapping: the hot path of a one-draft run.
package fi.vastausbingo.finnish;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.puimula.libvoikko.Voikko;

/**
 * The libvoikko Java binding opens, configures and closes Voikko; this class only analyses
 * words with a handle the binding opened. The binding maps the C library through a JNA
 * interface proxy, so each call goes through reflection, and it fetches every attribute of
 * every analysis (about 60 calls a word). Direct mapping and fetching only the attributes
 * {@link VoikkoAnalyser} reads make a word several times cheaper, which a one-draft run, where
 * most words are analysed for the first time in interpreted code, feels.
 *
 * <p>If the binding's internals are not what this class expects (another version), {@link #of}
 * returns null and the binding's own {@code analyze} is used.
 */
final class VoikkoDirect {
    /** The attributes {@link VoikkoAnalyser#convert} reads. */
    static final List<String> KEYS = List.of("CLASS", "BASEFORM", "WORDBASES", "SIJAMUOTO", "PERSON", "NUMBER",
            "MOOD", "POSSESSIVE", "KYSYMYSLIITE", "NEGATIVE", "PARTICIPLE", "TENSE");
    private static final byte[][] KEY_BYTES = new byte[KEYS.size()][];

    static {
        for (int i = 0; i < KEYS.size(); i++) {
            KEY_BYTES[i] = cString(KEYS.get(i));
        }
    }

    private static volatile Boolean bound;

    private final Pointer handle;

    private VoikkoDirect(Pointer handle) {
        this.handle = handle;
    }

    /** Direct analysis with {@code voikko}'s handle, or null when the binding cannot be reached this way. */
    static VoikkoDirect of(Voikko voikko) {
        try {
            if (!bind()) {
                return null;
            }
            Field h = Voikko.class.getDeclaredField("handle");
            h.setAccessible(true);
            Object handle = h.get(voikko);
            return handle instanceof PointerType p && p.getPointer() != null ? new VoikkoDirect(p.getPointer()) : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Registers the native methods against the library the binding loaded, once. */
    private static synchronized boolean bind() throws ReflectiveOperationException {
        if (bound == null) {
            bound = false;
            Field lib = Voikko.class.getDeclaredField("library");
            lib.setAccessible(true);
            Object proxy = lib.get(null);
            if (proxy != null && Proxy.isProxyClass(proxy.getClass())
                    && Proxy.getInvocationHandler(proxy) instanceof Library.Handler handler) {
                NativeLibrary nl = handler.getNativeLibrary();
                Native.register(VoikkoDirect.class, nl);
                bound = true;
            }
        }
        return bound;
    }

    /** The analyses of one word: attribute maps with {@link #KEYS} only, as the binding gives them. */
    List<Map<String, String>> analyze(String word) {
        if (word.indexOf('\0') >= 0) {
            return List.of();
        }
        Pointer results = voikkoAnalyzeWordCstr(handle, cString(word));
        if (results == null) {
            return List.of();
        }
        try {
            Pointer[] analyses = results.getPointerArray(0);
            List<Map<String, String>> out = new ArrayList<>(analyses.length);
            for (Pointer a : analyses) {
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < KEY_BYTES.length; i++) {
                    Pointer v = voikko_mor_analysis_value_cstr(a, KEY_BYTES[i]);
                    if (v != null) {
                        m.put(KEYS.get(i), v.getString(0, "UTF-8"));
                        voikko_free_mor_analysis_value_cstr(v);
                    }
                }
                out.add(m);
            }
            return out;
        } finally {
            voikko_free_mor_analysis(results);
        }
    }

    private static byte[] cString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        return z;
    }

    private static native Pointer voikkoAnalyzeWordCstr(Pointer handle, byte[] word);

    private static native void voikko_free_mor_analysis(Pointer analyses);

    private static native Pointer voikko_mor_analysis_value_cstr(Pointer analysis, byte[] key);

    private static native void voikko_free_mor_analysis_value_cstr(Pointer value);
}
