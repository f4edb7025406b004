package nl.kansenkaart.io.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines split on their bytes give exactly the rows that decoding every line first gives: same
 * line numbers, cells and problems, on files made of the awkward parts of real exports.
 */
class ByteSplitTest {

    @TempDir Path dir;

    private static final String[] PARTS = {";", ";", ";", ",", "\t", "\"", "\"\"", "\r\n", "\n", "\r", " ", "  ", "\u00A0",
            "abc", "12,5", "1.234", "caf\u00e9", "Zo\u00eb", "\u20ac", "\u2003", "x", "Kwekerij", "2023", "\"a;b\"", "\n\n",
            "\u00ff", "\u0085"};

    private static String randomText(Random r, int parts) {
        StringBuilder sb = new StringBuilder("kolom a;kolom b;kolom c;kolom d\r\n");
        for (int i = 0; i < parts; i++) sb.append(PARTS[r.nextInt(PARTS.length)]);
        return sb.toString();
    }

    private List<String> read(Path f, boolean bytes) throws Exception {
        List<String> out = new ArrayList<>();
        try (CsvTableReader r = CsvTableReader.open(f, bytes)) {
            out.add("header " + Arrays.toString(r.header()) + " " + r.separator());
            for (TableRow row; (row = r.next()) != null; ) {
                // Cells asked for out of order first: a row split on bytes finds its cells on demand.
                String probe = row.get(row.size() / 2) + "|" + row.get(row.size() - 1) + "|" + row.get(1);
                out.add(row.line() + " " + probe + " " + Arrays.toString(row.values()) + " " + row.problem() + " " + row.size());
            }
        }
        return out;
    }

    private void assertSame(byte[] content) throws Exception {
        Path f = dir.resolve("t.csv");
        Files.write(f, content);
        assertThat(read(f, true)).isEqualTo(read(f, false));
    }

    @Test
    void randomFilesInWindows1252AndUtf8() throws Exception {
        Random r = new Random(42);
        for (int n = 0; n < 400; n++) {
            String text = randomText(r, 1 + r.nextInt(300));
            Charset cs = n % 2 == 0 ? TextEncoding.WINDOWS_1252 : StandardCharsets.UTF_8;
            byte[] b = text.getBytes(cs);
            if (n % 5 == 0) b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b); // BOM: UTF-8 unchecked
            if (n % 7 == 0) {
                // Random bytes, as a damaged file has them.
                for (int k = 0; k < 5; k++) b[40 + r.nextInt(Math.max(1, b.length - 40))] = (byte) r.nextInt(256);
            }
            assertSame(b);
        }
    }

    @Test
    void limitsCountCharactersNotBytes() throws Exception {
        // 60,000 two-byte characters: 120,000 bytes but within the 100,000-character field limit.
        String wide = "\u00e9".repeat(60_000), tooWide = "\u00e9".repeat(100_001);
        assertSame(("a;b\n1;" + wide + "\n2;" + tooWide + "\n3;x\n").getBytes(StandardCharsets.UTF_8));
        assertSame(("a;b\n1;" + tooWide + ";\"q\"\n3;x\n").getBytes(StandardCharsets.UTF_8));
        // A line of 3,000,000 characters in 6 MB is kept; one of 4,000,001 characters is too long.
        String cells = ("\u00e9".repeat(99_999) + ";").repeat(30);
        String longLine = cells + "\u00e9".repeat(4_000_001 - cells.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("a;b\n" + cells + "\n" + longLine + "\r\nnext;row\r").getBytes(StandardCharsets.UTF_8));
        assertSame(out.toByteArray());
        assertSame(("a;b\n" + "x".repeat(4_000_000) + "\n" + "y".repeat(4_000_001) + "\ntail;1").getBytes(TextEncoding.WINDOWS_1252));
    }

    @Test
    void linesWithThousandsOfCells() throws Exception {
        String big = "z".repeat(100_001);
        for (int cells : new int[] {4_999, 5_001, 6_000, 9_000, 30_000}) {
            String many = "x;".repeat(cells - 1) + "x";
            assertSame(("a;b\n" + many + "\n" + many + ";" + big + "\n" + many + ";\"q\"\n1;2\n").getBytes(StandardCharsets.UTF_8));
            assertSame(("a;b\n" + "x;".repeat(8_500) + big + "\n" + big + ";" + many + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLineWithAQuoteAfterAnOversizedFieldIsParsedAsText() throws Exception {
        assertSame(("a;b\n" + "z".repeat(100_001) + ";\"c\"\n2;x\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
