package nl.kansenkaart.io.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReadersTest {

    @TempDir Path dir;

    private static List<TableRow> all(TableReader r) throws Exception {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row; (row = r.next()) != null; ) rows.add(row);
        return rows;
    }

    @Test
    void semicolonsQuotesCrlfBomAndBlankLines() throws Exception {
        Path f = dir.resolve("a.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "Naam;Omschrijving;Gewicht_KG\r\n"
                + "Jansen;\"groente; fruit\";12,5\r\n"
                + "\"De \"\"Kas\"\"\";\"twee\r\nregels\";3\r\n"
                + "Piet;C:\\data;7\r\n"
                + "\r\n\r\n";
        Files.write(f, concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        try (CsvTableReader r = CsvTableReader.open(f)) {
            assertThat(r.separator()).isEqualTo(';');
            assertThat(r.header()).containsExactly("Naam", "Omschrijving", "Gewicht_KG");
            List<TableRow> rows = all(r);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).values()).containsExactly("Jansen", "groente; fruit", "12,5");
            assertThat(rows.get(0).line()).isEqualTo(2);
            assertThat(rows.get(1).values()).containsExactly("De \"Kas\"", "twee\nregels", "3");
            assertThat(rows.get(1).line()).isEqualTo(3);
            assertThat(rows.get(2).values()).containsExactly("Piet", "C:\\data", "7");
            assertThat(rows.get(2).line()).isEqualTo(5);
        }
    }

    @Test
    void windows1252AndCommaSeparator() throws Exception {
        Path f = dir.resolve("b.csv");
        Files.write(f, "naam,plaats\nCaf\u00e9 Zo\u00eb,Utrecht\n".getBytes(TextEncoding.WINDOWS_1252));
        try (CsvTableReader r = CsvTableReader.open(f)) {
            assertThat(r.separator()).isEqualTo(',');
            assertThat(r.next().values()).containsExactly("Caf\u00e9 Zo\u00eb", "Utrecht");
        }
    }

    @Test
    void anUnterminatedQuoteBreaksOneRowNotTheRest() throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "a;b\n1;\"open\n2;x\n3;y\n");
        try (CsvTableReader r = CsvTableReader.open(f)) {
            List<TableRow> rows = all(r);
            assertThat(rows).extracting(TableRow::line).containsExactly(2L, 3L, 4L);
            assertThat(rows.get(0).problem()).contains("unterminated");
            assertThat(rows.get(1).values()).containsExactly("2", "x");
            assertThat(rows.get(2).problem()).isNull();
        }
    }

    @Test
    void aStrayQuoteDoesNotSwallowTheFollowingRows() throws Exception {
        Path f = dir.resolve("s.csv");
        // Line 2 opens a quote that the 'closing' quote on line 4 does not really close.
        Files.writeString(f, "a;b;c\n1;\"x;y\n2;p;q\n3;r\"s;t\n4;u;v\n5;\"two\nlines\";w\n");
        try (CsvTableReader r = CsvTableReader.open(f)) {
            List<TableRow> rows = all(r);
            assertThat(rows).extracting(TableRow::line).containsExactly(2L, 3L, 4L, 5L, 6L);
            assertThat(rows.get(0).problem()).contains("unterminated");
            assertThat(rows.get(1).values()).containsExactly("2", "p", "q");
            assertThat(rows.get(2).values()).containsExactly("3", "r\"s", "t");
            assertThat(rows.get(4).values()).containsExactly("5", "two\nlines", "w");
        }
    }

    @Test
    void aTitleLineWithoutSeparatorsDoesNotDecideTheSeparator() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "Ontvangstmeldingen 2017\n\nEuralCode,Gewicht_KG\n170504,12\n");
        try (CsvTableReader r = CsvTableReader.open(f)) {
            assertThat(r.separator()).isEqualTo(',');
            assertThat(r.header()).containsExactly("Ontvangstmeldingen 2017");
            assertThat(r.next().values()).containsExactly("EuralCode", "Gewicht_KG");
            assertThat(r.next().line()).isEqualTo(4);
        }
    }

    @Test
    void overlongLinesAndUtf16WithoutBom() throws Exception {
        Path f = dir.resolve("l.csv");
        Files.writeString(f, "a;b\n" + "9".repeat(CsvTableReader.MAX_LINE_CHARS + 10) + "\n1;2\n");
        try (CsvTableReader r = CsvTableReader.open(f)) {
            assertThat(r.next().problem()).contains("line longer than");
            TableRow ok = r.next();
            assertThat(ok.values()).containsExactly("1", "2");
            assertThat(ok.line()).isEqualTo(3);
        }
        Path u = dir.resolve("u.csv");
        Files.write(u, "naam;plaats\nZo\u00eb;Utrecht\n".getBytes(StandardCharsets.UTF_16LE));
        try (CsvTableReader r = CsvTableReader.open(u)) {
            assertThat(r.header()).containsExactly("naam", "plaats");
            assertThat(r.next().values()).containsExactly("Zo\u00eb", "Utrecht");
        }
    }

    @Test
    void workbookSheetsWithNumbersFlagged() throws Exception {
        Path f = dir.resolve("w.xlsx");
        try (OutputStream os = Files.newOutputStream(f); Workbook wb = new Workbook(os, "test", "1.0")) {
            Worksheet s1 = wb.newWorksheet("1.OM Ontvangers in MRA");
            s1.value(0, 0, "EuralCode");
            s1.value(0, 1, "Gewicht_KG");
            s1.value(1, 0, 20301);
            s1.value(1, 1, 12345.67);
            s1.value(3, 0, "170504");
            Worksheet s2 = wb.newWorksheet("leeg");
            s2.value(0, 0, "x");
        }
        assertThat(XlsxTableReader.sheetNames(f)).containsExactly("1.OM Ontvangers in MRA", "leeg");
        try (XlsxTableReader r = XlsxTableReader.open(f, "1.OM Ontvangers in MRA")) {
            assertThat(r.header()).containsExactly("EuralCode", "Gewicht_KG");
            TableRow row = r.next();
            assertThat(row.get(0)).isEqualTo("20301");
            assertThat(row.isNumericCell(1)).isTrue();
            assertThat(Double.parseDouble(row.get(1))).isEqualTo(12345.67);
            assertThat(row.line()).isEqualTo(2);
            TableRow row2 = r.next();
            assertThat(row2.line()).isEqualTo(4);
            assertThat(row2.isNumericCell(0)).isFalse();
            assertThat(r.next()).isNull();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
