// Base64 decoding that keeps whatever can be decoded from damaged or truncated input.
package fi.vastausbingo.mail;

import java.io.ByteArrayOutputStream;

/**
 * Decodes base64 skipping lines that are not base64 and ending cleanly on a cut-off group.
 * java.util.Base64 throws on both, and a truncated mail must still give its text.
 */
final class Base64Lenient {
    private Base64Lenient() {}

    static byte[] decode(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 3 / 4 + 3);
        int acc = 0;
        int n = 0;
        int pos = 0;
        while (pos < in.length) {
            int end = pos;
            while (end < in.length && in[end] != '\n' && in[end] != '\r') {
                end++;
            }
            // a line with other characters is not base64: a cut-off boundary or header of a
            // truncated message, which would otherwise decode into garbage bytes
            if (isBase64Line(in, pos, end)) {
                for (int i = pos; i < end; i++) {
                    byte b = in[i];
                    int v = value(b);
                    if (v >= 0) {
                        acc = (acc << 6) | v;
                        n++;
                        if (n == 4) {
                            out.write((acc >> 16) & 0xFF);
                            out.write((acc >> 8) & 0xFF);
                            out.write(acc & 0xFF);
                            acc = 0;
                            n = 0;
                        }
                    } else if (b == '=') {
                        // padding ends a group; concatenated encodings may continue after it
                        flushPartial(out, acc, n);
                        acc = 0;
                        n = 0;
                    }
                }
            }
            pos = end + 1;
        }
        flushPartial(out, acc, n);
        return out.toByteArray();
    }

    private static boolean isBase64Line(byte[] in, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = in[i];
            if (value(b) < 0 && b != '=' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static void flushPartial(ByteArrayOutputStream out, int acc, int n) {
        if (n == 2) {
            out.write((acc >> 4) & 0xFF);
        } else if (n == 3) {
            out.write((acc >> 10) & 0xFF);
            out.write((acc >> 2) & 0xFF);
        }
    }

    private static int value(byte b) {
        int c = b & 0xFF;
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        if (c == '/') {
            return 63;
        }
        return -1;
    }
}
