package nl.kansenkaart.io.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows read from lines without quotes keep the line; every way of reading a cell gives the same text. */
class TableRowTest {

    @TempDir Path dir;

    private List<TableRow> rows(String csv) throws IOException {
        return rows(csv, StandardCharsets.UTF_8);
    }

    private List<TableRow> rows(String csv, java.nio.charset.Charset cs) throws IOException {
        Path f = dir.resolve("t.csv");
        byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[0];
        byte[] text = csv.getBytes(cs);
        byte[] all = java.util.Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        Files.write(f, all);
        List<TableRow> out = new ArrayList<>();
        try (CsvTableReader r = CsvTableReader.open(f)) {
            for (TableRow row; (row = r.next()) != null; ) out.add(row);
        }
        return out;
    }

    @Test
    void cellsOfALineReadTheSameEveryWay() throws IOException {
        for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_8, TextEncoding.WINDOWS_1252, StandardCharsets.UTF_16LE)) {
            List<TableRow> rows = rows("a;b;c;d\nx; y ;;zé\n\"q;1\";2;3;4\n", cs);
            for (TableRow row : rows) {
                String[] values = row.values();
                assertThat(row.size()).isEqualTo(values.length);
                for (int i = 0; i < row.size(); i++) {
                    String cell = row.bytes() != null
                            ? new String(row.bytes(), row.cellStart(i), row.cellEnd(i) - row.cellStart(i), cs)
                            : row.cellText(i).substring(row.cellStart(i), row.cellEnd(i));
                    assertThat(cell).isEqualTo(values[i]).isEqualTo(row.get(i));
                }
                assertThat(row.get(-1)).isEmpty();
                assertThat(row.get(row.size())).isEmpty();
            }
            // Split on bytes in UTF-8 and Windows-1252, as text in UTF-16; a quoted line is parsed.
            assertThat(rows.get(0).bytes() != null).as(cs.name()).isEqualTo(cs != StandardCharsets.UTF_16LE);
            assertThat(rows.get(1).bytes()).isNull();
            assertThat(rows.get(0).values()).containsExactly("x", " y ", "", "zé");
            assertThat(rows.get(1).values()).containsExactly("q;1", "2", "3", "4");
        }
    }

    @Test
    void linesOfSeparatorsAndSpacesAreBlankAndSkipped() throws IOException {
        List<TableRow> rows = rows("a;b;c\n;;\n ; \t;\u00A0\n1;;\n;;2\n");
        // U+00A0 is not whitespace to Java, as with the cells' own isBlank.
        assertThat(rows).extracting(r -> String.join("|", r.values())).containsExactly(" | \t|\u00A0", "1||", "||2");
    }
}
