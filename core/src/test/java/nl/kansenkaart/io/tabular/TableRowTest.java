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
        Path f = dir.resolve("t.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        List<TableRow> out = new ArrayList<>();
        try (CsvTableReader r = CsvTableReader.open(f)) {
            for (TableRow row; (row = r.next()) != null; ) out.add(row);
        }
        return out;
    }

    @Test
    void cellsOfALineReadTheSameEveryWay() throws IOException {
        List<TableRow> rows = rows("a;b;c;d\nx; y ;;zé\n\"q;1\";2;3;4\n");
        for (TableRow row : rows) {
            String[] values = row.values();
            assertThat(row.size()).isEqualTo(values.length);
            for (int i = 0; i < row.size(); i++) {
                assertThat(row.get(i)).isEqualTo(values[i]);
                assertThat(row.cellText(i).substring(row.cellStart(i), row.cellEnd(i))).isEqualTo(values[i]);
            }
            assertThat(row.get(-1)).isEmpty();
            assertThat(row.get(row.size())).isEmpty();
        }
        assertThat(rows.get(0).values()).containsExactly("x", " y ", "", "zé");
        assertThat(rows.get(1).values()).containsExactly("q;1", "2", "3", "4");
    }

    @Test
    void linesOfSeparatorsAndSpacesAreBlankAndSkipped() throws IOException {
        List<TableRow> rows = rows("a;b;c\n;;\n ; \t;\u00A0\n1;;\n;;2\n");
        // U+00A0 is not whitespace to Java, as with the cells' own isBlank.
        assertThat(rows).extracting(r -> String.join("|", r.values())).containsExactly(" | \t|\u00A0", "1||", "||2");
    }
}
