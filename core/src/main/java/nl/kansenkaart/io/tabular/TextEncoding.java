package nl.kansenkaart.io.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the text encoding of an exported file: a byte-order mark decides; UTF-16 without one
 * ("Unicode text" from Excel) shows as a zero byte in every other position; otherwise the whole
 * file is checked for valid UTF-8 (a Windows-1252 "é" may sit anywhere, so a prefix is not
 * enough), falling back to Windows-1252, the encoding of Dutch Excel exports.
 */
public final class TextEncoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The charset and how many BOM bytes to skip. */
    public record Detected(Charset charset, int bomLength) {}

    private TextEncoding() {}

    public static Detected detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n = in.readNBytes(buf, 0, buf.length);
            if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF)
                return new Detected(StandardCharsets.UTF_8, 3);
            if (n >= 2 && (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE) return new Detected(StandardCharsets.UTF_16LE, 2);
            if (n >= 2 && (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF) return new Detected(StandardCharsets.UTF_16BE, 2);
            Charset utf16 = utf16WithoutBom(buf, n);
            if (utf16 != null) return new Detected(utf16, 0);
            // Validate UTF-8 across the whole file, carrying incomplete sequences across buffers.
            int pending = 0;
            while (n > 0) {
                for (int i = 0; i < n; i++) {
                    // Fast path: eight ASCII bytes at once (most of an export).
                    if (pending == 0 && i + 8 <= n && (asLong(buf, i) & 0x8080808080808080L) == 0) {
                        i += 7;
                        continue;
                    }
                    int b = buf[i] & 0xFF;
                    if (pending > 0) {
                        if ((b & 0xC0) != 0x80) return new Detected(WINDOWS_1252, 0);
                        pending--;
                    } else if (b >= 0x80) {
                        if (b >= 0xC2 && b <= 0xDF) pending = 1;
                        else if (b >= 0xE0 && b <= 0xEF) pending = 2;
                        else if (b >= 0xF0 && b <= 0xF4) pending = 3;
                        else return new Detected(WINDOWS_1252, 0);
                    }
                }
                n = in.readNBytes(buf, 0, buf.length);
            }
            return new Detected(pending == 0 ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
        }
    }

    private static long asLong(byte[] b, int i) {
        return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24
                | (b[i + 4] & 0xFFL) << 32 | (b[i + 5] & 0xFFL) << 40 | (b[i + 6] & 0xFFL) << 48 | (b[i + 7] & 0xFFL) << 56;
    }

    /** UTF-16LE/BE when most odd (or even) bytes of the first block are zero and the others are not. */
    private static Charset utf16WithoutBom(byte[] buf, int n) {
        int pairs = n / 2;
        if (pairs < 2) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            if (buf[i] == 0) zeroEven++;
            if (buf[i + 1] == 0) zeroOdd++;
        }
        if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs) return StandardCharsets.UTF_16LE;
        if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs) return StandardCharsets.UTF_16BE;
        return null;
    }
}
