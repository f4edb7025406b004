package nl.kansenkaart.io.lma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the valid hand-made extracts (seeded, so a failure is reproducible by its name) and
 * imports each mutant: every input must end in an import whose accounting is exact (read =
 * accepted + rejected, the stored rows and the report agree, kg equals the stored weights) or in a
 * one-line {@link KansenkaartException}; nothing else may escape and nothing may hang.
 */
class LmaImportFuzzTest {

    private static final long SEED = 20260522L;
    private static final int RANDOM_CASES_PER_FILE = 30;
    private static final Duration PER_CASE = Duration.ofSeconds(20);
    private static final List<String> CSV_FILES = List.of("om_messy.csv", "afgifte.csv", "streams.csv", "periode_tab.txt");

    @TempDir static Path dir;
    private static ProjectFile project;
    private static int counter;

    @BeforeAll
    static void openProject() {
        project = ProjectFile.create(dir.resolve("fuzz.kansenkaart"), "fuzz");
    }

    @AfterAll
    static void closeProject() {
        project.close();
    }

    /** @param expected the summary line a case must end in, or null when anything but a crash will do */
    record Mutant(String name, String fileName, byte[] bytes, String expected) {
        Mutant(String name, String fileName, byte[] bytes) {
            this(name, fileName, bytes, null);
        }
    }

    /** The untouched files' accounting (worked out in LmaImporterTest). */
    private static final java.util.Map<String, String> AS_IS = java.util.Map.of(
            "om_messy.csv", "read=17 accepted=8 rejected=9 kg=1014090.75",
            "afgifte.csv", "read=5 accepted=4 rejected=1 kg=3847.595",
            "streams.csv", "read=5 accepted=3 rejected=2 kg=0",
            "periode_tab.txt", "read=5 accepted=3 rejected=2 kg=1325.5");

