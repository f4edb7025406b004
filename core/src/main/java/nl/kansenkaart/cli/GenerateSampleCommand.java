package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.kansenkaart.sample.LmaExpectation;
import nl.kansenkaart.sample.SampleFiles;
import nl.kansenkaart.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate-sample", mixinStandardHelpOptions = true,
        description = {"Generate the synthetic sample region of Noord-Holland: a company register (synthetic companies"
                + " plus the real wastewater treatment plants), an LMA extract in the regional layout, and a README.",
                "The same seed and size give byte-identical files; large sizes (1000000) serve as benchmark input."})
final class GenerateSampleCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into (created if missing)")
    Path out;

    @Option(names = "--size", paramLabel = "N", description = "rows of the LMA extract (default: ${DEFAULT-VALUE})")
    int size = SampleGenerator.DEFAULT_LMA_ROWS;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = SampleGenerator.DEFAULT_SEED;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        SampleFiles f = new SampleGenerator(seed).generate(out, size);
        PrintWriter w = spec.commandLine().getOut();
        LmaExpectation x = f.expectedLma();
        w.printf("wrote %s%n", f.companies());
        w.printf("wrote %s (%d rows)%n", f.lmaExtract(), x.rows());
        w.printf("wrote %s%n", f.readme());
        w.printf(Locale.ROOT, "expected import: %s not_located=%d (%.1f s)%n", x.summaryLine(), x.notLocated(),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
