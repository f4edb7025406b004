package nl.kansenkaart.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kansenkaart.KansenkaartException;

/**
 * Generates the sample region: a company register of Noord-Holland (synthetic companies plus the
 * real wastewater treatment plants) and a synthetic LMA extract in the regional layout, with a
 * README saying what is real, what is made up and what importing the extract must give.
 * <p>Deterministic: the same seed and size give byte-identical files. The extract is streamed to
 * disk, so a million rows take seconds and little memory.
 */
public final class SampleGenerator {

    public static final long DEFAULT_SEED = 2017;
    public static final int DEFAULT_LMA_ROWS = 7_500;
    public static final String COMPANIES_FILE = "companies_synthetic.csv";
    public static final String LMA_FILE = "lma_extract_synthetic.csv";
    public static final String README_FILE = "README.md";

    private final long seed;

    public SampleGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes the three files into {@code outDir} (created if missing); {@code lmaRows} data rows in the extract. */
    public SampleFiles generate(Path outDir, int lmaRows) {
        if (lmaRows < 1) throw new KansenkaartException("the LMA extract needs at least 1 row, not " + lmaRows);
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            throw new KansenkaartException("cannot create folder " + outDir + ": " + why, e);
        }
        SampleTables tables = SampleTables.load();
        Places places = new Places();
        Dice root = new Dice(seed);
        Dice registerDice = root.split();
        Dice notationDice = root.split();
        Dice lmaDice = root.split();
        RegisterBuilder builder = new RegisterBuilder(tables, places, registerDice);
        List<Establishment> register = builder.build();

        Path companies = outDir.resolve(COMPANIES_FILE);
        Path lma = outDir.resolve(LMA_FILE);
        Path readme = outDir.resolve(README_FILE);
        try {
            int written = CompanyRegisterWriter.write(companies, register, notationDice);
            LmaExtractGenerator.Result r = new LmaExtractGenerator(tables, register, builder, lmaDice).write(lma, lmaRows);
            readme(register, tables, written, r).write(readme);
            return new SampleFiles(companies, lma, readme, r.expectation());
        } catch (UncheckedIOException e) {
            throw new KansenkaartException(e.getMessage(), e);
        }
    }

    private SampleReadme readme(List<Establishment> register, SampleTables tables, int companies, LmaExtractGenerator.Result r) {
        long plants = register.stream().filter(e -> e.plant() != null).count();
        long fibre = register.stream().filter(e -> e.inRegion() && e.sbi() != null
                && (e.sbi().startsWith("17") || e.sbi().startsWith("13"))).count();
        LmaExpectation x = r.expectation();
        return new SampleReadme()
                .put("companiesFile", COMPANIES_FILE).put("lmaFile", LMA_FILE)
                .put("companies", companies).put("synthetic", companies - plants).put("plants", plants)
                .put("year", LmaExtractGenerator.YEAR).put("rows", x.rows()).put("seed", seed)
                .put("acceptedTonnes", x.acceptedKg().divide(java.math.BigDecimal.valueOf(1000), 0, java.math.RoundingMode.HALF_UP))
                .put("kinds", SampleReadme.kinds(register, tables.types))
                .put("sludgeTonnes", r.tally().tonnes(FlowTally.RWZI_SLUDGE))
                .put("aviTonnes", r.tally().tonnes(FlowTally.AVI_RECEIVED))
                .put("greenhouseOrganicTonnes", r.tally().tonnes(FlowTally.GREENHOUSE_ORGANIC))
                .put("foodOrganicTonnes", r.tally().tonnes(FlowTally.FOOD_ORGANIC))
                .put("fibreUsers", fibre)
                .put("defects", SampleReadme.defects(x))
                .put("summaryLine", x.summaryLine())
                .put("notLocated", x.notLocated());
    }
}
