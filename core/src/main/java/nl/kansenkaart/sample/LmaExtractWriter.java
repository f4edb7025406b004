package nl.kansenkaart.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kansenkaart.io.tabular.TextEncoding;

/**
 * Writes an LMA extract in the regional-extract layout (ontvangstmeldingen sheet, see
 * LMA_FORMAT.md 4b) as a Dutch Excel would save it: ';' separated, Windows-1252, CRLF. Header
 * strings are exact, including the {@code _Huisnummer} of Afzender, Handelaar, Ontvanger and
 * Verwerker where the other roles have {@code _Huisnr}.
 * <p>Characters are encoded through a lookup table straight into a byte buffer: a million-row
 * extract is half a gigabyte, and a Writer per cell was most of the generator's time.
 */
final class LmaExtractWriter implements AutoCloseable {

    static final String[] HEADER = {
        "Afvalstroomnummer", "VerwerkingsmethodeCode", "VerwerkingsOmschrijving", "RouteInzameling",
        "Inzamelaarsregeling", "ToegestaanbijInzamelaarsregeling", "EuralCode", "BenamingAfval",
        "MeldPeriodeJAAR", "MeldPeriodeMAAND", "Gewicht_KG", "Aantal_vrachten",
        "Ontdoener", "Ontdoener_Postcode", "Ontdoener_Plaats", "Ontdoener_Straat", "Ontdoener_Huisnr",
        "Herkomst_Postcode", "Herkomst_Plaats", "Herkomst_Straat", "Herkomst_Huisnr",
        "Afzender", "Afzender_Postcode", "Afzender_Plaats", "Afzender_Straat", "Afzender_Huisnummer",
        "Inzamelaar", "Inzamelaar_Postcode", "Inzamelaar_Plaats", "Inzamelaar_Straat", "Inzamelaar_Huisnr",
        "Bemiddelaar", "Bemiddelaar_Postcode", "Bemiddelaar_Plaats", "Bemiddelaar_Straat", "Bemiddelaar_Huisnr",
        "Handelaar", "Handelaar_Postcode", "Handelaar_Plaats", "Handelaar_Straat", "Handelaar_Huisnummer",
        "Ontvanger", "Ontvanger_Postcode", "Ontvanger_Plaats", "Ontvanger_Straat", "Ontvanger_Huisnummer",
        "Verwerker", "Verwerker_Postcode", "Verwerker_Plaats", "Verwerker_Straat", "Verwerker_Huisnummer"};

    /** Index of the first column of each party block. */
    static final int ONTDOENER = 12, HERKOMST = 17, AFZENDER = 21, INZAMELAAR = 26, BEMIDDELAAR = 31,
            HANDELAAR = 36, ONTVANGER = 41, VERWERKER = 46;

    /** Windows-1252 byte of each char, or -1 when it has none (0 stands for NUL only). */
    private static final short[] CP1252 = table();

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private int len;

    LmaExtractWriter(Path file) {
        try {
            out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        write(HEADER);
    }

    private static short[] table() {
        short[] t = new short[Character.MAX_VALUE + 1];
        java.util.Arrays.fill(t, (short) -1);
        byte[] all = new byte[256];
        for (int b = 0; b < 256; b++) all[b] = (byte) b;
        String decoded = new String(all, TextEncoding.WINDOWS_1252);
        for (int b = 0; b < 256; b++) {
            char c = decoded.charAt(b);
            if (c != '\uFFFD') t[c] = (short) b;
        }
        return t;
    }

    void write(String[] cells) {
        put(encode(cells, 0, cells.length));
        put('\r');
        put('\n');
    }

    /**
     * Cells {@code from..to-1} encoded with their separators (none before the first or after the
     * last), to be reused for every month of a stream: most of a row does not change.
     */
    byte[] encode(String[] cells, int from, int to) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(512);
        for (int i = from; i < to; i++) {
            if (i > from) b.write(';');
            String c = cells[i];
            if (c == null || c.isEmpty()) continue;
            boolean quote = c.indexOf(';') >= 0 || c.indexOf('"') >= 0;
            if (quote) b.write('"');
            for (int k = 0; k < c.length(); k++) {
                char ch = c.charAt(k);
                if (quote && ch == '"') b.write('"');
                b.write(code(ch));
            }
            if (quote) b.write('"');
        }
        return b.toByteArray();
    }

    /** One row: the stream's fixed head, the cells that vary per month, the fixed tail. */
    void writeRow(byte[] head, String[] middle, byte[] tail) {
        put(head);
        for (String m : middle) {
            put(';');
            if (m != null) for (int k = 0; k < m.length(); k++) put(m.charAt(k));
        }
        put(';');
        put(tail);
        put('\r');
        put('\n');
    }

    private void put(byte[] bytes) {
        if (len + bytes.length > buf.length) flush();
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void put(char c) {
        if (len == buf.length) flush();
        buf[len++] = (byte) code(c);
    }

    private static int code(char c) {
        short b = CP1252[c];
        if (b < 0) throw new IllegalStateException("character '" + c + "' cannot be written in Windows-1252");
        return b;
    }

    private void flush() {
        try {
            out.write(buf, 0, len);
            len = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the LMA extract: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        flush();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the LMA extract: " + e.getMessage(), e);
        }
    }
}
