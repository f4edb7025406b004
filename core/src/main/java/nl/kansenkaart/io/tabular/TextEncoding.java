package nl.kansenkaart.io.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the text encoding of an exported file: a byte-order mark decides; otherwise the whole
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
            // Validate UTF-8 across the whole file, carrying incomplete sequences across buffers.
            int pending = 0;
            while (n > 0) {
                for (int i = 0; i < n; i++) {
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
}