    @TestFactory
    List<DynamicTest> mutatedExtractsEndInExactAccountingOrAClearError() throws IOException {
        List<Mutant> mutants = new ArrayList<>();
        Random random = new Random(SEED);
        for (String f : CSV_FILES) {
            byte[] base = resource(f);
            String ext = f.substring(f.lastIndexOf('.'));
            mutants.add(new Mutant(f + " as is", "ok" + ext, base, AS_IS.get(f)));
            for (int i = 0; i < RANDOM_CASES_PER_FILE; i++) {
                Mutation m = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
                long seed = random.nextLong();
                mutants.add(new Mutant(f + " " + m.name + " #" + i + " (seed " + seed + ")", "m" + ext,
                        m.apply.apply(new Input(base, new Random(seed)))));
            }
        }
        byte[] om = resource("om_messy.csv");
        mutants.add(new Mutant("empty file", "empty.csv", new byte[0]));
        mutants.add(new Mutant("only blank lines", "blank.csv", "\r\n \r\n\t\n".getBytes(StandardCharsets.US_ASCII)));
        String omPlusOneBroken = "read=18 accepted=8 rejected=10 kg=1014090.75";
        mutants.add(new Mutant("header only", "header.csv", firstLine(om), "read=0 accepted=0 rejected=0 kg=0"));
        mutants.add(new Mutant("100k-column line", "wide.csv", concat(om, wideLine(100_000)), omPlusOneBroken));
        mutants.add(new Mutant("100k-column title above the header", "wideheader.csv", concat(wideLine(100_000), om),
                AS_IS.get("om_messy.csv")));
        mutants.add(new Mutant("huge field", "hugefield.csv", concat(om, hugeFieldRow(300_000)), omPlusOneBroken));
        mutants.add(new Mutant("8 MB line without newline", "noline.csv", concat(om, repeat('7', 8_000_000)), omPlusOneBroken));
        // Line 2 (1234,50 kg) breaks; every later row is read as before.
        mutants.add(new Mutant("quote opened at the start, never closed", "quote.csv", insertAfterHeader(om, "\""),
                "read=17 accepted=7 rejected=10 kg=1012856.25"));
        mutants.add(new Mutant("UTF-16 without BOM", "utf16.csv", new String(om, Charset.forName("windows-1252"))
                .getBytes(StandardCharsets.UTF_16LE), AS_IS.get("om_messy.csv")));
        mutants.add(new Mutant("UTF-16 with BOM", "utf16bom.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                new String(om, Charset.forName("windows-1252")).getBytes(StandardCharsets.UTF_16LE)), AS_IS.get("om_messy.csv")));
        mutants.add(new Mutant("NUL bytes everywhere", "nul.csv", sprinkle(om, (byte) 0, 200, new Random(SEED))));
        mutants.add(new Mutant("binary junk as .xlsx", "junk.xlsx", randomBytes(new Random(SEED), 50_000)));
        mutants.add(new Mutant("a zip that is no workbook", "zip.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}));
        mutants.add(new Mutant("CSV named .xlsx", "csv.xlsx", om));
        byte[] xlsx = resource("regional_extract.xlsx");
        mutants.add(new Mutant("workbook as is", "ok.xlsx", xlsx, "read=12 accepted=9 rejected=3 kg=14044.97"));
        for (int i = 0; i < 6; i++) {
            long seed = random.nextLong();
            Random r = new Random(seed);
            mutants.add(new Mutant("workbook truncated #" + i + " (seed " + seed + ")", "cut.xlsx",
                    Arrays.copyOf(xlsx, r.nextInt(xlsx.length))));
            mutants.add(new Mutant("workbook with flipped bytes #" + i + " (seed " + seed + ")", "flip.xlsx",
                    flip(xlsx, r, 1 + r.nextInt(20))));
        }
        for (int i = 0; i < 10; i++) {
            long seed = random.nextLong();
            mutants.add(new Mutant("workbook with broken sheet XML #" + i + " (seed " + seed + ")", "xml.xlsx",
                    mutateSheetXml(xlsx, new Random(seed))));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Mutant m : mutants) tests.add(DynamicTest.dynamicTest(m.name, () -> assertTimeoutPreemptively(PER_CASE, () -> check(m))));
        return tests;
    }

    private void check(Mutant m) throws Exception {
        Path f = Files.createDirectories(dir.resolve("case" + (++counter))).resolve(m.fileName);
        Files.write(f, m.bytes);
        long before = stored();
        try (RejectReport report = new RejectReport(f.resolveSibling("report.csv"))) {
            ImportResult r;
            try {
                r = new LmaImporter().importFile(project, f, new ImportOptions(false, true, null), report, ImportProgress.NONE);
            } catch (KansenkaartException e) {
                assertThat(m.expected).as("%s should import, but: %s", m.name, e.getMessage()).isNull();
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
                assertThat(stored()).isEqualTo(before);
                return;
            }
            if (m.expected != null) assertThat(r.summaryLine()).isEqualTo(m.expected);
            assertThat(r.rowsRead()).isEqualTo(r.accepted() + r.rejected());
            assertThat(stored() - before).isEqualTo(r.accepted());
            assertThat(report.count()).isEqualTo(r.rejected());
            BigDecimal storedKg = storedKg(r.importId());
            assertThat(r.kg().doubleValue()).isCloseTo(storedKg.doubleValue(),
                    org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, storedKg.doubleValue())));
        }
    }

    private long stored() {
        return project.count(Tables.LMA_RECORDS) + project.count(Tables.LMA_STREAMS);
    }

    private BigDecimal storedKg(long importId) throws Exception {
        try (PreparedStatement ps = project.connection().prepareStatement(
                "SELECT coalesce(sum(weight_kg), 0) FROM " + Tables.LMA_RECORDS + " WHERE import_id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return BigDecimal.valueOf(rs.getDouble(1));
            }
        }
    }

    // --- mutations ---

    record Input(byte[] bytes, Random random) {}

    record Mutation(String name, Function<Input, byte[]> apply) {}

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("truncated", in -> Arrays.copyOf(in.bytes, in.random.nextInt(in.bytes.length + 1))),
            new Mutation("random bytes", in -> flip(in.bytes, in.random, 1 + in.random.nextInt(30))),
            new Mutation("random quotes", in -> sprinkle(in.bytes, (byte) '"', 1 + in.random.nextInt(6), in.random)),
            new Mutation("random separators", in -> sprinkle(in.bytes, (byte) ';', 1 + in.random.nextInt(10), in.random)),
            new Mutation("random newlines", in -> sprinkle(in.bytes, (byte) '\n', 1 + in.random.nextInt(10), in.random)),
            new Mutation("swapped columns", LmaImportFuzzTest::swapColumns),
            new Mutation("lines shuffled", LmaImportFuzzTest::shuffleLines),
            new Mutation("re-encoded", in -> new String(in.bytes, StandardCharsets.ISO_8859_1)
                    .getBytes(in.random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16BE)),
            new Mutation("huge field", in -> insertAfterHeader(in.bytes, new String(repeat('x', 50_000 + in.random.nextInt(100_000)),
                    StandardCharsets.US_ASCII) + ";")),
            new Mutation("line repeated", LmaImportFuzzTest::repeatALine));

    /** Re-zips a workbook with one sheet's XML cut short, given random bytes, or given stray markup. */
    private static byte[] mutateSheetXml(byte[] xlsx, Random r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int target = 2 + r.nextInt(3);
        Path copy = Files.createTempFile(dir, "wb", ".xlsx");
        Files.write(copy, xlsx);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(copy.toFile());
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data;
                try (InputStream entry = in.getInputStream(e)) {
                    data = entry.readAllBytes();
                }
                if (e.getName().equals("xl/worksheets/sheet" + target + ".xml") || (e.getName().endsWith("sharedStrings.xml") && r.nextInt(4) == 0)) {
                    data = switch (r.nextInt(3)) {
                        case 0 -> Arrays.copyOf(data, r.nextInt(data.length));
                        case 1 -> flip(data, r, 1 + r.nextInt(10));
                        default -> sprinkle(data, (byte) '<', 1 + r.nextInt(5), r);
                    };
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] flip(byte[] b, Random r, int n) {
        byte[] c = b.clone();
        for (int i = 0; i < n && c.length > 0; i++) c[r.nextInt(c.length)] = (byte) r.nextInt(256);
        return c;
    }

    private static byte[] sprinkle(byte[] b, byte x, int n, Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] at = r.ints(n, 0, b.length + 1).sorted().toArray();
        int k = 0;
        for (int i = 0; i <= b.length; i++) {
            while (k < at.length && at[k] == i) {
                out.write(x);
                k++;
            }
            if (i < b.length) out.write(b[i]);
        }
        return out.toByteArray();
    }

    private static List<String> lines(byte[] b) {
        return new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] swapColumns(Input in) {
        List<String> lines = lines(in.bytes);
        char sep = lines.get(0).contains(";") ? ';' : lines.get(0).contains("\t") ? '\t' : ',';
        String[] h = lines.get(0).split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
        int a = in.random.nextInt(h.length), b = in.random.nextInt(h.length);
        boolean headerOnly = in.random.nextBoolean();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && headerOnly) break;
            String[] v = lines.get(i).split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
            if (a < v.length && b < v.length) {
                String t = v[a];
                v[a] = v[b];
                v[b] = t;
            }
            lines.set(i, String.join(String.valueOf(sep), v));
        }
        return join(lines);
    }

    private static byte[] shuffleLines(Input in) {
        List<String> lines = lines(in.bytes);
        java.util.Collections.shuffle(lines, in.random);
        return join(lines);
    }

    private static byte[] repeatALine(Input in) {
        List<String> lines = lines(in.bytes);
        int i = in.random.nextInt(lines.size());
        for (int k = 0; k < 3; k++) lines.add(i, lines.get(i));
        return join(lines);
    }

    private static byte[] insertAfterHeader(byte[] b, String s) {
        List<String> lines = lines(b);
        lines.set(1, s + lines.get(1));
        return join(lines);
    }

    private static byte[] firstLine(byte[] b) {
        return (lines(b).get(0) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] wideLine(int columns) {
        StringBuilder sb = new StringBuilder(columns * 2);
        for (int i = 0; i < columns; i++) sb.append(i % 10).append(';');
        return sb.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] hugeFieldRow(int chars) {
        return ("123;A02;;N;N;N;170504;" + "y".repeat(chars) + ";2016;1;10;1\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] repeat(char c, int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) c);
        return b;
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LmaImportFuzzTest.class.getResourceAsStream("/lma/" + name)) {
            if (in == null) throw new IllegalStateException("missing /lma/" + name);
            return in.readAllBytes();
        }
    }
}
